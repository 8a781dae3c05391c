import { DEMONYMS, ORG_WORDS, ORGS, PLACES, STOP, TITLES } from './rule-tagger';

/** Labels of the sequence model, in model order. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export type Label = (typeof LABELS)[number];

/** Cluster ids of a lower-cased word at each granularity (k = 64, 256, 1024), if it is known. */
export type ClusterLookup = (lowerWord: string) => readonly number[] | undefined;

/** FNV-1a, 32 bits: a fast, stable hash for feature strings. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** "Pashinyan" -> "Xxxxx" collapsed to "Xx"; "U.S." -> "X.X."; "2,000" -> "d,d". */
export function shapeOf(word: string, collapse: boolean): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
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
interface WordInfo {
  word: number;
  shape: number;
  shapeFull: number;
  affixes: number[];
  gazetteer: number;
  clusters: number[];
  hyphenTail: number;
}

const PAD: WordInfo = { word: 1, shape: 2, shapeFull: 3, affixes: [], gazetteer: 4, clusters: [5, 5, 5], hyphenTail: 0 };
const UNKNOWN_CLUSTER = 0x7fffffff;
const cache = new Map<string, WordInfo>();
const CACHE_LIMIT = 200_000;

function wordInfo(word: string, clusterOf: ClusterLookup | undefined): WordInfo {
  const known = cache.get(word);
  if (known) return known;
  const lower = word.toLowerCase();
  const clusters = clusterOf?.(lower);
  const info: WordInfo = {
    word: hashString(lower),
    shape: hashString(shapeOf(word, true)),
    shapeFull: hashString(shapeOf(word, false)),
    affixes: [lower.slice(0, 1), lower.slice(0, 2), lower.slice(0, 3), lower.slice(-1), lower.slice(-2), lower.slice(-3), lower.slice(-4)].map(hashString),
    gazetteer: hashString(gazetteerTag(word)),
    clusters: clusters ? [clusters[0], clusters[1], clusters[2]] : [UNKNOWN_CLUSTER, UNKNOWN_CLUSTER, UNKNOWN_CLUSTER],
    hyphenTail: word.length > 1 && word.includes('-') ? hashString(lower.split('-').pop() ?? '') : 0,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, info);
  return info;
}

/**
 * The feature hashes of every token of a sentence (before masking to the model's table size).
 * Training and tagging share this function, so they see exactly the same features. Each feature is
 * a template number mixed with the hashes of the words it looks at: integer work only, per token.
 */
export function sentenceFeatures(words: readonly string[], clusterOf?: ClusterLookup): Uint32Array[] {
  const n = words.length;
  // Cluster ids are only meaningful with this model's clusters, so the cache is keyed by the lookup.
  if (clusterOf !== lastLookup) {
    cache.clear();
    lastLookup = clusterOf;
  }
  const info = words.map((w) => wordInfo(w, clusterOf));
  const at = (i: number) => (i < 0 || i >= n ? PAD : info[i]);
  const out: Uint32Array[] = [];
  for (let i = 0; i < n; i++) {
    const w = info[i];
    const prev = at(i - 1);
    const next = at(i + 1);
    const f = new Uint32Array(clusterOf ? 34 : 27);
    let k = 0;
    f[k++] = mix(1, 0);
    f[k++] = mix(2, w.word);
    f[k++] = mix(3, w.shapeFull);
    f[k++] = mix(4, w.shape);
    for (let a = 0; a < 7; a++) f[k++] = mix(5 + a, w.affixes[a]);
    f[k++] = mix(12, prev.word);
    f[k++] = mix(13, next.word);
    f[k++] = mix(14, at(i - 2).word);
    f[k++] = mix(15, at(i + 2).word);
    f[k++] = mix(16, prev.shape);
    f[k++] = mix(17, next.shape);
    f[k++] = mix(mix(18, prev.shape), w.shape);
    f[k++] = mix(mix(19, w.shape), next.shape);
    f[k++] = mix(mix(20, prev.word), w.word);
    f[k++] = mix(mix(21, w.word), next.word);
    f[k++] = mix(mix(22, i === 0 ? 1 : 0), w.shape);
    f[k++] = mix(23, w.gazetteer);
    f[k++] = mix(24, prev.gazetteer);
    f[k++] = mix(25, next.gazetteer);
    f[k++] = mix(mix(26, prev.gazetteer), w.shape);
    f[k++] = mix(27, w.hyphenTail);
    if (clusterOf) {
      // Word clusters generalise to names never seen in training ("Pashinyan" near "Putin").
      f[k++] = mix(28, w.clusters[0]);
      f[k++] = mix(29, w.clusters[1]);
      f[k++] = mix(30, w.clusters[2]);
      f[k++] = mix(31, prev.clusters[1]);
      f[k++] = mix(32, next.clusters[1]);
      f[k++] = mix(mix(33, w.clusters[2]), w.shape);
      f[k++] = mix(mix(34, prev.clusters[1]), w.clusters[1]);
    }
    out.push(f);
  }
  return out;
}

let lastLookup: ClusterLookup | undefined;
