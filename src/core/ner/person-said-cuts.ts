import type { NamedSpan } from './index';

/**
 * A speaker's name and the name after a reporting verb read as one span ("Verbruggen said Commission"
 * of "Verbruggen said Commission officials would meet"), or two names around a verb of meeting ("...
 * Al Nahyan met Hassan al-Turabi"): no name holds "said" or "met", so the span is cut into
 * the names on either side of the verb, each of the span's type for the rules after to settle (a
 * surname alone becomes its person's).
 */

/**
 * A reporting verb, or a verb of meeting or greeting, in lower case between two capitalised words
 * ("Abdullah bin Zayed met Hassan al-Turabi"): no name holds one.
 */
const SAID_INSIDE = /[ \t](?:said|says|told|added|met|meets|visited|visits|thanked|thanks|welcomed|welcomes|greeted|greets|hosted|hosts|urged|urges|telephoned|phoned|congratulated|congratulates|replaced|replaces|succeeded|succeeds)[ \t](?=\p{Lu})/u;

/** Spans (sorted, apart) with those holding a reporting verb cut at it; `spans` itself when none does. */
export function withSaidCuts(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // "Li met Wu" is the shortest such span: most are shorter or hold no space.
    const space = s.end - s.start >= 9 ? text.indexOf(' ', s.start) : -1;
    const m = space >= 0 && space < s.end ? SAID_INSIDE.exec(text.slice(s.start, s.end)) : null;
    if (!m) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    out.push({ ...s, end: s.start + m.index }, { ...s, start: s.start + m.index + m[0].length });
  }
  return out ?? (spans as NamedSpan[]);
}
