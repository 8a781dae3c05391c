import type { NamedSpan } from './index';

/**
 * A span the model ran over a speech verb ("Verbruggen said Commission" of "Verbruggen said Commission
 * officials would meet ..."): a name never holds "said" or "told" in lower case, so the span is two
 * names, the speaker's before the verb and the one after it (perhaps a short form, "Commission" of the
 * "European Commission"). Each part keeps the span's type until the later rules read it again (a
 * surname named in full elsewhere is the person's).
 */

/** A speech verb between two capitalised words inside one span. */
const SPEECH_VERB = /[ \t]+(?:said|says|told|added|asked|wrote|noted|stated|insisted|warned)[ \t]+(?=\p{Lu})/u;

/** Whether a word of the span after the first starts with a letter from "a" to "z" (the verbs' first letters), read without a regular expression. */
function hasLowerWord(text: string, s: NamedSpan): boolean {
  for (let at = text.indexOf(' ', s.start); at >= 0 && at < s.end; at = text.indexOf(' ', at + 1)) {
    const c = text.charCodeAt(at + 1);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Spans (sorted, apart) cut at a speech verb inside them; `spans` itself when none holds one. */
export function withoutSpeechVerbs(text: string, spans: NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // Cheap look first: most spans hold no space followed by a lower-case letter.
    const verb = hasLowerWord(text, s) ? SPEECH_VERB.exec(text.slice(s.start, s.end)) : null;
    if (!verb || verb.index === 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    out.push({ ...s, end: s.start + verb.index }, { ...s, start: s.start + verb.index + verb[0].length });
  }
  return out ?? spans;
}
