import type { NamedSpan } from './index';

/**
 * Putting the company names the rules found in among the model's spans, in one pass over both: a
 * long article has thousands of spans, and looking through all of them for each name found would
 * take time that grows with the square of its length.
 */

/**
 * `spans` (sorted, apart) with each of `names` (sorted, apart) put in over the spans inside it; a name
 * overlapped by a span that reaches out of it, or by a name put in before it, is left out.
 */
export function withCompanyNames(spans: readonly NamedSpan[], names: readonly NamedSpan[]): NamedSpan[] {
  if (!names.length) return [...spans];
  const out: NamedSpan[] = [];
  let i = 0;
  for (const name of names) {
    while (i < spans.length && spans[i].end <= name.start) out.push(spans[i++]);
    let k = i;
    let reachesOut = false;
    for (; k < spans.length && spans[k].start < name.end; k++) {
      if (spans[k].start < name.start || spans[k].end > name.end) reachesOut = true;
    }
    const last = out[out.length - 1];
    if (reachesOut || (last && last.end > name.start)) {
      // The spans stand; a later name overlapping one of them is left out by the check above.
      while (i < k) out.push(spans[i++]);
      continue;
    }
    out.push(name);
    i = k;
  }
  while (i < spans.length) out.push(spans[i++]);
  return out;
}

/** The index of the first of `spans` (sorted, apart) that ends after `pos`, from `from` on: a cursor moved forward as names are found in text order. */
export function firstEndingAfter(spans: readonly NamedSpan[], pos: number, from: number): number {
  let i = from;
  while (i < spans.length && spans[i].end <= pos) i++;
  return i;
}
