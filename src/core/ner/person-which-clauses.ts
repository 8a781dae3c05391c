import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';

/**
 * A name followed by ", which" and a company's verb is not a person's: "Halvard Ostby, which runs the
 * plant," and "KR Varme, which owns the grid," name companies (a person takes "who"). Only a name at
 * the head of its sentence is read: after "a study by Ann Lee, which found ...", "which" is the study.
 */

/** ", which " and a verb of what a company does, after the name. */
const WHICH_VERB = /^, which (?:runs|operates|owns|makes|produces|builds|supplies|sells|manages|provides|develops|employs|manufactures|distributes|exports|imports|mines|ships|brews|publishes|holds|controls|listed|is listed|is owned|is based|is headquartered)(?![\p{L}])/u;

/** Whether the name at `start` heads its sentence: the text's start, a line's start or a full stop before it. */
function headsSentence(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  if (at === 0) return true;
  const c = text[at - 1];
  return c === '\n' || c === '\r' || ((c === '.' || c === '!' || c === '?' || c === '"' || c === '“') && at < start);
}

/** Spans (sorted, apart) with the people a ", which" clause of a company's verb tells retyped as organisations; see the file's comment. */
export function withWhichClauses(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapSpans(spans, (s) => {
    // The comma and the "which" after the name are looked at before the pattern is tried.
    if (s.type !== 'person' || text.charCodeAt(s.end) !== 44 || !text.startsWith(', which ', s.end)) return s;
    return WHICH_VERB.test(text.slice(s.end, s.end + 32)) && headsSentence(text, s.start) ? { ...s, type: 'organization' } : s;
  });
}
