import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * A politician's party and seat in brackets after the name: "Councillor Ann Lee (PNP, Trafalgar
 * Division)", "Jane Roe (Labour, Bristol West)". The second item is the electoral division or the
 * constituency the person holds, a place, which the model reads as a body by its "Division" or
 * takes for a person ("(AFP, Reuters)" holds two bodies and stays so); the party before it is an organisation, as found.
 */

/** A capitalised word of a name ending the text before the bracket: "Lee (". */
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*[ \t]$/u;
/** Words that end the names of electoral divisions: "Trafalgar Division", "Central Ward". */
const SEATS = new Set(['Division', 'Ward', 'Constituency', 'Parish', 'District', 'Riding', 'Electorate']);
/** A party's initials: "PNP", "SNP", "D", "R". */
const INITIALS = /^\p{Lu}{1,5}$/u;

/** Spans (sorted, apart) with the seats above typed as places; see the file's comment. */
export function withConstituencies(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapChangedSpans(spans, (s, k) => {
    // Most names are not followed by ")": one character ends the test for them.
    if (s.type === 'place' || text[s.end] !== ')' || text[s.start - 2] !== ',') return s;
    // "(AFP, Reuters)": a body's name is a seat only when it ends in a word for one.
    if (s.type === 'organization' && !SEATS.has(text.slice(text.lastIndexOf(' ', s.end) + 1, s.end))) return s;
    const open = text.lastIndexOf('(', s.start);
    if (open < 0 || s.start - open > 60 || !NAME_BEFORE.test(text.slice(Math.max(0, open - 30), open))) return s;
    const party = text.slice(open + 1, s.start - 2);
    const prev = spans[k - 1];
    // The party: a span found there, or initials the model left ("PNP").
    const found = prev && prev.start === open + 1 && prev.end === s.start - 2 && prev.type === 'organization';
    return found || INITIALS.test(party) ? { ...s, type: 'place' } : s;
  });
}
