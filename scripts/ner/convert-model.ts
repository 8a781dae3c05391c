/**
 * `tsx scripts/ner/convert-model.ts [in] [out]`: rewrites a model file of the previous format (BYL3:
 * word clusters as a newline-joined word list, name lists as text) in the current one, with the same
 * weights, transitions, clusters and name lists, so the tagger's results do not change. Both default
 * to data/ner/model.bin. Checks that the weights and transitions came through byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Gazetteer } from '../../src/core/ner/gazetteer';
import { decodeModel, encodeModel } from '../../src/core/ner/model-file';
import type { ClusterTable } from '../../src/core/ner/word-clusters';

const HEADER = 20;

interface OldModel {
  hashBits: number;
  labels: number;
  scale: number;
  domain: number;
  transitions: Float32Array;
  weights: Int8Array;
  clusters: ClusterTable;
  gazetteer: Gazetteer;
}

/** BYL3: header, f32 transitions, i8 weights, u32 words, u32 bytes, u32 levels, words joined by newlines, u16 ids per level, u32 bytes, `category<TAB>name` lines. */
function readOld(bytes: Uint8Array): OldModel {
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== 'BYL3') throw new Error('not a BYL3 model');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hashBits = view.getUint32(4, true);
  const labels = view.getUint32(8, true);
  const tLen = (labels + 1) * labels;
  const transitions = new Float32Array(tLen);
  for (let i = 0; i < tLen; i++) transitions[i] = view.getFloat32(HEADER + i * 4, true);
  const weightsAt = HEADER + tLen * 4;
  const weights = new Int8Array(bytes.slice(weightsAt, weightsAt + (1 << hashBits) * labels).buffer);
  let at = weightsAt + weights.length;
  const count = view.getUint32(at, true);
  const length = view.getUint32(at + 4, true);
  const levels = view.getUint32(at + 8, true);
  const words = count ? new TextDecoder().decode(bytes.subarray(at + 12, at + 12 + length)).split('\n') : [];
  at += 12 + length;
  const ids: number[][] = [];
  for (let level = 0; level < levels; level++) {
    ids.push(Array.from({ length: count }, (_, i) => view.getUint16(at + i * 2, true)));
    at += count * 2;
  }
  const gazLength = view.getUint32(at, true);
  if (bytes.length !== at + 4 + gazLength) throw new Error('BYL3 model has the wrong size');
  const gazetteer = Gazetteer.parse(new TextDecoder().decode(bytes.subarray(at + 4)));
  return { hashBits, labels, scale: view.getFloat32(12, true), domain: view.getUint32(16, true), transitions, weights, clusters: { words, ids }, gazetteer };
}

function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function main(): void {
  const model = path.join(__dirname, '..', '..', 'data', 'ner', 'model.bin');
  const input = path.resolve(process.argv[2] ?? model);
  const output = path.resolve(process.argv[3] ?? input);
  const before = readFileSync(input);
  const old = readOld(new Uint8Array(before));
  const bytes = encodeModel(old.hashBits, old.scale, old.transitions, old.weights, old.clusters, old.gazetteer.size ? old.gazetteer : undefined, old.domain);
  const check = decodeModel(bytes);
  if (!same(check.weights, old.weights) || !same(check.transitions, old.transitions) || check.scale !== old.scale || check.domain !== old.domain) throw new Error('convert: weights did not come through unchanged');
  if ((check.clusters?.words.size ?? 0) !== new Set(old.clusters.words).size || (check.gazetteer?.size ?? 0) !== old.gazetteer.size) throw new Error('convert: word or name count changed');
  writeFileSync(output, bytes);
  console.log(`convert: wrote ${output} (${(bytes.length / 1e6).toFixed(2)} MB; the BYL3 file was ${(before.length / 1e6).toFixed(2)} MB)`);
}

main();
