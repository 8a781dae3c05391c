import { addLeftPairFeatures, addListFeature, addListShapeFeature, addNeighbourFeatures, addOwnFeatures, addPositionFeature, addRightPairFeatures, type ClusterLookup, domainCopy, type FeatureSink, MAX_WORD_ID, NEIGHBOUR_OFFSETS, type WordInfo, wordAt, wordCacheGeneration, wordInfo } from './features';
import { NUM_LABELS } from './sequence-model';

const L = NUM_LABELS;

/** The weights of a model that label scores are made of. */
export interface WeightTable {
  /** Quantised weights, `L` per feature bucket. */
  weights: Int8Array;
  /** Bucket mask (table size - 1). */
  mask: number;
  /** The scale that turns summed 8-bit weights into scores. */
  scale: number;
  /** The corpus whose feature copies are used (0: none). */
  domain: number;
  clusterOf?: ClusterLookup;
}

/** Rows of a word's cached sums: its own features, at a sentence start or not, then as each neighbour. */
const OWN = 0;
const FIRST = 1;
const NOT_FIRST = 2;
const AS_NEIGHBOUR = 3;
const WORD_ROWS = AS_NEIGHBOUR + NEIGHBOUR_OFFSETS.length;
const LIST_OFFSETS = [-1, 0, 1] as const;
/** Rows of a pair of words' cached sums: as the word before the second word, as the word after the first. */
const AS_LEFT = 0;
const AS_RIGHT = 1;
/** Pairs of words whose sums are kept; beyond it the cache starts afresh (a few MB at most). */
const PAIR_LIMIT = 100_000;

/** Sums the weights of the features added to it into `into`, one entry per label. */
class WeightSum implements FeatureSink {
  readonly into = new Int32Array(L);
  private readonly weights: Int8Array;
  private readonly mask: number;
  private readonly domain: number;
  constructor(table: WeightTable) {
    this.weights = table.weights;
    this.mask = table.mask;
    this.domain = table.domain;
  }
  add(h: number, shared = false): void {
    const { weights, into } = this;
    let base = (h & this.mask) * L;
    for (let y = 0; y < L; y++) into[y] += weights[base + y];
    if (!shared || !this.domain) return;
    base = (domainCopy(h, this.domain) & this.mask) * L;
    for (let y = 0; y < L; y++) into[y] += weights[base + y];
  }
}

/**
 * Label scores of each token of a sentence, the sum of the weights of the features of `features.ts`.
 * Most of those features look at a single word (the token's own, or one neighbour's) or a single list
 * code, so their weights are summed once per distinct word or code and kept; only the features that
 * pair two words are looked up per token. Sums of 8-bit weights are exact, so the order of summing
 * does not change a score.
 */
export class EmissionScorer {
  private readonly hasClusters: boolean;
  private readonly sum: WeightSum;
  private readonly rowSum: WeightSum;
  private readonly listCache = new Map<number, Int16Array>();
  private readonly pairCache = new Map<number, Int16Array>();
  private pairGeneration = -1;
  private out = new Float64Array(64 * L);

  constructor(private readonly table: WeightTable) {
    this.hasClusters = !!table.clusterOf;
    this.sum = new WeightSum(table);
    this.rowSum = new WeightSum(table);
  }

  /**
   * Scores `emissions[i * L + y]` for the tokens `words`, with their name-list codes if the model has
   * lists (only the first `words.length` codes are read). The array returned is reused by the next
   * call and may be longer than `words.length * L`.
   */
  scores(words: readonly string[], listCodes: Int32Array | undefined): Float64Array {
    const n = words.length;
    const info = this.wordInfos(words);
    // Pair sums are kept by word id, and ids start afresh with the word cache.
    if (this.pairGeneration !== wordCacheGeneration()) {
      this.pairCache.clear();
      this.pairGeneration = wordCacheGeneration();
    }
    // Typed arrays are costly to create compared with scoring a short sentence: one buffer serves all.
    if (this.out.length < n * L) this.out = new Float64Array(Math.max(n * L, 2 * this.out.length));
    const { out } = this;
    const { sum } = this;
    const sums = sum.into;
    for (let i = 0; i < n; i++) {
      const w = info[i];
      const own = this.wordSums(w);
      const position = (i === 0 ? FIRST : NOT_FIRST) * L;
      for (let y = 0; y < L; y++) sums[y] = own[OWN * L + y] + own[position + y];
      for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
        const row = this.wordSums(wordAt(info, i + NEIGHBOUR_OFFSETS[k]));
        const at = (AS_NEIGHBOUR + k) * L;
        for (let y = 0; y < L; y++) sums[y] += row[at + y];
      }
      if (listCodes) {
        for (let k = 0; k < LIST_OFFSETS.length; k++) {
          const at = i + LIST_OFFSETS[k];
          const row = this.listSums(at < 0 || at >= n ? -2 : listCodes[at]);
          for (let y = 0; y < L; y++) sums[y] += row[k * L + y];
        }
      }
      const left = this.pairSums(wordAt(info, i - 1), w);
      const right = this.pairSums(w, wordAt(info, i + 1));
      for (let y = 0; y < L; y++) sums[y] += left[AS_LEFT * L + y] + right[AS_RIGHT * L + y];
      if (listCodes) addListShapeFeature(sum, listCodes[i], w);
      for (let y = 0; y < L; y++) out[i * L + y] = sums[y] * this.table.scale;
    }
    return out;
  }

  /** The cached facts of each word, all from one generation of the word cache, so their ids are comparable. */
  private wordInfos(words: readonly string[]): WordInfo[] {
    const generation = wordCacheGeneration();
    const info = words.map((w) => wordInfo(w, this.table.clusterOf));
    // The cache filled up part way: the words looked up before it started afresh are not in it now.
    if (wordCacheGeneration() !== generation) return words.map((w) => wordInfo(w, this.table.clusterOf));
    return info;
  }

  /**
   * The summed weights of the features pairing `a` with the word `b` after it: as `b`'s left pair
   * (row AS_LEFT) and as `a`'s right pair (row AS_RIGHT). A bigram is met twice per occurrence and
   * common ones recur, so they are summed once.
   */
  private pairSums(a: WordInfo, b: WordInfo): Int16Array {
    const key = a.id * (MAX_WORD_ID + 1) + b.id;
    let rows = this.pairCache.get(key);
    if (!rows) {
      if (this.pairCache.size >= PAIR_LIMIT) this.pairCache.clear();
      rows = new Int16Array(2 * L);
      this.collect(rows, AS_LEFT, (f) => addLeftPairFeatures(f, a, b, this.hasClusters));
      this.collect(rows, AS_RIGHT, (f) => addRightPairFeatures(f, a, b, this.hasClusters));
      this.pairCache.set(key, rows);
    }
    return rows;
  }

  /** The summed weights of every feature group that depends on `w` alone, made once per word and model. */
  private wordSums(w: WordInfo): Int16Array {
    if (w.scores && w.scoresOwner === this) return w.scores;
    const rows = new Int16Array(WORD_ROWS * L);
    this.collect(rows, OWN, (f) => addOwnFeatures(f, w, this.hasClusters));
    this.collect(rows, FIRST, (f) => addPositionFeature(f, w, true));
    this.collect(rows, NOT_FIRST, (f) => addPositionFeature(f, w, false));
    NEIGHBOUR_OFFSETS.forEach((offset, k) => this.collect(rows, AS_NEIGHBOUR + k, (f) => addNeighbourFeatures(f, w, offset, this.hasClusters)));
    w.scores = rows;
    w.scoresOwner = this;
    return rows;
  }

  /** The summed weights of the list features of one list code, as the token's own and as each neighbour's. */
  private listSums(code: number): Int16Array {
    let rows = this.listCache.get(code);
    if (!rows) {
      rows = new Int16Array(LIST_OFFSETS.length * L);
      for (let k = 0; k < LIST_OFFSETS.length; k++) {
        const offset = LIST_OFFSETS[k];
        this.collect(rows, k, (f) => addListFeature(f, code, offset));
      }
      this.listCache.set(code, rows);
    }
    return rows;
  }

  /**
   * Sums the weights of the features `add` adds into row `row` of `rows`. A row sums at most a few
   * dozen 8-bit weights, so 16 bits hold it; the sum itself runs in the scorer's 32-bit row.
   */
  private collect(rows: Int16Array, row: number, add: (f: FeatureSink) => void): void {
    // Its own sum: a word's rows are made while a token's scores are being summed.
    const sum = this.rowSum;
    sum.into.fill(0);
    add(sum);
    rows.set(sum.into, row * L);
  }
}
