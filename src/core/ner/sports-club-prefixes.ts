import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';

/**
 * Clubs of Central Europe and the Nordic countries written with the letters of their kind before the
 * town or the sponsor: "RK Zagreb" (rukometni klub, handball), "NK Osijek", "FK Partizan", "HK
 * Nitra", "KK Split", "IK Oskarshamn", also in capitals in box scores ("RK NEXE"). The model finds
 * the town alone, often as a place; the club is the whole name, an organisation. Once one such club
 * is read, a prefix and a capitalised word the model left unnamed are a club too.
 */

/** The letters of a club's kind: handball, football, basketball, ice hockey and sports clubs. */
const PREFIXES = new Set(['RK', 'ŽRK', 'NK', 'ŽNK', 'FK', 'HK', 'KK', 'ŽKK', 'SK', 'BK', 'IK', 'HC']);
/** A prefix and the club's name of one capitalised word (or capitals), anywhere in a text. */
const PREFIXED = /(?<![\p{L}\p{N}])(?:ŽRK|ŽNK|ŽKK|RK|NK|FK|HK|KK|SK|BK|IK|HC) (\p{Lu}[\p{L}\p{M}-]*\p{L})(?![\p{L}\p{M}])/gu;

/** The prefix right before `start` ("RK " of "RK Zagreb"), or ''. */
function prefixBefore(text: string, start: number): string {
  if (text[start - 1] !== ' ') return '';
  let from = start - 1;
  while (from > 0 && start - from < 5 && text[from - 1] !== ' ' && text[from - 1] !== '\n' && !'*(["“|'.includes(text[from - 1])) from--;
  const word = text.slice(from, start - 1);
  return PREFIXES.has(word) ? word : '';
}

/** Spans with clubs named after a prefix of their kind made whole organisations, and those the model missed added. Sorted, apart. */
export function withClubPrefixes(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let found = false;
  const out = spans.map((s) => {
    const prefix = prefixBefore(text, s.start);
    if (!prefix) return s;
    found = true;
    return { ...s, type: 'organization' as const, start: s.start - prefix.length - 1 };
  });
  if (!found) return spans as NamedSpan[];
  const added: NamedSpan[] = [];
  PREFIXED.lastIndex = 0;
  for (let m = PREFIXED.exec(text); m; m = PREFIXED.exec(text)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const inside = out.findIndex((s) => s.start < end && start < s.end);
    if (inside < 0) added.push({ type: 'organization', start, end });
    // "RK ZAGREB" with the town alone found: the club's name goes over it.
    else if (out[inside].start === start + m[0].length - m[1].length && out[inside].end === end && !overlapsAny(out, start, out[inside].start)) out[inside] = { ...out[inside], type: 'organization', start };
  }
  return withAdded(out, added);
}
