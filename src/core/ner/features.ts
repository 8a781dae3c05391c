import type { GazetteerLookup } from './gazetteer';
import { DEMONYMS, ORG_WORDS, ORGS, PLACES, STOP, TITLES } from './rule-tagger';
import { StringIds } from './string-ids';
import { fnv1a } from './string-table';

/** Labels of the sequence model, in model order. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type Label = (typeof LABELS)[number];

/** Cluster ids of a lower-cased word at each granularity (k = 64, 256, 1024), if it is known. */
export type ClusterLookup = (lowerWord: string) => readonly number[] | undefined;

/** What a model knows beyond its weights: word clusters and name lists. */
export interface Lexicon {
  clusterOf?: ClusterLookup;
  gazetteer?: GazetteerLookup;
}

/** FNV-1a, 32 bits (the name lists' hash): a fast, stable hash for feature strings. */
export function hashString(s: string): number {
  return fnv1a(s);
}

// Outside the function: the bundle builds a `\p{...}` pattern written inside one on every call.
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** "Pashinyan" -> "Xxxxx" collapsed to "Xx"; "U.S." -> "X.X."; "2,000" -> "d,d". */
export function shapeOf(word: string, collapse: boolean): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : ch;
    if (collapse && c === last) continue;
    out += c;
    last = c;
    if (out.length >= 8) break;
  }
  return out;
}

function gazetteerTag(word: string): string {
  if (PLACES.has(word)) return 'place';
  if (ORGS.has(word)) return 'org';
  if (DEMONYMS.has(word)) return 'demonym';
  if (TITLES.test(word)) return 'title';
  if (ORG_WORDS.test(word)) return 'orgword';
  if (STOP.has(word)) return 'stop';
  return '';
}

/** Mixes two 32-bit values into a well-spread 32-bit hash (murmur3's finaliser over a combination). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** What a word contributes to features, hashed once per distinct word and cached. */
export interface WordInfo {
  /** Small and unique among the words cached now (see {@link wordCacheGeneration}); 0 for the padding word. */
  id: number;
  word: number;
  shape: number;
  shapeFull: number;
  affixes: number[];
  gazetteer: number;
  clusters: number[];
  hyphenTail: number;
  /** The features that look at this word alone (see `wordFeatures`), for the domain they were made for. */
  own?: Uint32Array;
  ownDomain?: number;
}

/** The cache of a word, empty: every word object starts with all its fields, so they all share one shape and property reads stay fast. */
const NO_CACHE = { own: undefined, ownDomain: -1 };
const PAD: WordInfo = { id: 0, word: 1, shape: 2, shapeFull: 3, affixes: [], gazetteer: 4, clusters: [5, 5, 5, 5, 5], hyphenTail: 0, ...NO_CACHE };
const UNKNOWN_CLUSTER = 0x7fffffff;
/**
 * The id of each cached word, and the word's facts by id. A tagger asks for the ids of every token and
 * keeps its sums by id: finding an id reads no word object, which a tagger then touches only to sum a
 * word or pair it has not met before.
 */
const cache = new StringIds();
const infos: WordInfo[] = [PAD];
const CACHE_LIMIT = 200_000;
let lastLookup: ClusterLookup | undefined;
let generation = 0;
/** Seed of the per-corpus copies of features (see `sentenceFeatures`). */
const DOMAIN_SEED = 0x5bd1e995;

function forgetWords(): void {
  cache.clear();
  infos.length = 1;
  generation++;
}

/**
 * Changes whenever the word cache starts afresh, and with it the words' ids: what is kept by id
 * (a tagger's sums for pairs of words) must then be dropped.
 */
export function wordCacheGeneration(): number {
  return generation;
}

/** The largest word id (the cache's size limit). */
export const MAX_WORD_ID = CACHE_LIMIT;

/** The cached word facts for a lexicon (cluster ids differ between models, so a new lookup resets the cache). */
export function wordInfo(word: string, clusterOf: ClusterLookup | undefined): WordInfo {
  return infos[wordId(word, clusterOf)];
}

/** The id of a word's cached facts for a lexicon (see {@link wordInfo}, {@link wordInfoById}). */
export function wordId(word: string, clusterOf: ClusterLookup | undefined): number {
  if (clusterOf !== lastLookup) {
    forgetWords();
    lastLookup = clusterOf;
  }
  const known = cache.get(word);
  if (known !== 0) return known;
  if (cache.size >= CACHE_LIMIT) forgetWords();
  const lower = word.toLowerCase();
  const clusters = clusterOf?.(lower);
  // The table and `infos` fill in step: the new id is the next index of `infos`.
  const info: WordInfo = {
    id: cache.add(word),
    word: hashString(lower),
    shape: hashString(shapeOf(word, true)),
    shapeFull: hashString(shapeOf(word, false)),
    affixes: [lower.slice(0, 1), lower.slice(0, 2), lower.slice(0, 3), lower.slice(-1), lower.slice(-2), lower.slice(-3), lower.slice(-4)].map(hashString),
    gazetteer: hashString(gazetteerTag(word)),
    clusters: [0, 1, 2, 3, 4].map((level) => clusters?.[level] ?? UNKNOWN_CLUSTER),
    hyphenTail: word.length > 1 && word.includes('-') ? hashString(lower.split('-').pop() ?? '') : 0,
    ...NO_CACHE,
  };
  infos.push(info);
  return info.id;
}

/** The facts of the word with id `id` in the current generation of the cache (0: the padding word). */
export function wordInfoById(id: number): WordInfo {
  return infos[id];
}

/** Features of consecutive tokens in one flat buffer (token i: `hashes[starts[i]..starts[i + 1])`). */
export interface FlatFeatures {
  hashes: Uint32Array;
  starts: Int32Array;
}

/**
 * Where features go: a list of hashes when training, summed label weights when tagging. `shared`
 * features also get a copy specific to the corpus a sentence comes from (see {@link domainCopy}).
 */
export interface FeatureSink {
  add(h: number, shared?: boolean): void;
}

/**
 * The per-corpus copy of a shared feature, so corpora that mark names by different conventions share
 * what they agree on and keep apart what they do not (training: one domain per corpus; tagging: the
 * domain whose conventions the model follows).
 */
export function domainCopy(h: number, domain: number): number {
  return mix(h, DOMAIN_SEED + domain);
}

/** Appends features, each with its per-corpus copy when `shared` and a domain is set. */
class FeatureList implements FeatureSink {
  hashes: Uint32Array;
  k = 0;
  constructor(
    private readonly domain: number,
    capacity: number,
  ) {
    this.hashes = new Uint32Array(capacity);
  }
  add(h: number, shared = false): void {
    if (this.k + 2 > this.hashes.length) {
      const grown = new Uint32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[this.k++] = h;
    if (shared && this.domain) this.hashes[this.k++] = domainCopy(h, this.domain);
  }
}

/**
 * The features of a word on its own (identity, shapes, affixes, word lists, clusters): the same
 * wherever the word stands, so a tagger can sum their weights once per distinct word.
 */
export function addOwnFeatures(f: FeatureSink, w: WordInfo, hasClusters: boolean): void {
  f.add(mix(1, 0), true);
  f.add(mix(2, w.word), true);
  f.add(mix(3, w.shapeFull), true);
  f.add(mix(4, w.shape), true);
  for (let a = 0; a < 7; a++) f.add(mix(5 + a, w.affixes[a]));
  f.add(mix(23, w.gazetteer), true);
  f.add(mix(27, w.hyphenTail));
  if (hasClusters) {
    // Word clusters generalise to names never seen in training ("Pashinyan" near "Putin"); the
    // second k-means start (levels 3, 4) is another view, so one unlucky split matters less.
    f.add(mix(28, w.clusters[0]));
    f.add(mix(29, w.clusters[1]));
    f.add(mix(30, w.clusters[2]), true);
    f.add(mix(mix(33, w.clusters[2]), w.shape));
    f.add(mix(45, w.clusters[3]));
    f.add(mix(46, w.clusters[4]), true);
    f.add(mix(mix(49, w.clusters[4]), w.shape));
  }
}

/** Offsets of the neighbours whose word alone gives a token features (see {@link addNeighbourFeatures}). */
export const NEIGHBOUR_OFFSETS = [-2, -1, 1, 2] as const;
export type NeighbourOffset = (typeof NEIGHBOUR_OFFSETS)[number];

/**
 * The features a token gets from the word `offset` places away, looking at that word alone (its
 * identity, shape, list tag, clusters): the same for every token that word stands beside, so a tagger
 * can sum their weights once per distinct word and offset.
 */
export function addNeighbourFeatures(f: FeatureSink, n: WordInfo, offset: NeighbourOffset, hasClusters: boolean): void {
  // The word after gets the seeds one above those of the word before, so the two sides stay apart.
  const after = offset > 0 ? 1 : 0;
  if (offset === -1 || offset === 1) {
    f.add(mix(12 + after, n.word), true);
    f.add(mix(16 + after, n.shape), true);
    f.add(mix(24 + after, n.gazetteer), true);
    if (hasClusters) {
      f.add(mix(31 + after, n.clusters[1]), true);
      f.add(mix(39 + after, n.clusters[2]));
      f.add(mix(47 + after, n.clusters[4]));
    }
  } else {
    f.add(mix(14 + after, n.word));
    if (hasClusters) f.add(mix(35 + after, n.clusters[0]));
  }
}

/** The feature of a word's shape at the start of a sentence or elsewhere. */
export function addPositionFeature(f: FeatureSink, w: WordInfo, first: boolean): void {
  f.add(mix(mix(22, first ? 1 : 0), w.shape));
}

/**
 * The name-list features of a token that look at one list code alone (see `Gazetteer.matchTokens`;
 * -2 beyond the sentence): the token's own code (offset 0) or a neighbour's.
 */
export function addListFeature(f: FeatureSink, code: number, offset: -1 | 0 | 1): void {
  f.add(mix(offset === 0 ? 41 : offset === -1 ? 42 : 43, code), true);
}

/** The features of a token that pair it with the word before it (bigrams of shapes, words, list tag, clusters). */
export function addLeftPairFeatures(f: FeatureSink, prev: WordInfo, w: WordInfo, hasClusters: boolean): void {
  f.add(mix(mix(18, prev.shape), w.shape), true);
  f.add(mix(mix(20, prev.word), w.word));
  f.add(mix(mix(26, prev.gazetteer), w.shape));
  if (hasClusters) {
    f.add(mix(mix(34, prev.clusters[1]), w.clusters[1]));
    f.add(mix(mix(37, prev.word), w.clusters[2]));
  }
}

/** The features of a token that pair it with the word after it. */
export function addRightPairFeatures(f: FeatureSink, w: WordInfo, next: WordInfo, hasClusters: boolean): void {
  f.add(mix(mix(19, w.shape), next.shape), true);
  f.add(mix(mix(21, w.word), next.word));
  if (hasClusters) f.add(mix(mix(38, w.clusters[1]), next.word));
}

/** The feature pairing a token's list code with its shape. */
export function addListShapeFeature(f: FeatureSink, listCode: number, w: WordInfo): void {
  f.add(mix(mix(44, listCode), w.shape));
}

/**
 * The features that combine a token with its neighbours. Each side depends on one pair of words
 * only, so a tagger can sum a bigram's weights once and use them for both of its words.
 */
export function addPairFeatures(f: FeatureSink, prev: WordInfo, w: WordInfo, next: WordInfo, hasClusters: boolean, listCode: number | undefined): void {
  addLeftPairFeatures(f, prev, w, hasClusters);
  addRightPairFeatures(f, w, next, hasClusters);
  if (listCode !== undefined) addListShapeFeature(f, listCode, w);
}

/** The word facts of token `i`, the padding word beyond either end. */
export function wordAt(info: readonly WordInfo[], i: number): WordInfo {
  return i < 0 || i >= info.length ? PAD : info[i];
}

/** The list code of token `i` (-2 beyond either end). */
function listCodeAt(codes: Int32Array, i: number): number {
  return i < 0 || i >= codes.length ? -2 : codes[i];
}

/** The features of a word on its own, as hashes, cached with the word's facts for `domain`. */
export function wordFeatures(w: WordInfo, hasClusters: boolean, domain: number): Uint32Array {
  if (w.own && w.ownDomain === domain) return w.own;
  const f = new FeatureList(domain, 32);
  addOwnFeatures(f, w, hasClusters);
  w.own = f.hashes.slice(0, f.k);
  w.ownDomain = domain;
  return w.own;
}

/**
 * The features of each token that look at its neighbours or its place in the sentence (context
 * words and shapes, bigrams, list matches, neighbours' clusters).
 */
export function contextFeatures(info: readonly WordInfo[], hasClusters: boolean, domain: number, gaz: Int32Array | undefined): FlatFeatures {
  const n = info.length;
  const f = new FeatureList(domain, n * 48 + 8);
  const starts = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    starts[i] = f.k;
    for (const offset of NEIGHBOUR_OFFSETS) addNeighbourFeatures(f, wordAt(info, i + offset), offset, hasClusters);
    addPositionFeature(f, info[i], i === 0);
    // The name lists as features: the list a word's longest match belongs to and its position in
    // that match, and the same for the neighbours.
    if (gaz) for (const offset of [-1, 0, 1] as const) addListFeature(f, listCodeAt(gaz, i + offset), offset);
    addPairFeatures(f, wordAt(info, i - 1), info[i], wordAt(info, i + 1), hasClusters, gaz ? gaz[i] : undefined);
  }
  starts[n] = f.k;
  return { hashes: f.hashes, starts };
}

/**
 * All feature hashes of every token of a sentence (before masking to the model's table size):
 * the word's own features and its context features. Training uses this; the tagger sums the same
 * features' weights by groups, so it can cache what depends on one word alone.
 */
export function sentenceFeatures(words: readonly string[], lexicon: Lexicon = {}, domain = 0, gazetteerCodes?: Int32Array): Uint32Array[] {
  const info = words.map((w) => wordInfo(w, lexicon.clusterOf));
  const hasClusters = !!lexicon.clusterOf;
  const context = contextFeatures(info, hasClusters, domain, gazetteerCodes ?? lexicon.gazetteer?.matchTokens(words));
  return info.map((w, i) => {
    const own = wordFeatures(w, hasClusters, domain);
    const around = context.hashes.subarray(context.starts[i], context.starts[i + 1]);
    const all = new Uint32Array(own.length + around.length);
    all.set(own);
    all.set(around, own.length);
    return all;
  });
}
