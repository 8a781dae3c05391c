import type { NamedSpan } from './index';

/**
 * A transport line or network named by a long form and its short form in brackets before "line" or
 * "network" ("the Dakar Bus Rapid Transit (BRT) line", "a Light Rail Transit (LRT) network") is a
 * kind of service, not a body: neither the long form nor the short form is an organisation, there
 * or at any other mention ("the Dakar BRT", "the second BRT line"). A place before the long form
 * stays.
 */

/** The words after a short name in brackets that make the names before them a line's. */
const LINE_WORDS = [') line', ') lines', ') network', ') corridor', ') system'];
/** A short name in brackets right before one of {@link LINE_WORDS}: "(BRT)". */
const SHORT = /\((\p{Lu}{2,6})\)$/u;

/** The names of lines in `text`: the short names before a line's word, with the organisation found ending at each bracket. */
function lineNames(text: string, spans: readonly NamedSpan[]): Set<string> {
  const names = new Set<string>();
  for (const words of LINE_WORDS) {
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
      const end = at + words.length;
      // "line" as a whole word: not "(BRT) liner".
      if (/\p{L}/u.test(text[end] ?? '')) continue;
      const m = SHORT.exec(text.slice(Math.max(0, at - 8), at + 1));
      if (!m) continue;
      names.add(m[1]);
      const open = at + 1 - m[0].length;
      const long = spans.find((s) => s.type === 'organization' && s.end === open - 1 && text[s.end] === ' ');
      if (long) names.add(text.slice(long.start, long.end));
    }
  }
  return names;
}

/** Spans without the organisations that name a transport line; see the file's comment. */
export function withoutTransitLines(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes(') ')) return spans as NamedSpan[];
  const names = lineNames(text, spans);
  if (!names.size) return spans as NamedSpan[];
  return spans.filter((s) => s.type !== 'organization' || !names.has(text.slice(s.start, s.end)));
}
