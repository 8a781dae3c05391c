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
