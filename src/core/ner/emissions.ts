import { addLeftPairFeatures, addListFeature, addListShapeFeature, addNeighbourFeatures, addOwnFeatures, addPositionFeature, addRightPairFeatures, type ClusterLookup, domainCopy, type FeatureSink, NEIGHBOUR_OFFSETS, type WordInfo, wordAt, wordCacheGeneration, wordInfo } from './features';
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
/** The list-and-shape feature of the word in no list (code -1, see `addListShapeFeature`). */
const UNLISTED_SHAPE = AS_NEIGHBOUR + NEIGHBOUR_OFFSETS.length;
const WORD_ROWS = UNLISTED_SHAPE + 1;
/** The list code of a token in no list. */
const NO_LIST = -1;
const LIST_OFFSETS = [-1, 0, 1] as const;
/**
 * Name-list codes run from -2 (beyond the sentence) and -1 (no list) to 4 * 255 + 3 (category bits
 * and position, see `GazetteerTable.matchTokens`): their rows are kept in an array by code + 2, read
 * three times per token, where a `Map` would hash each code.
 */
const LIST_SLOTS = 4 * 256 + 2;
/** Rows of a pair of words' cached sums: as the word before the second word, as the word after the first. */
const AS_LEFT = 0;
const AS_RIGHT = 1;
/** Pairs of words whose sums are kept; beyond it the cache starts afresh (a few MB at most). */
const PAIR_LIMIT = 1 << 17;
/** Pairs the table holds at first; it doubles as more are met, up to `PAIR_LIMIT`. */
const PAIR_START = 1 << 12;

/**
 * The summed weights of pairs of words, kept by the pair's word ids in typed arrays: an open-addressing
 * table of slots (twice as many as pairs, so probes stay short) over rows stored one after another.
 * A `Map` keyed by both ids would need keys beyond small integers, which it hashes slowly.
 */
class PairTable {
  /** Per pair: the ids of its first and second word. */
  private ids = new Int32Array(2 * PAIR_START);
  /** Per slot: the pair's index + 1, or 0 when empty. */
  private slots = new Int32Array(2 * PAIR_START);
  /** `2 * L` sums per pair (see `AS_LEFT`, `AS_RIGHT`). */
  rows = new Int16Array(PAIR_START * 2 * L);
  private count = 0;

  /** Forgets every pair. */
  clear(): void {
    this.slots.fill(0);
    this.count = 0;
  }

  /** Index of the pair (`a`, `b`), or -1. */
  find(a: number, b: number): number {
    const { slots, ids } = this;
    const mask = slots.length - 1;
    for (let s = pairHash(a, b) & mask; ; s = (s + 1) & mask) {
      const entry = slots[s];
      if (entry === 0) return -1;
      if (ids[2 * entry - 2] === a && ids[2 * entry - 1] === b) return entry - 1;
    }
  }

  /** Index of a new pair (`a`, `b`), not in the table, whose rows are to be filled; the table starts afresh when full. */
  add(a: number, b: number): number {
    if (this.count * 2 >= this.slots.length) {
      if (this.count >= PAIR_LIMIT) this.clear();
      else this.grow();
    }
    const k = this.count++;
    this.ids[2 * k] = a;
    this.ids[2 * k + 1] = b;
    this.place(k);
    return k;
  }

  private place(k: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    let s = pairHash(this.ids[2 * k], this.ids[2 * k + 1]) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k + 1;
  }

  private grow(): void {
    const size = this.slots.length;
    const ids = new Int32Array(2 * size);
    ids.set(this.ids);
    this.ids = ids;
    const rows = new Int16Array(size * 2 * L);
    rows.set(this.rows);
    this.rows = rows;
    this.slots = new Int32Array(2 * size);
    for (let k = 0; k < this.count; k++) this.place(k);
  }
}

/** Spreads a pair of word ids over the table's slots. */
function pairHash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 13);
}

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
  private readonly listRows = new Array<Int16Array | undefined>(LIST_SLOTS).fill(undefined);
  /** Rows of codes beyond `LIST_SLOTS`, which the lists do not make. */
  private readonly listCache = new Map<number, Int16Array>();
  private readonly pairs = new PairTable();
  private pairGeneration = -1;
  private out = new Float64Array(64 * L);
  /** Per token of the sentence being scored, its word rows, two padding rows on either side (see `scores`). */
  private readonly tokenRows: Int16Array[] = [];
  /** Per token of the sentence being scored, its list code's rows, one padding row on either side. */
  private readonly tokenLists: Int16Array[] = [];

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
      this.pairs.clear();
      this.pairGeneration = wordCacheGeneration();
    }
    // Typed arrays are costly to create compared with scoring a short sentence: one buffer serves all.
    if (this.out.length < n * L) this.out = new Float64Array(Math.max(n * L, 2 * this.out.length));
    const { out } = this;
    const { sum } = this;
    const sums = sum.into;
    const scale = this.table.scale;
    // Each token's word rows and list rows, found once: every token reads its neighbours' too.
    const rows = this.tokenRows;
    // Filled in order, so the arrays stay packed.
    const padRows = this.wordSums(wordAt(info, -1));
    rows[0] = padRows;
    rows[1] = padRows;
    for (let i = 0; i < n; i++) rows[i + 2] = this.wordSums(info[i]);
    rows[n + 2] = padRows;
    rows[n + 3] = padRows;
    const lists = this.tokenLists;
    if (listCodes) {
      const beyond = this.listSums(-2);
      lists[0] = beyond;
      for (let i = 0; i < n; i++) lists[i + 1] = this.listSums(listCodes[i]);
      lists[n + 1] = beyond;
    }
    // The pair of the token before and the token now, found for the token before.
    let left = -1;
    for (let i = 0; i < n; i++) {
      const w = info[i];
      const own = rows[i + 2];
      const position = (i === 0 ? FIRST : NOT_FIRST) * L;
      for (let y = 0; y < L; y++) sums[y] = own[OWN * L + y] + own[position + y];
      for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
        const row = rows[i + 2 + NEIGHBOUR_OFFSETS[k]];
        const at = (AS_NEIGHBOUR + k) * L;
        for (let y = 0; y < L; y++) sums[y] += row[at + y];
      }
      if (listCodes) {
        for (let k = 0; k < LIST_OFFSETS.length; k++) {
          const row = lists[i + 1 + LIST_OFFSETS[k]];
          for (let y = 0; y < L; y++) sums[y] += row[k * L + y];
        }
      }
      // A token's pair with the word before is the one the token before made with it: looked up once.
      // Rows are read right after each lookup, as the next one may move them or start the table afresh.
      const leftAt = (left < 0 ? this.pairSums(wordAt(info, i - 1), w) : left) * 2 * L + AS_LEFT * L;
      let pairRows = this.pairs.rows;
      for (let y = 0; y < L; y++) sums[y] += pairRows[leftAt + y];
      left = this.pairSums(w, wordAt(info, i + 1));
      const rightAt = left * 2 * L + AS_RIGHT * L;
      pairRows = this.pairs.rows;
      for (let y = 0; y < L; y++) sums[y] += pairRows[rightAt + y];
      if (listCodes) {
        // Most tokens are in no list: their list-and-shape weights are kept with the word's rows.
        if (listCodes[i] === NO_LIST) for (let y = 0; y < L; y++) sums[y] += own[UNLISTED_SHAPE * L + y];
        else addListShapeFeature(sum, listCodes[i], w);
      }
      for (let y = 0; y < L; y++) out[i * L + y] = sums[y] * scale;
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
   * The index in the pair table of the summed weights of the features pairing `a` with the word `b`
   * after it: as `b`'s left pair (row AS_LEFT) and as `a`'s right pair (row AS_RIGHT). Common
   * bigrams recur, so they are summed once.
   */
  private pairSums(a: WordInfo, b: WordInfo): number {
    let k = this.pairs.find(a.id, b.id);
    if (k < 0) {
      k = this.pairs.add(a.id, b.id);
      const rows = this.pairs.rows;
      this.collect(rows, 2 * k + AS_LEFT, (f) => addLeftPairFeatures(f, a, b, this.hasClusters));
      this.collect(rows, 2 * k + AS_RIGHT, (f) => addRightPairFeatures(f, a, b, this.hasClusters));
    }
    return k;
  }

  /** The summed weights of every feature group that depends on `w` alone, made once per word and model. */
  private wordSums(w: WordInfo): Int16Array {
    if (w.scores && w.scoresOwner === this) return w.scores;
    const rows = new Int16Array(WORD_ROWS * L);
    this.collect(rows, OWN, (f) => addOwnFeatures(f, w, this.hasClusters));
    this.collect(rows, FIRST, (f) => addPositionFeature(f, w, true));
    this.collect(rows, NOT_FIRST, (f) => addPositionFeature(f, w, false));
    NEIGHBOUR_OFFSETS.forEach((offset, k) => this.collect(rows, AS_NEIGHBOUR + k, (f) => addNeighbourFeatures(f, w, offset, this.hasClusters)));
    this.collect(rows, UNLISTED_SHAPE, (f) => addListShapeFeature(f, NO_LIST, w));
    w.scores = rows;
    w.scoresOwner = this;
    return rows;
  }

  /** The summed weights of the list features of one list code, as the token's own and as each neighbour's. */
  private listSums(code: number): Int16Array {
    const slot = code + 2;
    const inSlots = slot >= 0 && slot < LIST_SLOTS;
    let rows = inSlots ? this.listRows[slot] : this.listCache.get(code);
    if (!rows) {
      rows = new Int16Array(LIST_OFFSETS.length * L);
      for (let k = 0; k < LIST_OFFSETS.length; k++) {
        const offset = LIST_OFFSETS[k];
        this.collect(rows, k, (f) => addListFeature(f, code, offset));
      }
      if (inSlots) this.listRows[slot] = rows;
      else this.listCache.set(code, rows);
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
