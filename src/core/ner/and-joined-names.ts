import type { NamedSpan } from './index';
import { ORG_WORDS, STOP } from './rule-tagger';

/**
 * "the National Air and Space Museum", "the Peace and Friendship Stadium", "the Mary & Leigh Block
 * Museum of Art", "the council's Development and Infrastructure Committee": a venue's, an
 * institution's or a body's name may open with capitalised words joined by "and" to the words before
 * its head word. The model tends to stop at "and" and keep only the part with the head word ("Space
 * Museum", "Friendship Stadium"), or to make two names of it. After "the" or a possessive, the
 * capitalised words before "and" belong to the name when none of them ends a name of its own.
 * A police force or an emergency service is named so without "the" ("reported to Devon and Cornwall
 * Police", "Cornwall Fire and Rescue Service said"), its places before "and" being part of it.
 */

/** Head words of public bodies named for the fields they oversee: "the council's Fire and Rescue Authority". */
const BODY_HEADS = new Set(['Committee', 'Commission', 'Council', 'Board', 'Authority', 'Agency', 'Department', 'Ministry', 'Tribunal']);
/**
 * Head words of companies, unions and societies named for their trades or members ("the Kairouan Water
 * and Drainage Company", "the Fish, Food and Allied Workers' Union"); as for a public body, a body's
 * word or a body's initials before "and" end another name ("the BBC and Press Association"), and
 * two words or more on each side, three after "and", are two companies' names ("the Harbin Electric
 * and Sabah Energy Corporation").
 */
const COMPANY_HEADS = new Set(['Company', 'Corporation', 'Association', 'Society', 'Federation', 'Union', 'Cooperative', 'Co-operative']);
/** Head words of police forces and emergency services, whose names are read whole across "and" without "the". */
const FORCE_HEADS = new Set(['Police', 'Constabulary', 'Service']);
/** Head words of venues, institutions and bodies whose names are read whole across "and". */
const HEADS = new Set([...FORCE_HEADS, 'Museum', 'Center', 'Centre', 'Stadium', 'Gallery', 'Galleries', 'Institute', 'Hall', 'Arena', 'Library', 'Theatre', 'Theater', 'Academy', 'Foundation', 'Gardens', 'Hospital', 'College', 'Observatory', 'Planetarium', 'Complex', ...BODY_HEADS, ...COMPANY_HEADS]);

/** "the" or an owner's possessive ("the council's", "its"), then one to three capitalised words ("U.S. Space", "Mary"), right before " and " or " & ". */
const LEFT_WORDS = /(?:(?:^|[^\p{L}\p{M}\p{N}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)|\p{L}['’]s)[ \t]+(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}.'’-]*){0,2})[ \t]+(?:and|&)[ \t]+$/u;

/** A sentence's, a clause's or a line's start (the text's start read as a line's), or a lower-case word, then one or two capitalised words right before " and ": a force's places ("to Devon and", "Cornwall Fire and"). */
const BARE_LEFT_WORDS = /(?:[.!?:,;][ \t]+|\n[ \t]*|\p{Ll}[ \t]+)(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*)?)[ \t]+(?:and|&)[ \t]+$/u;

/** The head word among the words of a span, its last or the one before "of" ("Block Museum of Art"), or null. */
function headOf(name: string): string | null {
  const of = name.indexOf(' of ');
  const words = of > 0 ? name.slice(0, of) : name;
  const head = words.slice(words.lastIndexOf(' ') + 1);
  return HEADS.has(head) ? head : null;
}

/**
 * Spans (sorted, apart) with the words "the ... and" before a venue's or an institution's name joined
 * to it, and the spans inside those words dropped. `isListed` tells names the lists know (a country,
 * a well-known body), which stand on their own before "and".
 */
export function withAndJoinedNames(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let i = spans.length - 1; i >= 0; i--) {
    const s = spans[i];
    // Cheap gate: " and " or " & " right before the span.
    const c = text.charCodeAt(s.start - 2);
    if (s.type === 'person' || text.charCodeAt(s.start - 1) !== 32 || (c !== 100 && c !== 38)) continue;
    const right = text.slice(s.start, s.end);
    const head = headOf(right);
    if (!head) continue;
    const before = text.slice(Math.max(0, s.start - 60), s.start);
    const m = LEFT_WORDS.exec(before) ?? (FORCE_HEADS.has(head) ? BARE_LEFT_WORDS.exec(s.start > 60 ? before : `\n${before}`) : null);
    if (!m) continue;
    const words = m[1];
    const last = words.slice(words.lastIndexOf(' ') + 1);
    // "the Royal Navy and Coast Guard Agency": a body's word before "and" ends another body's name; a police force's places are listed ones.
    if (HEADS.has(last) || (BODY_HEADS.has(head) && ORG_WORDS.test(last)) || (COMPANY_HEADS.has(head) && (ORG_WORDS.test(last) || last === last.toUpperCase() || (words.includes(' ') && right.split(' ').length > 2))) || (head !== 'Police' && head !== 'Constabulary' && isListed(words)) || words.split(' ').some((w) => STOP.has(w))) continue;
    const start = s.start - m[0].length + m[0].lastIndexOf(words);
    // Spans over the words must lie inside them, and none be a person's name ("Bill" + "and ...").
    let j = i;
    while (j > 0 && spans[j - 1].end > start) j--;
    if (j < i && (spans[j].start < start || spans.slice(j, i).some((p) => p.type === 'person'))) continue;
    (out ??= [...spans]).splice(j, i - j + 1, { ...s, start });
    i = j;
  }
  return out ?? [...spans];
}
