import { addLeftPairFeatures, addListFeature, addListShapeFeature, addNeighbourFeatures, addOwnFeatures, addPositionFeature, addRightPairFeatures, type ClusterLookup, domainCopy, type FeatureSink, wordCacheGeneration, wordId, wordInfoById } from './features';
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

/**
 * Rows of a word's cached sums: its own features with those of its place (first in the sentence or
 * not), then as the word two places before a token and two places after it. A word's features as the
 * word right before or after a token are kept with the pair of the two words (see `pairSums`).
 */
const OWN_FIRST = 0;
const OWN_LATER = 1;
const AS_SECOND_BEFORE = 2;
const AS_SECOND_AFTER = 3;
/** The list-and-shape feature of the word in no list (code -1, see `addListShapeFeature`). */
const UNLISTED_SHAPE = 4;
const WORD_ROWS = UNLISTED_SHAPE + 1;
/** The list code of a token in no list. */
const NO_LIST = -1;
/** No list code: the code of a word's list-and-shape row before one is made. */
const NO_CODE = -0x80000000;
const LIST_OFFSETS = [-1, 0, 1] as const;
/**
 * Name-list codes run from -2 (beyond the sentence) and -1 (no list) to 4 * 255 + 3 (category bits
 * and position, see `GazetteerTable.matchTokens`): their rows are kept in an array by code + 2, read
 * three times per token, where a `Map` would hash each code.
 */
const LIST_SLOTS = 4 * 256 + 2;
/**
 * Rows of a pair of words' cached sums: the second word's features that look at the first (the
 * pair's and the first word's as the word before), and the first word's that look at the second.
 */
const AS_LEFT = 0;
const AS_RIGHT = 1;
/** Pairs of words whose sums are kept; beyond it the cache starts afresh before the next sentence (a few MB at most). */
const PAIR_LIMIT = 1 << 17;
/** Words whose rows the scorer holds at first; it doubles as more are met, up to the word cache's size. */
const WORD_START = 1 << 12;
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

  /** Number of pairs held. */
  get size(): number {
    return this.count;
  }

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

  /**
   * Index of a new pair (`a`, `b`), not in the table, whose rows are to be filled. The table grows
   * (its rows move); it never forgets pairs here, so the indices found for a sentence stay valid.
   */
  add(a: number, b: number): number {
    if (this.count * 2 >= this.slots.length) this.grow();
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
  private readonly rowSum: WeightSum;
  private readonly listRows = new Array<Int16Array | undefined>(LIST_SLOTS).fill(undefined);
  /** Rows of codes beyond `LIST_SLOTS`, which the lists do not make. */
  private readonly listCache = new Map<number, Int16Array>();
  private readonly pairs = new PairTable();
  /** The generation of the word cache whose ids the pair table and the word rows are kept by. */
  private generation = -1;
  /**
   * `WORD_ROWS * L` sums per word id, one buffer for all words: one typed array per word would cost an
   * allocation each and scatter the rows a sentence reads. `wordReady[id]` tells which are filled.
   */
  private wordRows = new Int16Array(WORD_START * WORD_ROWS * L);
  private wordReady = new Uint8Array(WORD_START);
  /**
   * Per word id, the list-and-shape row of the word in the list code `listedCode[id]` (`NO_CODE`:
   * none yet): a listed word ("Moscow") is most often in the same list wherever it stands.
   */
  private listedRows = new Int16Array(WORD_START * L);
  private listedCode = new Int32Array(WORD_START).fill(NO_CODE);
  private out = new Float64Array(64 * L);
  /** The word ids of the sentence being scored. */
  private tokenIds = new Int32Array(64);
  /** Per token of the sentence being scored, the start of its word rows, two padding words on either side (see `scores`). */
  private tokenRows = new Int32Array(68);
  /** Per token of the sentence being scored, its list code's rows, one padding row on either side. */
  private readonly tokenLists: Int16Array[] = [];
  /** Per pair of neighbouring tokens of the sentence, padding words included, its index in the pair table. */
  private tokenPairs = new Int32Array(64);
  /** The list rows of a model without lists, and the list-and-shape row of a model without lists. */
  private readonly noLists = new Int16Array(LIST_OFFSETS.length * L);

  constructor(private readonly table: WeightTable) {
    this.hasClusters = !!table.clusterOf;
    this.rowSum = new WeightSum(table);
  }

  /**
   * Scores `emissions[i * L + y]` for the tokens `words`, with their name-list codes if the model has
   * lists (only the first `words.length` codes are read). The array returned is reused by the next
   * call and may be longer than `words.length * L`.
   */
  scores(words: readonly string[], listCodes: Int32Array | undefined): Float64Array {
    const n = words.length;
    // Typed arrays are costly to create compared with scoring a short sentence: one buffer serves all.
    if (this.out.length < n * L) this.out = new Float64Array(Math.max(n * L, 2 * this.out.length));
    if (this.tokenPairs.length < n + 1) this.tokenPairs = new Int32Array(Math.max(n + 1, 2 * this.tokenPairs.length));
    if (this.tokenIds.length < n) this.tokenIds = new Int32Array(Math.max(n, 2 * this.tokenIds.length));
    if (this.tokenRows.length < n + 4) this.tokenRows = new Int32Array(Math.max(n + 4, 2 * this.tokenRows.length));
    const ids = this.wordIds(words);
    // Pair sums and word rows are kept by word id, and ids start afresh with the word cache.
    if (this.generation !== wordCacheGeneration()) {
      this.pairs.clear();
      this.wordReady.fill(0);
      this.listedCode.fill(NO_CODE);
      this.generation = wordCacheGeneration();
    }
    // The pair table starts afresh only between sentences, so every pair index below stays valid.
    if (this.pairs.size + n + 1 > PAIR_LIMIT) this.pairs.clear();
    const { out, tokenPairs, tokenRows } = this;
    const scale = this.table.scale;
    // Each token's word rows, list rows and pairs, found once: every token reads its neighbours' too.
    const padAt = this.wordSums(0);
    tokenRows[0] = padAt;
    tokenRows[1] = padAt;
    for (let i = 0; i < n; i++) tokenRows[i + 2] = this.wordSums(ids[i]);
    tokenRows[n + 2] = padAt;
    tokenRows[n + 3] = padAt;
    const lists = this.tokenLists;
    const beyond = listCodes ? this.listSums(-2) : this.noLists;
    lists[0] = beyond;
    for (let i = 0; i < n; i++) lists[i + 1] = listCodes ? this.listSums(listCodes[i]) : this.noLists;
    lists[n + 1] = beyond;
    // Pair k is token k - 1 with token k: the left pair of token k and the right pair of token k - 1.
    for (let k = 0; k <= n; k++) tokenPairs[k] = this.pairSums(k > 0 ? ids[k - 1] : 0, k < n ? ids[k] : 0);
    // Read after every row is made: adding one may have moved the rows.
    const pairRows = this.pairs.rows;
    const { wordRows, listedRows } = this;
    for (let i = 0; i < n; i++) {
      const ownAt = tokenRows[i + 2] + (i === 0 ? OWN_FIRST : OWN_LATER) * L;
      const beforeAt = tokenRows[i] + AS_SECOND_BEFORE * L;
      const afterAt = tokenRows[i + 4] + AS_SECOND_AFTER * L;
      const listBefore = lists[i];
      const list = lists[i + 1];
      const listAfter = lists[i + 2];
      const leftAt = tokenPairs[i] * 2 * L + AS_LEFT * L;
      const rightAt = tokenPairs[i + 1] * 2 * L + AS_RIGHT * L;
      // Most tokens are in no list: their list-and-shape weights are kept with the word's rows.
      let shape: Int16Array = this.noLists;
      let shapeAt = 0;
      if (listCodes && listCodes[i] === NO_LIST) {
        shape = wordRows;
        shapeAt = tokenRows[i + 2] + UNLISTED_SHAPE * L;
      } else if (listCodes) {
        // Made here, not beforehand: the same word may stand in two lists in one sentence.
        this.listedShapeSums(ids[i], listCodes[i]);
        shape = listedRows;
        shapeAt = ids[i] * L;
      }
      // Every group's sum in one expression: the rows are 16-bit, the sums exact small integers.
      for (let y = 0; y < L; y++) {
        out[i * L + y] =
          (wordRows[ownAt + y] + wordRows[beforeAt + y] + wordRows[afterAt + y] + listBefore[y] + list[L + y] + listAfter[2 * L + y] + pairRows[leftAt + y] + pairRows[rightAt + y] + shape[shapeAt + y]) * scale;
      }
    }
    return out;
  }

  /** The cached word ids of `words`, all from one generation of the word cache, so they are comparable. */
  private wordIds(words: readonly string[]): Int32Array {
    const { tokenIds } = this;
    const clusterOf = this.table.clusterOf;
    const generation = wordCacheGeneration();
    for (let i = 0; i < words.length; i++) tokenIds[i] = wordId(words[i], clusterOf);
    // The cache filled up part way: the words looked up before it started afresh are not in it now.
    if (wordCacheGeneration() !== generation) for (let i = 0; i < words.length; i++) tokenIds[i] = wordId(words[i], clusterOf);
    return tokenIds;
  }

  /**
   * The index in the pair table of the summed weights of the features of the word `b` that look at
   * `a` right before it (row AS_LEFT: the pair's features and `a`'s as the word before), and of `a`'s
   * that look at `b` (row AS_RIGHT), by word id (0: the padding word). Common bigrams recur, so they
   * are summed once.
   */
  private pairSums(aId: number, bId: number): number {
    let k = this.pairs.find(aId, bId);
    if (k < 0) {
      k = this.pairs.add(aId, bId);
      const rows = this.pairs.rows;
      const a = wordInfoById(aId);
      const b = wordInfoById(bId);
      this.collect(rows, 2 * k + AS_LEFT, (f) => {
        addLeftPairFeatures(f, a, b, this.hasClusters);
        addNeighbourFeatures(f, a, -1, this.hasClusters);
      });
      this.collect(rows, 2 * k + AS_RIGHT, (f) => {
        addRightPairFeatures(f, a, b, this.hasClusters);
        addNeighbourFeatures(f, b, 1, this.hasClusters);
      });
    }
    return k;
  }

  /**
   * Where the summed weights of the feature groups that depend on the word with id `id` alone start in
   * `wordRows`, made once per word and model.
   */
  private wordSums(id: number): number {
    const at = id * WORD_ROWS * L;
    if (id < this.wordReady.length && this.wordReady[id]) return at;
    if (id >= this.wordReady.length) this.growWords(id);
    const w = wordInfoById(id);
    const rows = this.wordRows;
    const row = id * WORD_ROWS;
    for (const [offset, first] of [
      [OWN_FIRST, true],
      [OWN_LATER, false],
    ] as const) {
      this.collect(rows, row + offset, (f) => {
        addOwnFeatures(f, w, this.hasClusters);
        addPositionFeature(f, w, first);
      });
    }
    this.collect(rows, row + AS_SECOND_BEFORE, (f) => addNeighbourFeatures(f, w, -2, this.hasClusters));
    this.collect(rows, row + AS_SECOND_AFTER, (f) => addNeighbourFeatures(f, w, 2, this.hasClusters));
    this.collect(rows, row + UNLISTED_SHAPE, (f) => addListShapeFeature(f, NO_LIST, w));
    this.wordReady[id] = 1;
    return at;
  }

  /** Fills `listedRows` for the word with id `id` in the list code `code`, unless it holds that code's row already. */
  private listedShapeSums(id: number, code: number): void {
    if (this.listedCode[id] === code) return;
    const w = wordInfoById(id);
    this.collect(this.listedRows, id, (f) => addListShapeFeature(f, code, w));
    this.listedCode[id] = code;
  }

  /** Makes room in the word rows for the id `id`. */
  private growWords(id: number): void {
    const size = Math.max(id + 1, 2 * this.wordReady.length);
    const ready = new Uint8Array(size);
    ready.set(this.wordReady);
    this.wordReady = ready;
    const rows = new Int16Array(size * WORD_ROWS * L);
    rows.set(this.wordRows);
    this.wordRows = rows;
    const listed = new Int16Array(size * L);
    listed.set(this.listedRows);
    this.listedRows = listed;
    const codes = new Int32Array(size).fill(NO_CODE);
    codes.set(this.listedCode);
    this.listedCode = codes;
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
    const sum = this.rowSum;
    sum.into.fill(0);
    add(sum);
    rows.set(sum.into, row * L);
  }
}
