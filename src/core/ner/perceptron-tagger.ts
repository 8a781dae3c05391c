import type { TextRange } from '../model/types';
import { type ClusterLookup, LABELS, sentenceFeatures } from './features';
import type { NamedSpan, Tagger } from './index';
import { refineSpans } from './refine-spans';
import { createRuleTagger, DEMONYMS, STOP } from './rule-tagger';
import { NUM_LABELS, viterbi } from './sequence-model';
import { type Token, tokenize } from './tokenize';

const MAGIC = 'BYL2';
const TYPES = { PER: 'person', LOC: 'place', ORG: 'organization' } as const;

/** A model file is malformed or of another version. */
export class ModelError extends Error {
  constructor(message: string) {
    super(`byline model: ${message}`);
  }
}

interface Model {
  mask: number;
  scale: number;
  transitions: Float32Array;
  weights: Int8Array;
  clusterOf: ClusterLookup | undefined;
}

/** Word clusters as stored in a model: the words, and one id array per granularity. */
export interface ClusterTable {
  words: string[];
  ids: number[][];
}

/**
 * Layout: "BYL2", u32 hash bits, u32 label count, f32 scale, f32 transitions[(L+1)*L],
 * i8 weights[2^bits * L], then the cluster table: u32 word count, u32 byte length, the words as
 * UTF-8 joined by newlines, and per granularity u16 ids[word count].
 */
export function encodeModel(hashBits: number, scale: number, transitions: Float32Array, weights: Int8Array, clusters?: ClusterTable): Uint8Array {
  const header = 16 + transitions.byteLength;
  const words = new TextEncoder().encode((clusters?.words ?? []).join('\n'));
  const count = clusters?.words.length ?? 0;
  const levels = clusters?.ids.length ?? 0;
  const clusterBytes = 12 + words.length + levels * count * 2;
  const out = new Uint8Array(header + weights.byteLength + clusterBytes);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, hashBits, true);
  view.setUint32(8, NUM_LABELS, true);
  view.setFloat32(12, scale, true);
  out.set(new Uint8Array(transitions.buffer, transitions.byteOffset, transitions.byteLength), 16);
  out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength), header);
  let at = header + weights.byteLength;
  view.setUint32(at, count, true);
  view.setUint32(at + 4, words.length, true);
  view.setUint32(at + 8, levels, true);
  out.set(words, at + 12);
  at += 12 + words.length;
  for (const ids of clusters?.ids ?? []) {
    for (let i = 0; i < count; i++) view.setUint16(at + i * 2, ids[i], true);
    at += count * 2;
  }
  return out;
}

function decodeClusters(bytes: Uint8Array, view: DataView, at: number): ClusterLookup | undefined {
  const count = view.getUint32(at, true);
  const length = view.getUint32(at + 4, true);
  const levels = view.getUint32(at + 8, true);
  if (bytes.length !== at + 12 + length + levels * count * 2) throw new ModelError('cluster table has the wrong size');
  if (count === 0) return undefined;
  const words = new TextDecoder().decode(bytes.subarray(at + 12, at + 12 + length)).split('\n');
  const index = new Map<string, readonly number[]>();
  let base = at + 12 + length;
  const ids: number[][] = [];
  for (let level = 0; level < levels; level++) {
    const row: number[] = new Array(count);
    for (let i = 0; i < count; i++) row[i] = view.getUint16(base + i * 2, true);
    ids.push(row);
    base += count * 2;
  }
  words.forEach((w, i) => index.set(w, ids.map((row) => row[i])));
  return (w) => index.get(w);
}

function decodeModel(bytes: Uint8Array): Model {
  if (bytes.length < 16 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new ModelError('not a Byline model (bad magic)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bits = view.getUint32(4, true);
  const labels = view.getUint32(8, true);
  if (labels !== NUM_LABELS) throw new ModelError(`model has ${labels} labels, this version expects ${NUM_LABELS}`);
  if (bits < 10 || bits > 24) throw new ModelError(`unsupported table size 2^${bits}`);
  const tLen = (labels + 1) * labels;
  const weightsEnd = 16 + tLen * 4 + (1 << bits) * labels;
  if (bytes.length < weightsEnd + 12) throw new ModelError(`size ${bytes.length} bytes, expected more than ${weightsEnd + 12}`);
  const copy = bytes.slice(16, 16 + tLen * 4);
  return {
    mask: (1 << bits) - 1,
    scale: view.getFloat32(12, true),
    transitions: new Float32Array(copy.buffer, 0, tLen),
    weights: new Int8Array(bytes.buffer, bytes.byteOffset + 16 + tLen * 4, (1 << bits) * labels),
    clusterOf: decodeClusters(bytes, view, weightsEnd),
  };
}

/** Label scores of each token, from the hashed features. */
export function emissionsOf(features: Uint32Array[], mask: number, weightAt: (index: number) => number): Float64Array {
  const L = NUM_LABELS;
  const scores = new Float64Array(features.length * L);
  for (let i = 0; i < features.length; i++) {
    for (const h of features[i]) {
      const base = (h & mask) * L;
      for (let y = 0; y < L; y++) scores[i * L + y] += weightAt(base + y);
    }
  }
  return scores;
}

function spansOf(tokens: Token[], path: Int8Array): NamedSpan[] {
  const spans: NamedSpan[] = [];
  let open: NamedSpan | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const label = LABELS[path[i]];
    if (label.startsWith('I-') && open) {
      open.end = tokens[i].end;
      continue;
    }
    if (open) spans.push(open);
    open = label.startsWith('B-') ? { type: TYPES[label.slice(2) as keyof typeof TYPES], start: tokens[i].start, end: tokens[i].end } : null;
  }
  if (open) spans.push(open);
  return spans;
}

/** Whole-name matches of names already found, at mentions the model missed (document consistency). */
function propagate(text: string, sentences: Token[][], spans: NamedSpan[]): NamedSpan[] {
  const names = new Map<string, NamedSpan['type']>();
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    names.set(name, s.type);
    // A person's surname alone refers to them later in the article.
    if (s.type === 'person') {
      const parts = name.split(/\s+/u);
      if (parts.length > 1 && !names.has(parts[parts.length - 1])) names.set(parts[parts.length - 1], 'person');
    }
  }
  if (names.size === 0) return spans;
  const longest = Math.min(5, Math.max(...[...names.keys()].map((n) => n.split(/\s+/u).length + 1)));
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const added: NamedSpan[] = [];
  let next = 0;
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}/u.test(tokens[i].text)) continue;
      // Skip tokens inside a name the model found (spans and tokens are both in text order).
      while (next < sorted.length && sorted[next].end <= tokens[i].start) next++;
      if (next < sorted.length && sorted[next].start < tokens[i].end) continue;
      for (let k = Math.min(tokens.length, i + longest); k > i; k--) {
        const start = tokens[i].start;
        const end = tokens[k - 1].end;
        if (next < sorted.length && sorted[next].start < end) continue;
        const type = names.get(text.slice(start, end));
        if (type) {
          added.push({ type, start, end });
          i = k - 1;
          break;
        }
      }
    }
  }
  return added.length ? [...spans, ...added].sort((a, b) => a.start - b.start) : spans;
}

/** Builds a tagger from model bytes; the model is checked here, so a bad file fails at load. */
export function createTagger(bytes: Uint8Array): Tagger {
  const model = decodeModel(bytes);
  const weightAt = (index: number) => model.weights[index] * model.scale;
  const rules = createRuleTagger();
  return {
    find(text: string, regions: readonly TextRange[]): NamedSpan[] {
      const sentences = tokenize(text, regions);
      const spans: NamedSpan[] = [];
      for (const tokens of sentences) {
        if (!tokens.some((t) => /^\p{Lu}/u.test(t.text))) continue;
        const features = sentenceFeatures(tokens.map((t) => t.text), model.clusterOf);
        const path = viterbi(emissionsOf(features, model.mask, weightAt), tokens.length, model.transitions);
        for (const s of spansOf(tokens, path)) {
          const name = text.slice(s.start, s.end);
          // Nationality adjectives and capitalised function words are never names on their own.
          if (DEMONYMS.has(name) || STOP.has(name) || !/\p{L}/u.test(name)) continue;
          spans.push(s);
        }
      }
      // Names the rules are sure of (gazetteer organisations and places, "... Organization") fill gaps
      // the model left; where both found something, the model's span stands.
      for (const r of rules.find(text, regions)) {
        if (process.env.NORULES !== '1' && r.type !== 'person' && !spans.some((s) => s.start < r.end && r.start < s.end)) spans.push(r);
      }
      spans.sort((a, b) => a.start - b.start);
      return refineSpans(text, propagate(text, sentences, refineSpans(text, spans)));
    },
  };
}
