import { isTitleWord, mayBePersonWord, PLACES, STOP } from './rule-tagger';
import { wordBefore } from './word-before';
import type { NamedSpan } from './index';
import { SPEECH_AFTER, VERB_AFTER_LENGTH } from './person-verbs';
import { ROMANCE_ORG_HEADS } from './place-compass';

/**
 * A surname with its particle, written alone after the first mention: "von Ahlefeldt said", "told
 * de Luca", "dos Santos scored". The model reads the particle as an ordinary lower-case word and
 * leaves it out; a reader keeps it, as the surname is "von Ahlefeldt", not "Ahlefeldt".
 */

/** One or two particles right before a name, after a word boundary ("von ", "van der ", "de la "). */
const PARTICLES_BEFORE = /(?:^|[\s("“‘'])((?:(?:von|van|de|der|den|du|da|di|del|della|dos|das|ter|ten|zu|la|le|['’]t)[ \t]+){1,2})$/u;
/**
 * Words after which a lower-case "van", "de" or "la" is the language's own word, not a particle, and
 * a capitalised word, which makes the particles the inside of a longer name ("Sciences de la Santé"),
 * and a number, which makes them a date's ("6 de Marzo", a street named after a day).
 */
const NOT_AFTER = /(?:^|\s)(?:(?:the|a|an|this|that|his|her|their|our|my|your)|\p{Lu}[\p{L}\p{M}.'’-]*|\p{N}+)[ \t]+$/u;
/**
 * The same particles at a sentence's or a line's start, where the first is capitalised: "De la Torre
 * said", "Van der Merwe told", "Dos Santos scored". The model reads a capitalised particle as a
 * sentence's first word, not the name's.
 */
const CAPITAL_PARTICLES_BEFORE = /(?:^|[.!?:;]["”’']?[ \t]+|\n[#>*-]*[ \t]*|["“‘(][ \t]?)((?:De|Del|Della|Van|Von|Dos|Das|Da|Di|Du|Ter|Ten)[ \t]+(?:(?:la|las|los|der|den|de|du|da|di|del)[ \t]+){0,2})$/u;
/** The first letters of those particles, to rule out most names by one character. */
const CAPITAL_FIRST = new Set(['D', 'V', 'T']);
/** How far back the particles are sought. */
const LOOK_BACK = 24;

/** The length of capitalised particles at a sentence's start right before `from + before.length`, or 0. */
function capitalParticles(text: string, from: number, before: string): number {
  // The particles' capital is one of a few letters, two to sixteen characters back.
  let seen = false;
  for (let at = before.length - 2; at >= Math.max(0, before.length - 17) && !seen; at--) seen = CAPITAL_FIRST.has(before[at]) && (at === 0 ? from === 0 || !/\p{L}/u.test(text[from - 1]) : !/\p{L}/u.test(before[at - 1]));
  if (!seen) return 0;
  const lead = Math.max(0, from - 3);
  const m = CAPITAL_PARTICLES_BEFORE.exec(text.slice(lead, from + before.length));
  // A match at the piece's start is a sentence's start only at the text's.
  return m && (lead === 0 || m[0].length > m[1].length) ? m[1].length : 0;
}

/** Capitalised particles that open a surname inside a full name: "Le" of "Jean-Marie Le Pen", "Van" of "Dick Van Dyke", the Māori "Te" of "Aroha Te Whata". */
export const CAPITAL_PARTICLES: ReadonlySet<string> = new Set(['Le', 'La', 'De', 'Del', 'Della', 'Van', 'Von', 'Da', 'Das', 'Dos', 'Di', 'Du', 'Ter', 'Ten', 'Te']);
/** The first letters of those particles. */
const CAPITAL_FIRST_ALL = new Set([...CAPITAL_PARTICLES].map((p) => p[0]));
/** The capitalised word after such a particle: the rest of the surname ("Pen", "Dyke"). */
const SURNAME_AFTER = /^ \p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\p{N}])/u;

/** A given name alone: one capitalised word. */
const GIVEN_NAME = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/** Where the given name one space before a person's span that opens with a capitalised particle and goes on ("Te Whata-Mason") starts, or -1. */
function givenBeforeParticle(text: string, s: NamedSpan): number {
  const space = text.indexOf(' ', s.start);
  if (space < 0 || space >= s.end || !CAPITAL_PARTICLES.has(text.slice(s.start, space))) return -1;
  const w = wordBefore(text, s.start, true);
  return w && GIVEN_NAME.test(w.word) && !STOP.has(w.word) && !isTitleWord(w.word) && !PLACES.has(w.word) ? w.start : -1;
}

/**
 * Person spans (sorted, apart) that end on a capitalised particle, widened over the word after it:
 * a name never ends on its particle, but the model, reading "Le" as a whole surname, may stop there
 * ("Jean-Marie Le" of "Jean-Marie Le Pen"). Only where no other name starts at that word.
 */
export function withParticleEnds(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // The particle's last letter is lower case and a space follows the span.
    if (s.type !== 'person' || text[s.end] !== ' ') continue;
    const space = text.lastIndexOf(' ', s.end - 1);
    if (space <= s.start || !CAPITAL_PARTICLES.has(text.slice(space + 1, s.end))) continue;
    const m = SURNAME_AFTER.exec(text.slice(s.end, s.end + 40));
    if (!m || spans[k + 1]?.start < s.end + m[0].length) continue;
    out ??= [...spans];
    out[k] = { ...s, end: s.end + m[0].length };
  }
  return out ?? (spans as NamedSpan[]);
}

/** A span of a given name and lower-case particles only: "Jasper van", "Bram de", "Anna van der". */
const GIVEN_AND_PARTICLES = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?((?: (?:van|von|de|der|den|ter|ten|du|da|di|del|della|dos|das|la|le|['’]t)){1,3})$/u;
/** After such a span: more particles ("'t", "der") and the surname ("Hof", "Wit-Brouwer"). */
const REST_OF_SURNAME = /^(?: (?:der|den|de|la|['’]t))* \p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\p{N}'’])/u;

/**
 * Spans (sorted, apart) that hold a given name and the particles of a surname but stop before the
 * surname ("Jasper van" + "Hof" of "Jasper van 't Hof", "Bram de" of "Bram de Wit-Brouwer") made the
 * person's whole name, in place of the spans over the rest of it: a name never ends on a particle,
 * and the model, missing the surname after an unusual particle, reads the rest as a place or an
 * organisation. Run before the trailing lower-case word is cut off a span.
 */
export function withLowerParticleEnds(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < (out ?? spans).length; k++) {
    const s = (out ?? spans)[k];
    // The span ends on a lower-case letter, or "'t", and a space follows: one character each.
    const last = text.charCodeAt(s.end - 1);
    if (text[s.end] !== ' ' || !(last >= 97 && last <= 122) || s.end - s.start > 40) continue;
    const m = GIVEN_AND_PARTICLES.exec(text.slice(s.start, s.end));
    if (!m) continue;
    const given = text.slice(s.start, s.end - m[1].length);
    if (STOP.has(given) || isTitleWord(given) || PLACES.has(given)) continue;
    const rest = REST_OF_SURNAME.exec(text.slice(s.end, s.end + 40));
    if (!rest) continue;
    const end = s.end + rest[0].length;
    const list = (out ??= [...spans]);
    let drop = 0;
    // Spans over the rest of the name are inside it now; one reaching beyond it stands, and so does the span.
    while (list[k + 1 + drop]?.start < end) drop++;
    if (drop && list[k + drop].end > end) continue;
    list.splice(k, 1 + drop, { type: 'person', start: s.start, end });
  }
  return out ?? (spans as NamedSpan[]);
}

/** A given name before a capitalised particle: "Marine" of "Marine Le Pen". */
const GIVEN_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u;

/**
 * Where a full name starts whose surname, after a capitalised particle, is the person span at
 * `start` ("Marine Le Pen" around "Pen"), not before `from`; -1 when no capitalised particle stands
 * right before, or it opens a sentence (left to the particles at a sentence's start).
 */
function givenAndParticle(text: string, start: number, from: number): number {
  const particle = wordBefore(text, start, true);
  if (!particle || particle.start < from || !CAPITAL_PARTICLES.has(particle.word)) return -1;
  const given = wordBefore(text, particle.start, true);
  return given && given.start >= from && GIVEN_WORD.test(given.word) && !STOP.has(given.word) && !isTitleWord(given.word) && !PLACES.has(given.word) ? given.start : -1;
}

/**
 * Particles that open Dutch and German surnames ("van der", "ter", "von"), which, unlike the Romance
 * "de la", seldom stand inside the name of an organisation or a place: a capitalised word right
 * before them is the person's given name ("Femke van der Steen"), not a longer name's start.
 */
const GERMANIC_FIRST = /^(?:van|von|ter|ten)[ \t]/u;

/**
 * Where a given name starts, written right before Dutch or German particles (`particles`, which end
 * at the person's span), or before any particles when a verb of speech follows the name (`spoken`:
 * "Pieter du Toit said"), not before `from`; -1 when there is none.
 */
function givenBeforeGermanic(text: string, particleStart: number, particles: string, from: number, spoken: boolean): number {
  if (!spoken && !GERMANIC_FIRST.test(particles)) return -1;
  const given = wordBefore(text, particleStart, true);
  if (!given || given.start < from || !GIVEN_WORD.test(given.word) || STOP.has(given.word) || isTitleWord(given.word) || PLACES.has(given.word)) return -1;
  // "Museum Boijmans van Beuningen": a capitalised word before the given name makes a longer name,
  // but a nationality or a title does not ("the South African Pieter du Toit").
  const before = wordBefore(text, given.start, true);
  return before && !isTitleWord(before.word) ? -1 : given.start;
}

/** Spanish particles of a second surname: "de la Torre", "de los Ríos", "del Castillo". */
const ROMANCE_SURNAME_PARTICLES = /^(?:de (?:la|las|los) |del )$/u;

/**
 * Where a Spanish full name starts whose second surname, after "de la" or "del", is the person span
 * (`particles` end there): a given name and a first surname, or two given names and one, right before
 * the particles ("María Fernanda Quiñónez de la Torre"), none of them a function word, a title, a
 * place or an organisation's word, and no capitalised word but a sentence's first before them; -1 when there are not.
 */
function givenBeforeRomance(text: string, particleStart: number, particles: string): number {
  if (!ROMANCE_SURNAME_PARTICLES.test(particles)) return -1;
  let start = -1;
  let count = 0;
  for (let w = wordBefore(text, particleStart, true); w && count < 4; w = wordBefore(text, w.start, true)) {
    // "The María ...": a sentence's first word ends the name; any other capitalised word makes it a longer name's.
    if (!GIVEN_WORD.test(w.word) || !mayBePersonWord(w.word)) {
      if (!STOP.has(w.word)) return -1;
      break;
    }
    start = w.start;
    count++;
  }
  // "Museo Nacional Castro de la Luz": a Spanish body's head word opens a longer name.
  return count >= 2 && count <= 3 && !ROMANCE_ORG_HEADS.has(text.slice(start, text.indexOf(' ', start))) ? start : -1;
}

/** A compound given name, two capitalised parts and a hyphen: "Pierre-Yves", "Jean-Marie", "Anne-Sophie". */
const COMPOUND_GIVEN = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/**
 * Where a person's name starts when a place's or an organisation's span opens with a capitalised
 * particle and a compound given name stands right before it ("Pierre-Yves" + "Le Guennec", read as a
 * town like "Le Havre"), or -1. A capitalised word before the given name makes a longer name.
 */
function compoundGivenBefore(text: string, s: NamedSpan): number {
  const space = text.indexOf(' ', s.start);
  if (space < 0 || space >= s.end || !CAPITAL_PARTICLES.has(text.slice(s.start, space))) return -1;
  const given = wordBefore(text, s.start, true);
  if (!given || !COMPOUND_GIVEN.test(given.word) || PLACES.has(given.word) || STOP.has(given.word.slice(0, given.word.indexOf('-')))) return -1;
  return wordBefore(text, given.start, true) ? -1 : given.start;
}

/** Whether a hyphen stands in the dozen characters before `pos`, read back without searching the whole text. */
function hyphenBefore(text: string, pos: number): boolean {
  for (let at = pos - 2; at >= Math.max(0, pos - 12); at--) if (text.charCodeAt(at) === 45) return true;
  return false;
}

/**
 * Person spans (sorted, apart) widened over the particles written right before them, and over a
 * compound given name before a capitalised particle opening a place's or an organisation's span.
 */
export function withSurnameParticles(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // "Aroha" + "Te Whata-Mason": a surname opening with its particle, the given name before it left out.
    const givenFirst = s.type === 'person' && CAPITAL_FIRST_ALL.has(text[s.start]) ? givenBeforeParticle(text, s) : -1;
    if (givenFirst >= 0 && (k === 0 || spans[k - 1].end < givenFirst)) {
      out ??= [...spans];
      out[k] = { ...s, start: givenFirst };
      continue;
    }
    // The particle's capital is one of a few letters, and a hyphenated word ends right before.
    if (s.type !== 'person' && CAPITAL_FIRST_ALL.has(text[s.start]) && text[s.start - 1] === ' ' && hyphenBefore(text, s.start)) {
      const start = compoundGivenBefore(text, s);
      if (start >= 0 && (k === 0 || spans[k - 1].end <= start)) {
        out ??= [...spans];
        out[k] = { type: 'person', start, end: s.end };
      }
      continue;
    }
    // "María Fernanda Quiñónez de" + "la Torre": a span that opens with the article of a Spanish surname's particle is its rest, read as a place.
    if (s.type !== 'person' && text.charCodeAt(s.start) === 108 && text.startsWith('de ', s.start - 3)) {
      const article = text.slice(s.start, text.indexOf(' ', s.start) + 1);
      const start = givenBeforeRomance(text, s.start - 3, `de ${article}`);
      if (start >= 0 && (k === 0 || spans[k - 1].end <= start)) {
        out ??= [...spans];
        out[k] = { type: 'person', start, end: s.end };
      }
      continue;
    }
    // Most names follow no lower-case word ending in one of the particles' last letters.
    const last = text.charCodeAt(s.start - 2);
    if (s.type !== 'person' || text[s.start - 1] !== ' ' || !(last >= 97 && last <= 122)) continue;
    const from = Math.max(0, s.start - LOOK_BACK, k > 0 ? spans[k - 1].end : 0);
    const before = text.slice(from, s.start);
    const given = givenAndParticle(text, s.start, from);
    if (given >= 0) {
      out ??= [...spans];
      out[k] = { ...s, start: given };
      continue;
    }
    const capital = capitalParticles(text, from, before);
    if (capital) {
      out ??= [...spans];
      out[k] = { ...s, start: s.start - capital };
      continue;
    }
    const particles = PARTICLES_BEFORE.exec(before);
    if (!particles) continue;
    const particleStart = s.start - particles[1].length;
    // Any particle after a given name, when a verb of speech follows the name: "Pieter du Toit said".
    const germanicGiven = givenBeforeGermanic(text, particleStart, particles[1], from, SPEECH_AFTER.test(text.slice(s.end, s.end + VERB_AFTER_LENGTH)));
    const givenName = germanicGiven >= 0 ? germanicGiven : givenBeforeRomance(text, particleStart, particles[1]);
    if (givenName < 0 && NOT_AFTER.test(before.slice(0, particles.index + particles[0].length - particles[1].length))) continue;
    out ??= [...spans];
    out[k] = { ...s, start: givenName >= 0 ? givenName : particleStart };
  }
  return out ?? [...spans];
}

/** A surname opened by a lower-case Arabic particle and a hyphen: "el-Guindy", "al-Sadr", "bin-Laden". */
const HYPHEN_PARTICLE_SURNAME = /^(?:el|al|ul|ad|ash|as|at|az|bin|ben|abu|ibn)-\p{Lu}[\p{L}\p{M}'’-]*$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

/**
 * Person spans (sorted, apart) with the later mentions of a surname that opens with a lower-case
 * particle and a hyphen ("Ashraf el-Guindy" ... "el-Guindy is more hopeful") added as the person:
 * the model, reading a lower-case word, finds nothing there, and the article's other mentions of
 * surnames are capitalised words that this shape never is.
 */
export function withHyphenParticleSurnames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let surnames: Set<string> | null = null;
  for (const s of spans) {
    if (s.type !== 'person') continue;
    const space = text.lastIndexOf(' ', s.end - 1);
    // The last word starts in lower case: one character rules out most names.
    const c = text.charCodeAt(space + 1);
    if (space <= s.start || c < 97 || c > 122) continue;
    const last = text.slice(space + 1, s.end);
    if (HYPHEN_PARTICLE_SURNAME.test(last)) (surnames ??= new Set()).add(last);
  }
  if (!surnames) return spans as NamedSpan[];
  const added: NamedSpan[] = [];
  for (const name of surnames) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '') || spans.some((s) => s.start < end && at < s.end)) continue;
      added.push({ type: 'person', start: at, end });
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : (spans as NamedSpan[]);
}

/**
 * Faroese and Icelandic surnames taken from a farm or a place, opened by a lower-case preposition:
 * "Hákun í Lágabø", "Eyðun á Ryggi", "Jóan við Á". English never writes these prepositions, so
 * where one stands between a capitalised given name and a capitalised word, and the model read a
 * person on either side, the three words are one person's name.
 */
const NORDIC_PARTICLES = ['í', 'á', 'við'];
/** The capitalised word after such a particle: the farm or place ("Lágabø", "Ryggi"). */
const FARM_AFTER = /^\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}\p{N}'’-])/u;

/** Person spans (sorted, apart) joined over a Faroese or Icelandic particle; see above. */
export function withNordicParticles(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (const particle of NORDIC_PARTICLES) {
    // The particle searched for without its spaces: a search that opens on a space, the commonest character, is slow.
    for (let p = text.indexOf(particle); p >= 0; p = text.indexOf(particle, p + 1)) {
      const at = p - 1;
      const after = p + particle.length;
      if (text[at] !== ' ' || text[after] !== ' ') continue;
      const given = wordBefore(text, p, true);
      const farm = FARM_AFTER.exec(text.slice(after + 1, after + 31));
      if (!given || !farm || !GIVEN_WORD.test(given.word) || STOP.has(given.word) || isTitleWord(given.word) || PLACES.has(given.word)) continue;
      const start = given.start;
      const end = after + 1 + farm[0].length;
      const list: readonly NamedSpan[] = out ?? spans;
      const inside = list.filter((s) => s.start < end && start < s.end);
      // A person read on one side, and no other name reaching out of the three words.
      if (!inside.some((s) => s.type === 'person') || inside.some((s) => s.start < start || s.end > end)) continue;
      out = [...list.filter((s) => s.end <= start || s.start >= end), { type: 'person' as const, start, end }].sort((a, b) => a.start - b.start);
    }
  }
  return out ?? (spans as NamedSpan[]);
}
