import { isTitleWord, PLACES, STOP } from './rule-tagger';
import { wordBefore } from './word-before';
import type { NamedSpan } from './index';

/**
 * A surname with its particle, written alone after the first mention: "von Ahlefeldt said", "told
 * de Luca", "dos Santos scored". The model reads the particle as an ordinary lower-case word and
 * leaves it out; a reader keeps it, as the surname is "von Ahlefeldt", not "Ahlefeldt".
 */

/** One or two particles right before a name, after a word boundary ("von ", "van der ", "de la "). */
const PARTICLES_BEFORE = /(?:^|[\s("“‘'])((?:(?:von|van|de|der|den|du|da|di|del|della|dos|das|ter|zu|la|le)[ \t]+){1,2})$/u;
/**
 * Words after which a lower-case "van", "de" or "la" is the language's own word, not a particle, and
 * a capitalised word, which makes the particles the inside of a longer name ("Sciences de la Santé").
 */
const NOT_AFTER = /(?:^|\s)(?:(?:the|a|an|this|that|his|her|their|our|my|your)|\p{Lu}[\p{L}\p{M}.'’-]*)[ \t]+$/u;
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

/** Capitalised particles that open a surname inside a full name: "Le" of "Jean-Marie Le Pen", "Van" of "Dick Van Dyke". */
const CAPITAL_PARTICLES = new Set(['Le', 'La', 'De', 'Del', 'Della', 'Van', 'Von', 'Da', 'Das', 'Dos', 'Di', 'Du', 'Ter', 'Ten']);
/** The capitalised word after such a particle: the rest of the surname ("Pen", "Dyke"). */
const SURNAME_AFTER = /^ \p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}\p{N}])/u;

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

/** Person spans (sorted, apart) widened over the particles written right before them. */
export function withSurnameParticles(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
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
    if (!particles || NOT_AFTER.test(before.slice(0, particles.index + particles[0].length - particles[1].length))) continue;
    out ??= [...spans];
    out[k] = { ...s, start: s.start - particles[1].length };
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
