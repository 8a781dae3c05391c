/**
 * Which Factbook names go into the gazetteer, and under which category. The Factbook's prose gives
 * many candidates that are also ordinary words ("Left", "Unity", "Plateau") or too short to mean one
 * thing ("PP", "CD"); a listed single word is both a feature and, for organisations and places, a
 * rule-layer lookup that can make a name of a capitalised word the model passed over, so those are
 * left out here.
 */
import { GAZ } from '../../src/core/ner/gazetteer';
import type { FactbookNames } from './factbook';

/** What the filter needs to know of the other lists and of the language. */
export interface FactbookFilter {
  /** Category bits the name already has (0 when unlisted). */
  listed(name: string): number;
  /** Whether a word (lower case) is among the most frequent words of English. */
  common(word: string): boolean;
  /** Candidates to leave out by hand (words of a stop list, exact names). */
  stop: ReadonlySet<string>;
}

const PLACE_BITS = GAZ.country | GAZ.city | GAZ.region;
/** Two-word names ending in a plural institution word are kinds of body, not one body ("District Courts"). */
const GENERIC_PLURAL = /^\S+ (?:Courts|Tribunals|Councils|Committees|Assemblies|Parties|Groups|Unions|Associations|Ministers)$/u;
/** Initials in a person's name ("H.", "J"). */
const INITIAL = /^\p{Lu}\.?$/u;

function isAcronym(name: string): boolean {
  return !name.includes(' ') && name === name.toUpperCase() && /\p{Lu}/u.test(name);
}

/** Letters and digits of a name, for the length test of acronyms ("G-20" has three). */
function letters(name: string): number {
  return (name.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** A name on the stop list, or a single word (not an acronym) that is an ordinary word of English or very short. */
function ordinary(name: string, f: FactbookFilter): boolean {
  if (f.stop.has(name)) return true;
  if (name.includes(' ') || isAcronym(name)) return false;
  return f.common(name.toLowerCase()) || letters(name) < 3;
}

/** One word in the plural names a kind of people ("Islamists", "Rastafarians", "NGOs"), not one body. */
function plural(name: string): boolean {
  return !name.includes(' ') && /[\p{Ll}\p{Lu}]s$/u.test(name) && !isAcronym(name);
}

/** Every word is an ordinary word and none of them is a listed place ("North East", "Central Region"). */
function allOrdinary(name: string, f: FactbookFilter): boolean {
  return name.split(/[ -]/u).every((w) => f.common(w.toLowerCase()) && !(f.listed(w) & PLACE_BITS));
}

/**
 * The Factbook names to add, each with its category bit, in a fixed order. A name is added only when
 * no other list has it, so the Factbook never changes what an existing entry means.
 */
export function factbookEntries(names: FactbookNames, f: FactbookFilter): [string, number][] {
  const out = new Map<string, number>();
  const add = (name: string, bit: number) => {
    if (f.listed(name) || out.has(name)) return;
    out.set(name, bit);
  };
  // An acronym that is also a word ("THE", "MUST") is shouting, not a name; a party's acronym of
  // three letters stands for too many other things ("CPA", "SVP", "DUI") to be listed.
  const keepAcronym = (n: string, shortest: number) => letters(n) >= shortest && !f.common(n.toLowerCase()) && !f.stop.has(n);
  const keepOrganization = (n: string, shortest: number) => (isAcronym(n) ? keepAcronym(n, shortest) : !ordinary(n, f) && !plural(n) && !GENERIC_PLURAL.test(n));
  const keepPlace = (n: string) => !ordinary(n, f) && !allOrdinary(n, f) && !(isAcronym(n) && letters(n) < 2);
  for (const n of names.countries) if (keepPlace(n)) add(n, GAZ.country);
  for (const n of names.cities) if (keepPlace(n)) add(n, GAZ.city);
  for (const n of names.regions) if (keepPlace(n)) add(n, GAZ.region);
  for (const n of names.international) if (keepOrganization(n, 3)) add(n, GAZ.organization);
  for (const n of names.organizations) if (keepOrganization(n, 4)) add(n, GAZ.organization);
  // People: given names only (the words before the surname), which other people share; the
  // leaders' full names date quickly and cost more room in the model than they help.
  // A frequent word stays when several leaders bear it ("John", "Ali"), which few ordinary words do.
  const people = new Map(names.people.map((p) => [`${p.given} ${p.surname}`, p.given.split(' ').filter((w) => !INITIAL.test(w))]));
  const bearers = new Map<string, number>();
  for (const given of people.values()) for (const w of new Set(given)) bearers.set(w, (bearers.get(w) ?? 0) + 1);
  for (const given of people.values()) {
    for (const w of given) if (/^\p{Lu}\p{Ll}/u.test(w) && w.length > 2 && !f.stop.has(w) && (!ordinary(w, f) || (bearers.get(w) ?? 0) >= 2)) add(w, GAZ.person);
  }
  return [...out];
}
