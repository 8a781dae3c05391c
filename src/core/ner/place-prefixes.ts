import type { NamedSpan } from './index';
import { namesOfType } from './names-of-type';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { withAdded, withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { personShown } from './place-evidence';
import { LETTER } from './whole-words';
import { wordBefore } from './word-before';

/**
 * Places known by how their names begin, which the model takes for organisations or people or
 * misses: South African townships and provinces named with the Zulu and Xhosa prefix "Kwa" before a
 * capital ("KwaMashu", "KwaZulu-Natal"), towns named after a saint in Spanish, Portuguese or Italian
 * ("San Agustin", "São Mateus", "Santa Rosa") or in Arabic ("Sidi Kacem"), "sub-Saharan" before "Africa", which is part of the
 * name, and the Philippine "Barangay" before a barangay's name, which is the kind of place and not
 * part of it ("Barangay San Roque" is "San Roque"). A salt flat named "Salar de" in the Andes ("Salar
 * de Pedernales", "Salar de Uyuni") is a place with its "Salar de", and the name after it written
 * alone is the same place ("its Pedernales project"); "DR Congo" is the country with its "DR"; a
 * city's wider area is named with "Greater" ("Greater Odesa", "Greater Manchester"), a golf links
 * after its town with "Royal" ("Royal Portrush"), and a name's "Upper", "Low", "Little" or "New" the
 * model left out ("Low Tatras", "New South Wales"), but a company after a listed country or city
 * ("Royal Greenland"); a state's long
 * name keeps the words before its "Republic of" ("Democratic Republic of Congo", "People's Republic
 * of China", where the model may find "Republic of Congo", another country, alone). Lesotho's villages
 * are named with the Sesotho "Ha" ("place of") before a family's name ("in Ha Foso", "of Ha Lejone"):
 * after a word of place, the name the model read as a person without its "Ha" is the village.
 */

/**
 * Words that begin places' names, which the model may leave out: a city's wider area ("Greater
 * Odesa", "Greater Manchester"), a links named "Royal" after its town ("Royal Portrush"), a range's,
 * a river's or a town's higher and lower, older and newer part ("Low Tatras", "Upper Nile", "Little
 * Rock", "New South Wales"), and the harbour, fort, headland or mountain a town is named after ("Port
 * Sulphur", "Fort Rouge", "Point Douglas", "Cape Coast", "Mount Hagen").
 */
const PLACE_LEADS = new Set(['Greater', 'Royal', 'Upper', 'Lower', 'High', 'Low', 'Great', 'Little', 'New', 'Old', 'Port', 'Fort', 'Point', 'Cape', 'Mount']);

/** A name with the locative prefix "Kwa" before a capital: "KwaMashu", "KwaZulu-Natal", "KwaNobuhle". */
const KWA_NAME = /Kwa\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*/gu;
/** A saint's title that heads a town's name: "San", "São", "Santa", "Santo", and the Maghreb's "Sidi" ("Sidi Bouzid"). */
const SAINT_HEADS = new Set(['San', 'São', 'Sao', 'Santa', 'Santo', 'Sidi']);
/** Saints' names that are people's whatever comes before: "Santa Claus". */
const SAINTLY_PEOPLE = new Set(['Santa Claus']);
/** The word for a Philippine barangay before its name, and its short form. */
const BARANGAY = /^(?:Barangay|Brgy\.?)[ \t]+(?=\p{Lu})/u;


/** A word of place before a Sesotho village's "Ha": " in Ha ", " of Ha ". */
const BEFORE_HA = /[ \t\n](?:in|at|of|from|near|to)[ \t]+Ha[ \t]+$/u;
/** One capitalised word, no hyphen: a family's name after "Ha" (a Korean "Ha Jung-woo" is hyphenated). */
const HA_NAME = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/** Whether the person's span `s` is a Sesotho village's name without its "Ha" ("of Ha Lejone"). */
function haVillage(text: string, s: NamedSpan): boolean {
  return text.startsWith('Ha', s.start - 3) && BEFORE_HA.test(text.slice(Math.max(0, s.start - 10), s.start)) && HA_NAME.test(text.slice(s.start, s.end));
}

/** Words of a state's long name before "Republic of": "Democratic", "People's", "Islamic", "Bolivarian". */
const STATE_WORDS = new Set(['Democratic', "People's", 'People’s', 'Islamic', 'Federal', 'Socialist', 'Arab', 'Bolivarian', 'Plurinational', 'Federative', 'Hashemite', 'Cooperative', 'Co-operative', 'Oriental', 'Popular']);

/** Where a state's long name starts before the place `s` that opens with "Republic of": back over its state words, at most three. */
function stateNameStart(text: string, s: NamedSpan, prev: NamedSpan | undefined): number {
  if (!text.startsWith('Republic of ', s.start)) return s.start;
  let start = s.start;
  for (let words = 0, w = wordBefore(text, start); w && words < 3 && STATE_WORDS.has(w.word); words++, w = wordBefore(text, start)) start = w.start;
  return prev && prev.end > start ? s.start : start;
}

/** An Andean salt flat's name: "Salar de Pedernales", "Salar del Hombre Muerto". */
const SALAR_NAME = /Salar[ \t]+del?[ \t]+((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})/gu;

/** The salt flats and "DR Congo" in a text, each with the name after "Salar de" (or null); searched only when the text holds their first word. */
const prefixedPlacesIn = lastTextMemo((text): Array<{ start: number; end: number; head: string | null }> => {
  const found: Array<{ start: number; end: number; head: string | null }> = [];
  if (text.includes('Salar ')) {
    for (const m of text.matchAll(SALAR_NAME)) {
      if (m.index === 0 || !LETTER.test(text[m.index - 1])) found.push({ start: m.index, end: m.index + m[0].length, head: m[1] });
    }
  }
  for (let at = text.indexOf('DR Congo'); at >= 0; at = text.indexOf('DR Congo', at + 8)) {
    if ((at === 0 || !LETTER.test(text[at - 1])) && !LETTER.test(text[at + 8] ?? '')) found.push({ start: at, end: at + 8, head: null });
  }
  return found;
});

/** `spans` with the salt flats and "DR Congo" put in as places over what the model found of them, and a salt flat's name alone a place. */
function withPrefixedPlaces(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = prefixedPlacesIn(text);
  if (!found.length) return spans as NamedSpan[];
  const heads = new Set(found.map((f) => f.head).filter((h): h is string => !!h));
  const retyped = heads.size ? mapChangedSpans(spans, (s) => (s.type !== 'place' && heads.has(text.slice(s.start, s.end)) ? { ...s, type: 'place' as const } : s)) : spans;
  return withWholeNames(retyped, mapSpans(found, ({ start, end }) => ({ type: 'place' as const, start, end })));
}

/** Where the "Kwa" names stand in a text, searched only when it holds "Kwa". */
const kwaNamesIn = lastTextMemo((text): Array<[number, number]> => (text.includes('Kwa') ? mapSpans([...text.matchAll(KWA_NAME)].filter((m) => m.index === 0 || !LETTER.test(text[m.index - 1])), (m) => [m.index, m.index + m[0].length]) : []));

/**
 * `spans` with each "Kwa" name a place: the span that is the name retyped, the spans inside it
 * replaced, the name added where nothing stands. A longer name holding it stands ("University of
 * KwaZulu-Natal").
 */
function withKwaNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = kwaNamesIn(text);
  if (!names.length) return spans as NamedSpan[];
  let out = [...spans];
  const added: NamedSpan[] = [];
  for (const [start, end] of names) {
    if (out.some((s) => s.start < end && start < s.end && (s.start < start || s.end > end))) continue;
    out = out.filter((s) => s.end <= start || s.start >= end);
    added.push({ type: 'place', start, end });
  }
  return withAdded(out, added);
}

/** Whether a person's span of several words is a town named after a saint: "San Agustin", not "Santa Claus" or a person the article shows. */
function saintsTown(text: string, s: NamedSpan, people: ReadonlySet<string>): boolean {
  const name = text.slice(s.start, s.end);
  const space = name.indexOf(' ');
  if (space < 0 || !SAINT_HEADS.has(name.slice(0, space)) || SAINTLY_PEOPLE.has(name)) return false;
  // "Santo Versace ... Versace said": the surname used alone for a person.
  return !people.has(name.slice(name.lastIndexOf(' ') + 1)) && !personShown(text, name);
}

/** Spans (sorted, apart) with the places named by their first part put right; see the file's comment. */
export function withPlacePrefixes(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean = () => false): NamedSpan[] {
  let people: Set<string> | undefined;
  // Each name is read once, not at each mention: the article is searched for the person it may be.
  const towns = new Map<string, boolean>();
  const prefixed = withPrefixedPlaces(text, withKwaNames(text, spans));
  const out = mapChangedSpans(prefixed, (s, k) => {
    // "sub-Saharan Africa" is one place, the prefix included.
    if (s.type === 'place' && text.endsWith('sub-Saharan ', s.start)) return { ...s, start: s.start - 12 };
    // "Greater Odesa", "Royal Portrush", "Low Tatras", "New South Wales": a word of a place's name
    // the model left out before the rest.
    // "Royal Greenland", "Royal Brunei": a place the name lists know (a country, a city) after "Royal"
    // names a company or a body that a links would not be named after.
    if (s.type === 'place' && text.charCodeAt(s.start - 1) === 32) {
      const lead = wordBefore(text, s.start, true);
      if (lead && PLACE_LEADS.has(lead.word) && !LETTER.test(text[lead.start - 1] ?? '') && !(k > 0 && prefixed[k - 1].end > lead.start)) {
        const company = lead.word === 'Royal' && isListedPlace(text.slice(s.start, s.end));
        return { ...s, start: lead.start, type: company ? ('organization' as const) : s.type };
      }
    }
    if (s.type === 'place' && text.startsWith('Royal ', s.start) && isListedPlace(text.slice(s.start + 6, s.end))) return { ...s, type: 'organization' as const };
    if (s.type === 'person' && text.charCodeAt(s.start - 1) === 32 && haVillage(text, s) && !(k > 0 && prefixed[k - 1].end > s.start - 3)) return { ...s, type: 'place' as const, start: s.start - 3 };
    const first = text.charCodeAt(s.start);
    // "Democratic Republic of Congo": the long name whole; "R" ends the test for most places.
    if (first === 82 && s.type === 'place') {
      const start = stateNameStart(text, s, prefixed[k - 1]);
      return start < s.start ? { ...s, start } : s;
    }
    // Most names start with neither "B" nor "S": one character ends the test for them.
    if (first === 66 && s.type === 'place') {
      const barangay = BARANGAY.exec(text.slice(s.start, s.end));
      return barangay ? { ...s, start: s.start + barangay[0].length } : s;
    }
    if (first !== 83 || s.type !== 'person') return s;
    people ??= namesOfType(text, spans, 'person');
    const name = text.slice(s.start, s.end);
    let town = towns.get(name);
    if (town === undefined) towns.set(name, (town = saintsTown(text, s, people)));
    return town ? { ...s, type: 'place' as const } : s;
  });
  return out;
}
