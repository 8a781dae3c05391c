import type { NamedSpan } from './index';

/**
 * A span the model ran over a verb: a speaker's name and the name after a reporting verb
 * ("Verbruggen said Commission" of "Verbruggen said Commission officials would meet"), or two names
 * around a verb of meeting ("... Al Nahyan met Hassan al-Turabi"). No name holds "said" or "met" in
 * lower case, so the span is cut into the names on either side of the verb, each of the span's type
 * for the rules after to settle (a surname alone becomes its person's, "Commission" the short form
 * of the "European Commission").
 */

/** A reporting verb, or a verb of meeting or greeting, in lower case between two capitalised words. */
const VERB_INSIDE = /[ \t]+(?:said|says|told|added|asked|wrote|noted|stated|insisted|warned|met|meets|visited|visits|thanked|thanks|welcomed|welcomes|greeted|greets|hosted|hosts|urged|urges|telephoned|phoned|congratulated|congratulates|replaced|replaces|succeeded|succeeds)[ \t]+(?=\p{Lu})/u;

/** Whether a word of the span after the first starts with a letter from "a" to "z" (the verbs' first letters), read without a regular expression. */
function hasLowerWord(text: string, s: NamedSpan): boolean {
  for (let at = text.indexOf(' ', s.start); at >= 0 && at < s.end; at = text.indexOf(' ', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Spans (sorted, apart) cut at a verb inside them; `spans` itself when none holds one. */
export function withVerbCuts(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const verb = hasLowerWord(text, s) ? VERB_INSIDE.exec(text.slice(s.start, s.end)) : null;
    if (!verb || verb.index === 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    out.push({ ...s, end: s.start + verb.index }, { ...s, start: s.start + verb.index + verb[0].length });
  }
  return out ?? (spans as NamedSpan[]);
}
