import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { ORG_WORDS, STOP } from './rule-tagger';
import { PLACE_PARTS } from './person-place-given-names';
import { isLetterAt } from './whole-words';

/**
 * Capes, gulfs, bays and straits named with "of" and a name after their feature word: "the Cape of
 * Good Hope", "the Gulf of Mexico", "the Bay of Biscay", "the Strait of Hormuz", "the Isle of Man".
 * The model often stops at the feature word ("Cape") and leaves the rest out or takes it for another
 * name; the feature word, "of" and the capitalised words after it are one place. So is a city's or
 * a state's own unit of government named the same way ("the Autonomous District of Abidjan", "the
 * Federal Territory of Kuala Lumpur", "the Special Region of Yogyakarta"), where the model finds the
 * unit and the city apart. A French, Spanish or Portuguese feature word takes "de" the same way
 * ("Port de Grave", "Bahía de Cádiz"), and a French one "à la" or "au" ("Pointe à la Hache"), also
 * when the model found only the name after the particle; so does a saint's town of two words ("São
 * Bartolomeu de Messines"). A place ending in a word of places' names ("Harbor", "Bay", "Park") runs
 * back over a lower-case "of" of another language and the name before it, which the model cuts
 * there ("Hale o Lono Harbor", Hawaiian; "Rio de Janeiro Airport"). A city named after a date
 * ("10th of Ramadan City", "6th of October City") takes its ordinal and "of" the same way.
 */

/** Feature words that open a place's name with "of" after them. */
const HEADS = new Set(['Cape', 'Gulf', 'Bay', 'Bight', 'Strait', 'Straits', 'Isle', 'Sea', 'Firth', 'Horn']);
/** First words of a unit of government named with "of": "Autonomous District", "Federal Territory". */
const UNIT_QUALIFIERS = new Set(['Autonomous', 'Federal', 'Capital', 'Metropolitan', 'Special']);
/** Last words of such a unit. */
const UNITS = new Set(['District', 'Region', 'Territory', 'Municipality', 'Province']);

/** Feature words of French, Spanish and Portuguese places, which take "de" and a name: "Port de Grave", "Bahía de Cádiz", "Pico do Fogo". */
const ROMANCE_HEADS = new Set(['Port', 'Puerto', 'Porto', 'Baie', 'Bahía', 'Cap', 'Cabo', 'Pointe', 'Golfe', 'Ciudad', 'Isla', 'Ilha', 'Île', 'Lac', 'Lago', 'Villa', 'Vila', 'Pico', 'Chã', 'Cerro', 'Ponta']);
/** "de" (or "del", "do", "da", "du", "des", "de la", "à la", "au", "aux") and one or two capitalised words after a Romance feature word ("Pointe à la Hache"). */
const DE_NAME = /^ (?:de|del|do|da|dos|das|du|des|à|au|aux)(?: la| las| los)? ((?:\p{Lu}[\p{Ll}\p{M}'’-]+)(?: \p{Lu}[\p{Ll}\p{M}'’-]+)?)(?![\p{L}\p{M}\p{N}])/u;

/** A name and a lower-case "of" of another language right before a place's span: "Hale o " (Hawaiian), "Rio de ". */
const PARTICLE_NAME_BEFORE = /(?<![\p{L}\p{M}'’ʻ-])\p{Lu}[\p{L}\p{M}'’ʻ-]*\p{Ll} (?:o|de|del|do|da|di|du) $/u;

/** First words of saints' towns, whose names of two words run on over "de" the same way ("São Bartolomeu de Messines", "San Cristóbal de las Casas"). */
const SAINTS = new Set(['São', 'San', 'Santa', 'Santo', 'Sant']);
/**
 * A Romance feature word or a saint's town and its particle right before a name the model found
 * without them, which it often reads as a person ("Pointe à la" before "Hache", "Pointe à" before "la
 * Hache", "São Bartolomeu de" before "Messines"); the feature word or the town is the first group.
 */
const HEAD_BEFORE = /(?<![\p{L}\p{M}])((?:(?:São|San|Santa|Santo|Sant) )?\p{Lu}[\p{Ll}\p{M}]+) (?:(?:de|del|do|da|dos|das|du|des|à|au|aux)(?: la| las| los)? )?$/u;
/** A particle opening the model's span: "de" of "de Bois". */
const PARTICLE_OPENING = /^(?:de|del|do|da|dos|das|du|des) \p{Lu}/u;
/** The particles that may stand right before the name, read before the pattern is tried. */
const PARTICLES = new Set(['de', 'del', 'do', 'da', 'dos', 'das', 'du', 'des', 'à', 'au', 'aux', 'la', 'las', 'los']);

/** Whether `name` is a place of two words opening with a saint's word ("São Bartolomeu"). */
function saintsTown(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && name.indexOf(' ', space + 1) < 0 && SAINTS.has(name.slice(0, space));
}

/** Where the Romance feature word before the span `s` starts ("Pointe" of "Pointe à la Hache"), or -1. */
function romanceHeadStart(text: string, s: NamedSpan): number {
  if (s.type === 'organization') return -1;
  // The particle stands before the span ("Pointe à la" + "Hache") or opens it ("Baie" + "de Bois").
  if (!particleBefore(text, s.start) && (text[s.start] !== 'd' || !PARTICLE_OPENING.test(text.slice(s.start, s.end)))) return -1;
  const m = HEAD_BEFORE.exec(text.slice(Math.max(0, s.start - 20), s.start));
  return m && (ROMANCE_HEADS.has(m[1]) || saintsTown(m[1])) ? s.start - m[0].length : -1;
}

/**
 * Where the name and the particle before the place `spans[k]` start ("Hale" of "Hale o Lono Harbor"),
 * or -1: the place ends in a word of places' names, and a span over the name, if any, is no more than it
 * and no organisation's.
 */
function particleLeadStart(text: string, spans: readonly NamedSpan[], k: number): number {
  const s = spans[k];
  if (text[s.start - 2] !== 'o' && text[s.start - 2] !== 'e' && text[s.start - 2] !== 'l' && text[s.start - 2] !== 'a' && text[s.start - 2] !== 'i' && text[s.start - 2] !== 'u') return -1;
  if (!PLACE_PARTS.has(text.slice(text.lastIndexOf(' ', s.end - 1) + 1, s.end))) return -1;
  const m = PARTICLE_NAME_BEFORE.exec(text.slice(Math.max(0, s.start - 30), s.start));
  if (!m) return -1;
  const start = s.start - m[0].length;
  const before = spans[k - 1];
  if (before && before.end > start && (before.start !== start || before.type === 'organization' || before.end > start + m[0].indexOf(' '))) return -1;
  return start;
}

/** The longest of {@link PARTICLES}: a word before a span that is longer is read no further. */
const LONGEST_PARTICLE = 3;

/** Whether the word (letters only) ending one space before `pos` is one of {@link PARTICLES}. */
function particleBefore(text: string, pos: number): boolean {
  if (text[pos - 1] !== ' ') return false;
  let start = pos - 1;
  while (start > 0 && isLetterAt(text, start - 1)) {
    if (pos - 1 - --start > LONGEST_PARTICLE) return false;
  }
  return start < pos - 1 && PARTICLES.has(text.slice(start, pos - 1));
}

/** Whether `name` is a feature word or a unit of government of two words that takes "of" and a name. */
function headsOfName(name: string): boolean {
  if (HEADS.has(name)) return true;
  const space = name.indexOf(' ');
  return space > 0 && name.indexOf(' ', space + 1) < 0 && UNIT_QUALIFIERS.has(name.slice(0, space)) && UNITS.has(name.slice(space + 1));
}

/**
 * "of" and one to three capitalised words after the feature word, "St." for saint among them: " of
 * Good Hope", " of St. Lawrence"; " of the Mekong" is not taken.
 */
const OF_NAME = /^ of ((?:St\.|\p{Lu}[\p{Ll}\p{M}'’-]+)(?: (?:St\.|\p{Lu}[\p{Ll}\p{M}'’-]+)){0,2})(?![\p{L}\p{M}\p{N}])/u;

/** An ordinal in figures and "of" before a city named after a date: "10th of " of "10th of Ramadan City", "6th of " of "6th of October City". */
const ORDINAL_OF = /(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th) of $/u;

/**
 * Spans (sorted, apart) with a feature word the model found alone as a place ("Cape") run on over
 * "of" and the name after it, taking in the spans found there; see the file's comment.
 */
export function withOfNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.end - s.start > 24) continue;
    // "Pointe à la" + "Hache": the feature word and its particle before a name the model found alone.
    // "Hale o" + "Lono Harbor": the name and its particle before a place ending in a word of places' names.
    const lead = s.type === 'place' ? particleLeadStart(text, spans, k) : -1;
    if (lead >= 0) {
      out ??= [...spans];
      out = mapSpans(out, (t) => (t === s ? { type: 'place' as const, start: lead, end: s.end } : t)).filter((t) => !(t.start >= lead && t.end <= s.start));
      continue;
    }
    // "10th of" + "Ramadan City": a new town named after a date, its ordinal and "of" before the name.
    const ordinal = s.type === 'place' && text.endsWith(' City', s.end) && text.startsWith(' of ', s.start - 4) ? ORDINAL_OF.exec(text.slice(Math.max(0, s.start - 12), s.start)) : null;
    if (ordinal && (k === 0 || spans[k - 1].end <= s.start - ordinal[0].length)) {
      out ??= [...spans];
      out = mapSpans(out, (t) => (t === s ? { ...s, start: s.start - ordinal[0].length } : t));
      continue;
    }
    const head = romanceHeadStart(text, s);
    if (head >= 0 && (k === 0 || spans[k - 1].end <= head)) {
      out ??= [...spans];
      out = mapSpans(out, (t) => (t === s ? { type: 'place', start: head, end: s.end } : t));
      continue;
    }
    // Most spans are longer than a feature word or a unit or are not followed by " of ": two cheap tests end them.
    if (s.type !== 'place') continue;
    const next = text[s.end + 1];
    const romanceNext = next === 'd' || next === 'à' || next === 'a';
    if (!romanceNext && next !== 'o') continue;
    const name = text.slice(s.start, s.end);
    const romance = romanceNext && (ROMANCE_HEADS.has(name) || saintsTown(name));
    if (!romance && (next !== 'o' || !headsOfName(name))) continue;
    const m = (romance ? DE_NAME : OF_NAME).exec(text.slice(s.end, s.end + 60));
    if (!m || m[1].split(' ').some((w) => STOP.has(w) || ORG_WORDS.test(w))) continue;
    const end = s.end + m[0].length;
    // Spans after "of" must be places within the name: "the Bay of Bengal Initiative" is left alone.
    let last = k + 1;
    while (last < spans.length && spans[last].start < end) last++;
    // After "de" a span inside the name is a part of it whatever its type ("São Bartolomeu" + "de Messines").
    if (spans.slice(k + 1, last).some((t) => (t.type !== 'place' && !romance) || t.end > end)) continue;
    out ??= [...spans];
    const drop = last - k - 1;
    out = mapSpans(out, (t) => (t === s ? { ...t, end } : t));
    if (drop) out = out.filter((t) => !(t.start >= s.end && t.end <= end));
  }
  return out ?? (spans as NamedSpan[]);
}
