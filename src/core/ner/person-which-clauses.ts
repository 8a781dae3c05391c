import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * A name a sentence goes on to call "which" or "it" is not a person's: "Halvard Ostby, which runs the
 * plant," and "KR Varme, which owns the grid," name companies (a person takes "who"), and so does
 * "Vestra Nord said it would appeal" (a person says "he" or "she"). Only a name at the head of its
 * sentence is read: after "a study by Ann Lee, which found ...", "which" is the study, and after
 * "spokesperson Ann Lee said it ...", "it" is the body she speaks for. A surname of a person the
 * article names in full stays the person's ("Lee said it was fair").
 */

/** ", which " and a verb of what a company does, after the name. */
const WHICH_VERB = /^, which (?:runs|operates|owns|makes|produces|builds|supplies|sells|manages|provides|develops|employs|manufactures|distributes|exports|imports|mines|ships|brews|publishes|holds|controls|listed|is listed|is owned|is based|is headquartered)(?![\p{L}])/u;

/** A verb of saying and "it" as its clause's subject, after the name: " said it would", " says its ". */
const SAID_IT = /^ (?:said|says|added|announced|confirmed|warned) (?:that )?its? (?=\p{Ll})/u;

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
  let surnames: Set<string> | undefined;
  return mapChangedSpans(spans, (s) => {
    if (s.type !== 'person') return s;
    // The comma and the "which", or the space and the "s" of the verb, are looked at before a pattern is tried.
    if (text.charCodeAt(s.end) === 44) {
      if (!text.startsWith(', which ', s.end)) return s;
      return WHICH_VERB.test(text.slice(s.end, s.end + 32)) && headsSentence(text, s.start) ? { ...s, type: 'organization' } : s;
    }
    if (text.charCodeAt(s.end) !== 32 || !SAID_IT.test(text.slice(s.end, s.end + 24)) || !headsSentence(text, s.start)) return s;
    surnames ??= new Set(spans.filter((p) => p.type === 'person' && text.slice(p.start, p.end).includes(' ')).map((p) => text.slice(p.start, p.end).split(/\s+/u).pop()!));
    const name = text.slice(s.start, s.end);
    // "Ann Lee, who chairs the board,": a name the article calls "who" anywhere is a person's.
    return surnames.has(name) || text.includes(`${name}, who `) ? s : { ...s, type: 'organization' };
  });
}
