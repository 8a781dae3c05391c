import type { NamedSpan } from './index';
import type { Token } from './tokenize';
import type { WordClusters } from './word-clusters';

/**
 * Places written in lower case ("flights from mexico", "a hotel in kerala", "moving to san
 * francisco"): forums, e-mail and reviews often leave names uncapitalised, and the model, reading
 * the word's shape, takes them for common words. A run of one to three lower-case words after a
 * word that leads to a place is a place when the name lists hold it capitalised and the word
 * clusters put its words among places: a listed name that is also a common word ("to tame them",
 * "south of walnut", "a cork") sits in a cluster of common words. Such a place leads the next one
 * ("to san francisco california", "between noida and greater noida").
 */

/** Words after which a place is named ("in", "from", "visiting"). */
const PLACE_LEADS = new Set(['in', 'In', 'from', 'From', 'to', 'To', 'of', 'at', 'near', 'between', 'around', 'across', 'into', 'via', 'visit', 'visiting', 'throughout', 'outside']);
/** Leads a verb follows as often as a place ("to bury", "to tame"): a single word after them must be a place at two granularities. */
const VERB_LEADS = new Set(['to', 'To']);
/** Longest lead word in {@link PLACE_LEADS}: longer tokens are passed over unread. */
const LONGEST_LEAD = 10;
/** Longest run of lower-case words tried as one name ("rio de janeiro"). */
const MAX_WORDS = 3;
/** Share of a cluster's words that must be listed places for its words to count as place names. */
const PLACE_SHARE = 0.35;
/** Cluster granularities read, finest last: the coarsest mixes too many kinds of words. */
const FIRST_LEVEL = 2;

/** Whether a token is a whole word of ASCII lower-case letters. */
function isLowerWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return word.length > 1;
}

/**
 * How strongly the clusters put a lower-case word among places: at how many of the finer
 * granularities its cluster holds a {@link PLACE_SHARE} of listed places (0 for a word not
 * clustered). Read from the model's own clusters and lists, so it follows a retrained model; each
 * cluster is judged once, when a word of it is first asked about, so a text with no candidate costs
 * nothing.
 */
export function placeClusterLevels(clusters: WordClusters, isListedPlace: (name: string) => boolean): (word: string) => number {
  const count = clusters.words.size;
  // Per granularity and cluster id: 1 a cluster of places, 0 not, absent not judged yet.
  const judged = new Map<number, number>();
  const isPlaceCluster = (level: number, id: number): number => {
    const key = level * 65536 + id;
    let verdict = judged.get(key);
    if (verdict === undefined) {
      let size = 0;
      let places = 0;
      const base = level * count;
      for (let k = 0; k < count; k++) {
        if (clusters.ids[base + k] !== id) continue;
        size++;
        const word = clusters.words.keyAt(k);
        if (isLowerWord(word) && isListedPlace(word[0].toUpperCase() + word.slice(1))) places++;
      }
      verdict = size > 0 && places >= PLACE_SHARE * size ? 1 : 0;
      judged.set(key, verdict);
    }
    return verdict;
  };
  return (word) => {
    const ids = clusters.lookup(word);
    if (!ids) return 0;
    let levels = 0;
    for (let level = FIRST_LEVEL; level < ids.length; level++) levels += isPlaceCluster(level, ids[level]);
    return levels;
  };
}

/** What most sentences give: one array for all of them. */
const NONE: readonly NamedSpan[] = [];

/** "san francisco" -> "San Francisco". */
function titleCased(words: readonly string[]): string {
  return words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
}

/**
 * The places written in lower case in one sentence's tokens (see the file's comment): `isListedPlace`
 * asks the name lists about a capitalised name, `placeLevels` the clusters about a lower-case word
 * (see {@link placeClusterLevels}).
 */
export function lowerCasePlaces(text: string, tokens: readonly Token[], isListedPlace: (name: string) => boolean, placeLevels: (word: string) => number): readonly NamedSpan[] {
  let out: NamedSpan[] | null = null;
  // The last token of the place found last: a place right after it, or after a comma or "and", is led by it.
  let placeEnd = -1;
  for (let i = 1; i < tokens.length; i++) {
    const lead = tokens[i - 1].text;
    const afterPlace = placeEnd === i - 1 || (placeEnd === i - 2 && (lead === ',' || lead === 'and' || lead === 'or'));
    if (!afterPlace && (lead.length > LONGEST_LEAD || !PLACE_LEADS.has(lead))) continue;
    if (!isLowerWord(tokens[i].text)) continue;
    // A run of lower-case words, each one space from the last.
    let last = i;
    while (last + 1 < tokens.length && last + 1 - i < MAX_WORDS && tokens[last + 1].start === tokens[last].end + 1 && isLowerWord(tokens[last + 1].text)) last++;
    for (; last >= i; last--) {
      // Part of an address or a handle ("in france.fr", "to paris@..."), not a name.
      const after = text.charCodeAt(tokens[last].end);
      if (after === 46 /* . */ ? /[\p{L}\p{N}]/u.test(text[tokens[last].end + 1] ?? '') : after === 64 || after === 47) continue;
      const words = tokens.slice(i, last + 1).map((t) => t.text);
      const levelsNeeded = last === i && VERB_LEADS.has(lead) ? 2 : 1;
      if (isListedPlace(titleCased(words)) && words.some((w) => placeLevels(w) >= levelsNeeded)) break;
    }
    if (last < i) continue;
    (out ??= []).push({ type: 'place', start: tokens[i].start, end: tokens[last].end });
    placeEnd = last;
    i = last;
  }
  return out ?? NONE;
}
