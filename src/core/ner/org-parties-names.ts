import type { NamedSpan } from './index';
import { byStartLongestFirst, withSortedWholeNames } from './added-spans';

/**
 * Putting the organisations' names the party, acronym, press and public-body rules found among the
 * model's spans, as cheaply as the rules run on every keystroke: names are taken in text order, the
 * longest at one start, each apart from the one before; a name the model found as an organisation
 * already is left out, so most articles' many mentions of known names cost no rebuilding of the spans.
 */

/**
 * `spans` (sorted, apart) with `names` (any order, possibly overlapping) put in by
 * `withWholeNames` (added-spans): spans inside a name give way to it, a span reaching out of it stands.
 */
export function withFoundNames(spans: readonly NamedSpan[], names: NamedSpan[]): NamedSpan[] {
  if (!names.length) return spans as NamedSpan[];
  names.sort(byStartLongestFirst);
  const fresh: NamedSpan[] = [];
  let lastEnd = -1;
  let k = 0;
  for (const name of names) {
    if (name.start < lastEnd) continue;
    lastEnd = name.end;
    while (k < spans.length && spans[k].start < name.start) k++;
    const same = spans[k];
    if (same && same.start === name.start && same.end === name.end && same.type === 'organization') continue;
    fresh.push(name);
  }
  return fresh.length ? withSortedWholeNames(spans, fresh) : (spans as NamedSpan[]);
}
