import type { NamedSpan } from './index';

/**
 * The people of a place named after it ("Tarabans", "Iowans", "Lagosians", "Londoners"), which the
 * model takes for a person's name when the place is small: a word that is a place's name and an
 * ending for its people, the place being named in the article or in the lists, names no one.
 */

/** Endings that make the people of a place: Taraba-ns, Ohio-ans, Lagos-ians, London-ers, Brooklyn-ites, Pakistan-is, Iowa-n. */
const ENDINGS = ['ns', 'ans', 'ians', 'ers', 'ites', 'is', 'n'];
/** The shortest place's name an ending is read after: "Ada" + "ns" is the surname "Adans". */
const SHORTEST = 4;

/**
 * The places `word` may name the people of: "Taraba" of "Tarabans", "Texas" of "Texans"; `listed`
 * tells the plural ones, which may be read from the lists ("Iowan" of "Iowa", "Baron" of "Baro" may not).
 */
function placesOf(word: string): Array<{ stem: string; listed: boolean }> {
  const out: Array<{ stem: string; listed: boolean }> = [];
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < SHORTEST) continue;
    const stem = word.slice(0, -ending.length);
    const listed = ending.endsWith('s');
    out.push({ stem, listed }, { stem: `${stem}s`, listed });
  }
  return out;
}

/**
 * Spans (sorted, apart) without the single words that name the people of a place the article names
 * ("Tarabans" beside "Taraba State") or the lists know (`isListedPlace`).
 */
export function withoutPlaceDemonyms(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  let places: Set<string> | undefined;
  const dropped = (s: NamedSpan): boolean => {
    if (s.type === 'place' || s.end - s.start < SHORTEST + 1) return false;
    const c = text.charCodeAt(s.end - 1);
    // Most names end in neither "s" nor "n": one character ends the test for them.
    if (c !== 115 && c !== 110) return false;
    const name = text.slice(s.start, s.end);
    if (name.includes(' ')) return false;
    const stems = placesOf(name);
    if (!stems.length) return false;
    places ??= placeWordsOf(text, spans);
    return stems.some(({ stem, listed }) => places!.has(stem) || (listed && isListedPlace(stem)));
  };
  const out = spans.filter((s) => !dropped(s));
  return out.length === spans.length ? (spans as NamedSpan[]) : out;
}

/** The first words of the article's places: "Taraba" of "Taraba State", "Lagos". */
function placeWordsOf(text: string, spans: readonly NamedSpan[]): Set<string> {
  const words = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'place') continue;
    const name = text.slice(s.start, s.end);
    const space = name.indexOf(' ');
    words.add(space < 0 ? name : name.slice(0, space));
  }
  return words;
}
