import type { NamedSpan } from './index';
import { personShown } from './place-evidence';
import { previousWord } from './word-before';
import { otherMentions, overlapsAny, withAdded } from './added-spans';
import { spaceLedPositions } from './word-start-positions';

/**
 * A power station, a dam or a substation is named after its place: "the Cuciurgan power station",
 * "the Kariba dam", "the Bălți substation". The model reads an unknown name before such words as an
 * organisation (a plant sounds like a business); the name is the place, and so are its other
 * mentions in the article ("the Russian-owned Cuciurgan plant", "relied on Cuciurgan for peaks"),
 * and a short name given to the plant ("the Cuciurgan plant, also known as MGRES"). The rule for
 * natural features (`place-natural-features.ts`) leaves a body's name before a plant to the body, as
 * companies own plants; a power station, a dam or a substation is named for where it stands, so
 * here only a name the lists hold as an organisation ("the Toyota power plant") keeps its type, and
 * so does one in capitals (a company's initials, "the BMW power station"). "plant" alone names a
 * place after a name the model took for a person's ("the Zahrani plant", "Zahrani and Deir Ammar
 * plants"), unless the article shows that person ("Mr Zahrani", "Zahrani said"): no one owns a plant
 * by a bare surname, while a company does ("the Toyota plant" stays the company's).
 * A one-word name the model missed before "hydroelectric" or "hydropower" is the plant's place too
 * ("the 600 MW Nikachhu hydroelectric plant"), with a Roman numeral after a hyphen that numbers the
 * plants on one river ("Mangdechhu-II"); so are its other mentions and its numbered siblings
 * ("Mangdechhu-I, upstream, ..."). A word opening a sentence is passed over ("Hydropower ...").
 * A unit of power is no name: the model's "MW" alone is dropped, and cut off a plant's name it took
 * in ("the 720 MW Nikachhu plant").
 */

/** Words of a power station, a dam or a substation right after its name. */
const FACILITY_AFTER = /^[ \t]+(?:(?:(?:nuclear|coal-fired|gas-fired|thermal|hydroelectric|hydropower|hydro|coal|gas|nuclear[ \t]+power|thermal[ \t]+power)[ \t]+)?(?:power[ \t]+(?:station|stations|plant|plants)|plant|plants)|dam|substation|reservoir)(?![\p{L}-])/u;
/** A plant word, then a short name given to it: "plant, also known as MGRES". */
const ALSO_KNOWN_AS = /^[ \t]+(?:power[ \t]+)?(?:station|plant),?[ \t]+(?:also[ \t]+)?known[ \t]+as[ \t]+$/u;
/** The words of power stations that name one on their own, without a plant the article names elsewhere: "plant" alone does not. */
const STRONG = /^[ \t]+(?:(?:(?:nuclear|thermal|coal-fired|gas-fired|hydroelectric|hydropower)[ \t]+)?(?:power[ \t]+stations?|power[ \t]+plants?|dam|substation|reservoir)|(?:nuclear|thermal|coal-fired|gas-fired|hydroelectric|hydropower)[ \t]+plants?)(?![\p{L}-])/u;
/** First words of {@link STRONG}: the word after a name is looked up before the pattern is tried. */
const STRONG_FIRST: ReadonlySet<string> = new Set(['power', 'dam', 'substation', 'reservoir', 'nuclear', 'thermal', 'coal-fired', 'gas-fired', 'hydroelectric', 'hydropower']);
/** One or two title-case words: a place's name, not initials. */
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?$/u;
/** "the" before a plant's name. */
const THE: ReadonlySet<string> = new Set(['the', 'The']);
/** First letters of the words {@link FACILITY_AFTER} opens with, to pass over most spans with one look. */
const FIRST_LETTERS = 'pdsrntcgh';

/** Words of a hydro plant after its name, searched with `indexOf`. */
const HYDRO_WORDS = [' hydroelectric ', ' hydropower '];
/** A plant's one-word name, perhaps numbered after a hyphen: "Nikachhu", "Mangdechhu-II". */
const PLANT_NAME = /^\p{Lu}[\p{Ll}\p{M}]{2,}(?:-(I{1,3}|IV|V|VI))?$/u;
/** Roman numerals of plants numbered along one river. */
const NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI'];

/** Units of power written before a plant's name. */
const POWER_UNITS: ReadonlySet<string> = new Set(['MW', 'GW', 'kW', 'MWe', 'GWe']);

/** `spans` without units of power, and with one cut off the start of a name; see the file's comment. */
function withoutPowerUnits(text: string, spans: readonly NamedSpan[]): readonly NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    let kept: NamedSpan | null = s;
    // Most spans do not open with "W" as their second letter: one look ends the test for them.
    if (text[s.start + 1] === 'W') {
      const space = text.indexOf(' ', s.start);
      const unit = text.slice(s.start, space < 0 || space > s.end ? s.end : space);
      if (POWER_UNITS.has(unit)) kept = space < 0 || space >= s.end ? null : PLANT_NAME.test(text.slice(space + 1, s.end)) ? { type: 'place', start: space + 1, end: s.end } : s;
    }
    if (kept !== s && !out) out = spans.slice(0, k);
    if (out && kept) out.push(kept);
  }
  return out ?? spans;
}

/** Names of hydro plants the model missed, found before a hydro word, with their numbered siblings; see the file's comment. */
function missedHydroNames(text: string, spans: readonly NamedSpan[]): Set<string> | null {
  let names: Set<string> | null = null;
  for (const word of HYDRO_WORDS) {
    for (const at of spaceLedPositions(text, word)) {
      const start = text.lastIndexOf(' ', at - 1) + 1;
      if (start === 0 || at - start > 30 || overlapsAny(spans, start, at)) continue;
      const name = PLANT_NAME.exec(text.slice(start, at));
      // A sentence's first word is capitalised whatever it is: the word before must not end one.
      if (!name || /[.!?:\n]/u.test(text[start - 2] ?? '.')) continue;
      (names ??= new Set()).add(name[0]);
      if (name[1]) for (const n of NUMERALS) names.add(`${name[0].slice(0, name[0].length - name[1].length)}${n}`);
    }
  }
  return names;
}

/** Spans (sorted, apart) with the places power stations are named after typed as places; see the file's comment. */
export function withPowerStations(text: string, given: readonly NamedSpan[], listType: (name: string) => NamedSpan['type'] | null): NamedSpan[] {
  const unitless = withoutPowerUnits(text, given);
  const missed = missedHydroNames(text, unitless);
  const spans = missed ? withAdded([...unitless], otherMentions(text, missed, unitless, () => 'place')) : unitless;
  let places: Set<string> | null = null;
  for (const s of spans) {
    if (text[s.end] !== ' ' || !FIRST_LETTERS.includes(text[s.end + 1] ?? '')) continue;
    const next = text.indexOf(' ', s.end + 1);
    const space = next < 0 ? text.length : next;
    const word = text.slice(s.end + 1, space).replace(/[.,;:]$/u, '');
    if (s.type === 'person' && (word === 'plants' || (word === 'plant' && THE.has(previousWord(text, s.start)?.word ?? '')))) {
      const name = text.slice(s.start, s.end);
      if (TITLE_CASE.test(name) && !personShown(text, name)) (places ??= new Set()).add(name);
      continue;
    }
    if (space - s.end > 15 || !STRONG_FIRST.has(word) || !STRONG.test(text.slice(s.end, s.end + 40))) continue;
    const name = text.slice(s.start, s.end);
    if (TITLE_CASE.test(name) && listType(name) !== 'organization') (places ??= new Set()).add(name);
  }
  if (!places) return spans as NamedSpan[];
  const out: NamedSpan[] = [];
  let aliasFrom = -1;
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (aliasFrom >= 0 && s.start - aliasFrom < 30 && ALSO_KNOWN_AS.test(text.slice(aliasFrom, s.start))) {
      out.push(s.type === 'place' ? s : { ...s, type: 'place' });
      aliasFrom = -1;
      continue;
    }
    aliasFrom = -1;
    if (!places.has(name)) {
      out.push(s);
      continue;
    }
    out.push(s.type === 'place' ? s : { ...s, type: 'place' });
    if (FACILITY_AFTER.test(text.slice(s.end, s.end + 40))) aliasFrom = s.end;
  }
  return out;
}
