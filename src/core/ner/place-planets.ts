import type { NamedSpan } from './index';
import { withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { LETTER } from './whole-words';

/**
 * The planets are places ("rovers on Mars", "the alignment of Earth and Mars"), but their names are
 * also a company's, a god's, a singer's or a tennis player's, so the model leaves most of them out.
 * In an article about space (a rover, an orbit, a space agency) a planet's name standing alone is the
 * planet; one inside a longer name is not ("Bruno Mars", "Project Mercury", "Mars Express").
 */

/** The planets and the dwarf planet Pluto. */
export const PLANETS = ['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto'];
/**
 * Words that tell an article about space, whole words ("orbit" is not "exorbitant", "ESA" not
 * "RESALE"); not "planet", which astrology uses too ("planetary afflictions").
 */
const SPACE_WORDS = /(?<![\p{L}])(?:rovers?|orbit(?:s|ed|ing|al|er|ers)?|spacecraft|landers?|astronauts?|telescopes?|asteroids?|Martian|NASA|ESA|[Ss]pace [Aa]gency|solar system)(?![\p{L}])/u;
/** What may follow a planet standing alone: no letter, hyphen or digit, and no capitalised word after a space. */
const ALONE_AFTER = /^(?![\p{L}\p{N}-]|[ \t]\p{Lu})/u;
/** A capitalised word and a space right before a planet's name: "Bruno ", "Project ". */
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*[ \t]$/u;

/**
 * The planets named in `text`, when it is about space; none for most articles, which name no planet.
 * Read once for both readings of an article: the search for the words of space runs over the whole text.
 */
const planetsIn = lastTextMemo((text: string): string[] => {
  const named = PLANETS.filter((p) => text.includes(p));
  return named.length && SPACE_WORDS.test(text) ? named : [];
});

/** Spans (sorted, apart) with the planets of an article about space as places; see the file's comment. */
export function withPlanets(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const planets = planetsIn(text);
  if (!planets.length) return spans as NamedSpan[];
  const out = [...spans];
  const added: NamedSpan[] = [];
  for (const planet of planets) {
    for (let at = text.indexOf(planet); at >= 0; at = text.indexOf(planet, at + planet.length)) {
      const end = at + planet.length;
      if ((at > 0 && LETTER.test(text[at - 1])) || !ALONE_AFTER.test(text.slice(end, end + 2)) || NAME_BEFORE.test(text.slice(Math.max(0, at - 30), at))) continue;
      const over = out.findIndex((s) => s.start < end && at < s.end);
      if (over < 0) added.push({ type: 'place', start: at, end });
      else if (out[over].start === at && out[over].end === end) out[over] = { ...out[over], type: 'place' };
    }
  }
  return withAdded(out, added);
}
