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

/**
 * Whether a word leads to a place named after it ("in", "from", "visiting"): asked of every token,
 * so compared by length and content rather than hashed into a set.
 */
function isPlaceLead(w: string): boolean {
  switch (w.length) {
    case 2:
      return w === 'in' || w === 'to' || w === 'of' || w === 'at' || w === 'In' || w === 'To';
    case 3:
      return w === 'via';
    case 4:
      return w === 'from' || w === 'near' || w === 'into' || w === 'From';
    case 5:
      return w === 'visit';
    case 6:
      return w === 'around' || w === 'across';
    case 7:
      return w === 'between' || w === 'outside';
    case 8:
      return w === 'visiting';
    case 10:
      return w === 'throughout';
    default:
      return false;
  }
}
/**
 * Whether a word is a function word, never part of a place's name ("in the", "of a", "to be"): most
 * words after a lead are, and this spares asking the clusters about them.
 */
function isFunctionWord(w: string): boolean {
  switch (w.length) {
    case 1:
      return w === 'a';
    case 2:
      return w === 'an' || w === 'be' || w === 'it' || w === 'my' || w === 'us' || w === 'me' || w === 'do' || w === 'as' || w === 'by' || w === 'no';
    case 3:
      return w === 'the' || w === 'his' || w === 'her' || w === 'its' || w === 'our' || w === 'him' || w === 'all' || w === 'any' || w === 'who' || w === 'how' || w === 'and' || w === 'for' || w === 'not';
    case 4:
      return w === 'this' || w === 'that' || w === 'them' || w === 'your' || w === 'some' || w === 'each' || w === 'what' || w === 'make' || w === 'have' || w === 'with';
    case 5:
      return w === 'their' || w === 'these' || w === 'those' || w === 'which' || w === 'every';
    default:
      return false;
  }
}
/** Whether the lead is one a verb follows as often as a place ("to bury", "to tame"): a single word after it must be a place at two granularities. */
const isVerbLead = (lead: string): boolean => lead === 'to' || lead === 'To';
/** Longest run of lower-case words tried as one name ("rio de janeiro"). */
const MAX_WORDS = 3;
/** Share of a cluster's words that must be listed places for its words to count as place names. */
const PLACE_SHARE = 0.35;
/** How many words' answers {@link placeClusterLevels} keeps. */
const MAX_KNOWN = 100_000;
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
  // Per granularity, the words of each cluster: word indices by cluster id, and where each id's run
  // starts. Made on first use, so judging a cluster reads its own words, not the whole table.
  let members: { order: Uint32Array; starts: Uint32Array }[] | null = null;
  const membersOf = (): { order: Uint32Array; starts: Uint32Array }[] => {
    const out: { order: Uint32Array; starts: Uint32Array }[] = [];
    for (let level = 0; level < clusters.levels; level++) {
      const base = level * count;
      const starts = new Uint32Array(65537);
      for (let k = 0; k < count; k++) starts[clusters.ids[base + k] + 1]++;
      for (let id = 0; id < 65536; id++) starts[id + 1] += starts[id];
      const next = starts.slice(0, 65536);
      const order = new Uint32Array(count);
      for (let k = 0; k < count; k++) order[next[clusters.ids[base + k]]++] = k;
      out.push({ order, starts });
    }
    return out;
  };
  // Per granularity and cluster id: 1 a cluster of places, 0 not, absent not judged yet.
  const judged = new Map<number, number>();
  const isPlaceCluster = (level: number, id: number): number => {
    const key = level * 65536 + id;
    let verdict = judged.get(key);
    if (verdict === undefined) {
      members ??= membersOf();
      const { order, starts } = members[level];
      let places = 0;
      for (let at = starts[id]; at < starts[id + 1]; at++) {
        const word = clusters.words.keyAt(order[at]);
        if (isLowerWord(word) && isListedPlace(word[0].toUpperCase() + word.slice(1))) places++;
      }
      const size = starts[id + 1] - starts[id];
      verdict = size > 0 && places >= PLACE_SHARE * size ? 1 : 0;
      judged.set(key, verdict);
    }
    return verdict;
  };
  // The answers so far: the words after "in", "of" and "to" are mostly the same few ("the", "a").
  const known = new Map<string, number>();
  return (word) => {
    let levels = known.get(word);
    if (levels !== undefined) return levels;
    levels = 0;
    const k = clusters.words.indexOf(word);
    if (k >= 0) for (let level = FIRST_LEVEL; level < clusters.levels; level++) levels += isPlaceCluster(level, clusters.ids[level * count + k]);
    // Kept within bounds over a long session of many texts.
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(word, levels);
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
    if (!afterPlace && !isPlaceLead(lead)) continue;
    if (!isLowerWord(tokens[i].text)) continue;
    // A run of lower-case words, each one space from the last.
    let last = i;
    while (last + 1 < tokens.length && last + 1 - i < MAX_WORDS && tokens[last + 1].start === tokens[last].end + 1 && isLowerWord(tokens[last + 1].text)) last++;
    // The clusters first (their answers are remembered): most runs ("the", "a new") hold no word of a place's.
    let placeWord = -1;
    for (let k = i; k <= last; k++) if (!isFunctionWord(tokens[k].text) && placeLevels(tokens[k].text) >= 1) placeWord = k;
    if (placeWord < 0) continue;
    for (; last >= i; last--) {
      // Part of an address or a handle ("in france.fr", "to paris@..."), not a name.
      const after = text.charCodeAt(tokens[last].end);
      if (after === 46 /* . */ ? /[\p{L}\p{N}]/u.test(text[tokens[last].end + 1] ?? '') : after === 64 || after === 47) continue;
      const words = tokens.slice(i, last + 1).map((t) => t.text);
      const levelsNeeded = last === i && isVerbLead(lead) ? 2 : 1;
      if (words.some((w) => placeLevels(w) >= levelsNeeded) && isListedPlace(titleCased(words))) break;
    }
    if (last < i) continue;
    (out ??= []).push({ type: 'place', start: tokens[i].start, end: tokens[last].end });
    placeEnd = last;
    i = last;
  }
  return out ?? NONE;
}
