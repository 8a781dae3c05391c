import type { NamedSpan } from './index';
import { reachesOutOf, withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { startLedMatches } from './word-led';
import { PLACES, STOP } from './rule-tagger';

/**
 * Institutions named after a person or a place, which the model reads as that person or place or
 * cuts at a joining word: a college ("Anugrah Narayan College"), a hospital, an infirmary, a clinic, an institute, a programme, a trust or
 * a centre named by the capitalised words before its head noun ("Hull Royal Infirmary", "Rosalind
 * Okafor Eye Clinic", "Westmere Cancer Institute"), a royal patron's name before its title ("Mary,
 * Queen of Scots Hospital"), a field named after "for" that goes on with "in" ("Centre for Research
 * in Malaria"), and a chamber of a legislature or of commerce ("Chamber of Deputies", "House of
 * Peoples' Representatives"). A unit named after its parent is two names ("the Fund's Global Drug
 * Facility"): a possessive ends the capitalised words. Centres and facilities that are places (a
 * shopping centre, a detention centre, a venue the model found as a place) are left to the place rules.
 */

/** Head nouns of an institution's name, which make the whole name an organisation whatever the model found in it. */
const STRONG_HEADS = ['College', 'Hospital', 'Hospitals', 'Infirmary', 'Clinic', 'Hospice', 'Sanatorium', 'Institute', 'Programme', 'Program', 'Partnership', 'Foundation', 'Trust', 'Initiative', 'Laboratory', 'Laboratories'];
/** Head nouns of what a person's name before them names rather than the person (not a programme named in someone's honour: "Jane Doe Legacy Program"). */
const NAMED_AFTER_PEOPLE = new Set(['College', 'Hospital', 'Hospitals', 'Infirmary', 'Clinic', 'Hospice', 'Sanatorium', 'Institute', 'Foundation', 'Trust', 'Laboratory', 'Laboratories', 'Centre', 'Center', 'Chamber', 'House']);
/** Head nouns that also name buildings and venues: an organisation only where the model found no place in the name. */
const WEAK_HEADS = new Set(['Centre', 'Center', 'Facility']);
/** The head nouns and the chambers' words, as whole words. */
const HEAD = new RegExp(`(?:${[...STRONG_HEADS, ...WEAK_HEADS].join('|')}|Chamber|House)(?![\\p{L}\\p{N}-])`, 'gu');
/** The matches of {@link HEAD}, tried only where one of its words stands (see `word-led.ts`) rather than at every position of the text. */
const headMatches = startLedMatches(HEAD);
/** What a head noun must not follow: it is then the end of a longer word ("CareTrust", "ex-Trust"). Tested by hand, as a look behind would be tried at every position of the text. */
const JOINED_BEFORE = /[\p{L}\p{N}'’-]/u;
/** Words before "Centre" or "Facility" that make it a place one goes to ("Shopping Centre", "Detention Center", "Nuclear Facility"). */
const PLACE_CENTRES = new Set(['Shopping', 'Trade', 'Leisure', 'Sports', 'Sport', 'Conference', 'Convention', 'Exhibition', 'Civic', 'Town', 'City', 'Market', 'Garden', 'Retail', 'Distribution', 'Storage', 'Data', 'Call', 'Visitor', 'Visitors', 'Transit', 'Nuclear', 'Custodial', 'Detention', 'Correctional', 'Correction', 'Remand', 'Holding', 'Reception', 'Processing', 'Financial', 'Arts', 'Performing', 'Aquatic', 'Aquatics', 'Fitness', 'Recycling']);
/** What a legislature's or a trade body's "Chamber of"/"House of" names: "Chamber of Deputies", "House of Peoples' Representatives". */
const CHAMBER_OF = /^[ \t]+of[ \t]+(?:Deputies|Commerce|Representatives|Senators|Councillors|Councilors|Delegates|Mines|Industry|Industries|Trade|Commons|Lords|Keys|Assembly|Federation|Peoples['’][ \t]+Representatives|People['’]s[ \t]+Representatives)(?![\p{L}\p{N}-])/u;
/** A capitalised word of a name: an initial, an acronym ("TB"), a word with accents or a hyphen. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}\p{N}.-]*$/u;
/** A possessive that is part of an institution's name ("Children's Hospital", "Women’s Clinic"), not its parent's. */
const OWN_POSSESSIVE = /^(?:Children|Women|Men|People|Veterans|Workers)['’]s$/u;
/** A saint's title, whose name's possessive is part of a hospital's ("St Mary's Hospital"). */
const SAINT = /^(?:St|St\.|Saint|Ste)$/u;
const SAINTS_POSSESSIVE = /^\p{Lu}\p{Ll}+['’]s?$/u;
/** Capitalised words that open sentences and phrases but are not names (beside "New", "Old" and ordinals, which are). */
const OPENERS = new Set([...STOP].filter((w) => !['New', 'Old', 'First', 'Second', 'Third', 'Last', 'Next', 'Agriculture'].includes(w)));
/** A royal patron's title in a hospital's name, after the patron's name and a comma: "Diana, Princess of Wales Hospital". */
const PATRON_TITLE = /^(?:Princess|Prince|Queen|King|Duke|Duchess|Countess|Earl)$/u;
/** The patron's name (one to three capitalised words) and a comma right before the title. */
const PATRON_BEFORE = /(?:^|[^\p{L}\p{M}'’-])((?:\p{Lu}[\p{L}\p{M}-]* ){0,2}\p{Lu}[\p{L}\p{M}-]*), $/u;
/** "for"/"of" and "the" after a head noun, before the field or the place it serves. */
const OF_AFTER = /^[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?/u;
/** A joining word inside the field after "for": "Research and Training", "Research in Tuberculosis". */
const FIELD_JOIN = /^[ \t]+(and|&|in|of)[ \t]+/u;
/** A word and the spaces before it. */
const NEXT_WORD = /^[ \t]+([^\s,.;:!?()"“”]+)/u;
/** Last words of another body's name, which the words before a head noun do not reach over. */
const ENDS_ANOTHER = /^(?:Museum|University|College|School|Ministry|Department|Agency|Council|Commission|Committee|Bureau|Office|Hospital|Infirmary|Clinic|Institute|Centre|Center|Foundation|Programme|Program|Partnership|Facility)$/u;
/** How many capitalised words before a head noun are read. */
const MOST_WORDS = 6;

/** A name found by its shape, and whether its head noun also names buildings. */
interface Institution {
  start: number;
  end: number;
  weak: boolean;
  /** Whether a person's name inside is the name's own ("Desmond Tutu TB Centre"). */
  afterPeople: boolean;
}

/** A word of the line before a head noun and where it starts. */
const WORDS_BEFORE = /[^\s]+/gu;
/** A name hyphened to a lower-case word, a modifier: "Geneva-based", "Kathmandu-based". */
const MODIFIER = /-\p{Ll}+$/u;

/**
 * Where the capitalised words right before `at` start (one space apart, on its line): `at` when there
 * are none. "of" stands between two of them ("Princess of Wales"); a possessive ends them, but for an
 * institution's own ("Children's") or a saint's ("St Mary's").
 */
function startBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < 90 && text[from - 1] !== '\n') from--;
  const words = [...text.slice(from, at).matchAll(WORDS_BEFORE)];
  let start = at;
  let count = 0;
  for (let k = words.length - 1; k >= 0 && count < MOST_WORDS; k--) {
    const w = words[k];
    const wordEnd = from + w.index + w[0].length;
    // One space or tab between the words of a name.
    if (start - wordEnd !== 1 || (text[wordEnd] !== ' ' && text[wordEnd] !== '\t')) break;
    if (w[0] === 'of' && count > 0 && k > 0 && NAME_WORD.test(words[k - 1][0]) && !OPENERS.has(words[k - 1][0])) {
      start = from + w.index;
      continue;
    }
    // "the Geneva-based Centre for ...": a name turned modifier describes the body and ends its words.
    if (MODIFIER.test(w[0])) break;
    const saints = k > 0 && SAINT.test(words[k - 1][0]) && SAINTS_POSSESSIVE.test(w[0]);
    if ((!NAME_WORD.test(w[0]) && !OWN_POSSESSIVE.test(w[0]) && !saints) || OPENERS.has(w[0])) break;
    // Another body's last word ends the words before ("... Space Museum" + "Steven F. Udvar-Hazy Center").
    if (count > 0 && ENDS_ANOTHER.test(w[0])) break;
    start = from + w.index;
    count++;
  }
  return start;
}

/** The end of the field after "for"/"of" a head noun ending at `end` ("for Research in Tuberculosis"), or `end`; never into a place (`isPlaceAt`). */
function fieldEnd(text: string, end: number, isPlaceAt: (word: string, start: number) => boolean): number {
  const of = OF_AFTER.exec(text.slice(end, end + 12));
  if (!of) return end;
  let pos = end + of[0].length;
  let last = end;
  for (let k = 0; k < 8; k++) {
    const m = /^[^\s,.;:!?()"“”]+/u.exec(text.slice(pos, pos + 40));
    if (!m || !NAME_WORD.test(m[0]) || OPENERS.has(m[0]) || isPlaceAt(m[0], pos)) break;
    last = pos + m[0].length;
    const join = FIELD_JOIN.exec(text.slice(last, last + 8));
    const next = NEXT_WORD.exec(text.slice(last, last + 40));
    if (join) pos = last + join[0].length;
    else if (next && NAME_WORD.test(next[1])) pos = last + next[0].length - next[1].length;
    else break;
  }
  return last;
}

/** Institutions' names by their head nouns, searched once for the two readings of an article. */
const institutionsIn = lastTextMemo((text): Institution[] => {
  const found: Institution[] = [];
  for (const m of headMatches(text)) {
    if (m.index > 0 && JOINED_BEFORE.test(text[m.index - 1])) continue;
    const head = m[0];
    const end = m.index + head.length;
    const after = text.slice(end, end + 48);
    if (head === 'Chamber' || head === 'House') {
      const of = CHAMBER_OF.exec(after);
      if (!of) continue;
      const start = startBefore(text, m.index);
      found.push({ start, end: end + of[0].length, weak: false, afterPeople: true });
      continue;
    }
    // A capitalised word after the head goes on with a longer name ("Hospital Trust", "Institute Director").
    if (/^[ \t]+\p{Lu}/u.test(after)) continue;
    let start = startBefore(text, m.index);
    if (start === m.index && !OF_AFTER.test(after)) continue;
    const words = text.slice(start, m.index).trim().split(/[ \t]+/u);
    const weak = WEAK_HEADS.has(head);
    if (weak && PLACE_CENTRES.has(words[words.length - 1])) continue;
    // "Diana, Princess of Wales Hospital": the patron's name before the title.
    const patron = PATRON_TITLE.test(words[0]) ? PATRON_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
    if (patron && !patron[1].split(' ').some((w) => OPENERS.has(w))) start -= patron[1].length + 2;
    found.push({ start, end, weak, afterPeople: NAMED_AFTER_PEOPLE.has(head) });
  }
  return found;
});

/**
 * Spans (sorted, apart) with the institutions of the file's comment as organisations: spans inside
 * such a name give way to it, a span reaching out of it stands (a longer name). `isPlace` tells a
 * listed place, which the field after "for ... in" never takes in ("in Chennai").
 */
export function withInstitutions(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const found = institutionsIn(text);
  if (!found.length) return spans as NamedSpan[];
  const names: NamedSpan[] = [];
  const isPlaceAt = (word: string, at: number) => PLACES.has(word) || isPlace(word) || spans.some((s) => s.start === at && s.type !== 'organization');
  for (const f of found) {
    const start = f.start;
    const end = fieldEnd(text, f.end, isPlaceAt);
    if (!text.slice(start, end).includes(' ') || reachesOutOf(spans, start, end)) continue;
    const inside = spans.filter((s) => s.start < end && start < s.end);
    // A venue the model found as a place ("Feather Market Centre") stays one.
    if (f.weak && inside.some((s) => s.type === 'place')) continue;
    if (!f.afterPeople && inside.some((s) => s.type === 'person')) continue;
    if (inside.length === 1 && inside[0].type === 'organization' && inside[0].start === start && inside[0].end === end) continue;
    names.push({ type: 'organization', start, end });
  }
  return names.length ? withWholeNames(spans, names) : [...spans];
}
