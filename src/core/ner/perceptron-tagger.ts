import type { TextRange } from '../model/types';
import { EmissionScorer } from './emissions';
import { type ClusterLookup, LABELS, type Lexicon } from './features';
import { GAZ, Gazetteer, type GazetteerMatch } from './gazetteer';
import type { NamedSpan, Tagger } from './index';
import { propagate } from './document-consistency';
import { organisationPhrases } from './org-patterns';
import { refineSpans } from './refine-spans';
import { STOP } from './rule-tagger';
import { NUM_LABELS, viterbi } from './sequence-model';
import { type Token, tokenize } from './tokenize';

const MAGIC = 'BYL3';
const HEADER = 20;
const TYPES = { PER: 'person', LOC: 'place', ORG: 'organization' } as const;

/** A model file is malformed or of another version. */
export class ModelError extends Error {
  constructor(
    /** `format`: not a Byline model or another version; `size`: truncated or padded. */
    readonly code: 'format' | 'size',
    message: string,
  ) {
    super(`byline model: ${message}`);
    this.name = 'ModelError';
  }
}

interface Model {
  mask: number;
  scale: number;
  transitions: Float32Array;
  weights: Int8Array;
  domain: number;
  lexicon: Lexicon;
}

/** Word clusters as stored in a model: the words, and one id array per granularity. */
export interface ClusterTable {
  words: string[];
  ids: number[][];
}

/**
 * Layout: "BYL3", u32 hash bits, u32 label count, f32 scale, u32 target corpus (the per-corpus
 * feature copy used when tagging; 0 for none), f32 transitions[(L+1)*L],
 * i8 weights[2^bits * L], then the cluster table: u32 word count, u32 byte length, u32 granularity
 * count, the words as UTF-8 joined by newlines, and per granularity u16 ids[word count]; then the
 * gazetteer: u32 byte length and its text form (`category<TAB>name` lines, UTF-8).
 */
export function encodeModel(hashBits: number, scale: number, transitions: Float32Array, weights: Int8Array, clusters?: ClusterTable, gazetteer?: Gazetteer, domain = 0): Uint8Array {
  const header = HEADER + transitions.byteLength;
  const words = new TextEncoder().encode((clusters?.words ?? []).join('\n'));
  const count = clusters?.words.length ?? 0;
  const levels = clusters?.ids.length ?? 0;
  const clusterBytes = 12 + words.length + levels * count * 2;
  const gaz = new TextEncoder().encode(gazetteer?.serialize() ?? '');
  const out = new Uint8Array(header + weights.byteLength + clusterBytes + 4 + gaz.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, hashBits, true);
  view.setUint32(8, NUM_LABELS, true);
  view.setFloat32(12, scale, true);
  view.setUint32(16, domain, true);
  out.set(new Uint8Array(transitions.buffer, transitions.byteOffset, transitions.byteLength), HEADER);
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
  view.setUint32(at, gaz.length, true);
  out.set(gaz, at + 4);
  return out;
}

function decodeLexicon(bytes: Uint8Array, view: DataView, at: number): Lexicon {
  const count = view.getUint32(at, true);
  const length = view.getUint32(at + 4, true);
  const levels = view.getUint32(at + 8, true);
  const gazAt = at + 12 + length + levels * count * 2;
  if (levels > 8 || bytes.length < gazAt + 4) throw new ModelError('size', 'cluster table has the wrong size');
  const gazLength = view.getUint32(gazAt, true);
  if (bytes.length !== gazAt + 4 + gazLength) throw new ModelError('size', `gazetteer has the wrong size (file is ${bytes.length} bytes, expected ${gazAt + 4 + gazLength})`);
  const gazetteer = gazLength ? Gazetteer.parse(new TextDecoder().decode(bytes.subarray(gazAt + 4, gazAt + 4 + gazLength))) : undefined;
  return { clusterOf: decodeClusters(bytes, view, at, count, length, levels), gazetteer };
}

function decodeClusters(bytes: Uint8Array, view: DataView, at: number, count: number, length: number, levels: number): ClusterLookup | undefined {
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
  if (bytes.length < HEADER || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new ModelError('format', `not a Byline model of this version (expected it to start with ${MAGIC})`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bits = view.getUint32(4, true);
  const labels = view.getUint32(8, true);
  if (labels !== NUM_LABELS) throw new ModelError('format', `model has ${labels} labels, this version expects ${NUM_LABELS}`);
  if (bits < 10 || bits > 24) throw new ModelError('format', `unsupported table size 2^${bits}`);
  const tLen = (labels + 1) * labels;
  const weightsEnd = HEADER + tLen * 4 + (1 << bits) * labels;
  if (bytes.length < weightsEnd + 12) throw new ModelError('size', `size ${bytes.length} bytes, expected more than ${weightsEnd + 12}`);
  const copy = bytes.slice(HEADER, HEADER + tLen * 4);
  return {
    mask: (1 << bits) - 1,
    scale: view.getFloat32(12, true),
    transitions: new Float32Array(copy.buffer, 0, tLen),
    weights: new Int8Array(bytes.buffer, bytes.byteOffset + HEADER + tLen * 4, (1 << bits) * labels),
    domain: view.getUint32(16, true),
    lexicon: decodeLexicon(bytes, view, weightsEnd),
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

const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LETTER_FIRST = /^\p{L}/u;
const LETTER = /\p{L}/u;

const PLACE_BITS = GAZ.country | GAZ.city | GAZ.region;
const ORG_BITS = GAZ.organization | GAZ.agency;

/**
 * Multi-word names from the lists ("Organization for Security and Co-operation in Europe", "South
 * Caucasus") replace model spans that cut across them; a longer model span around one stands
 * ("United States Navy"). A single listed word fills a gap only where the model found nothing there
 * and the word looks like a name (capitalised), also first in its sentence ("Xinhua reports ...").
 */
function overrideWithLists(tokens: Token[], spans: NamedSpan[], matches: GazetteerMatch[]): NamedSpan[] {
  let out = spans;
  for (const m of matches) {
    const type: NamedSpan['type'] | null = m.bits & ORG_BITS && !(m.bits & PLACE_BITS) ? 'organization' : m.bits & PLACE_BITS && !(m.bits & ORG_BITS) ? 'place' : null;
    if (!type) continue;
    const start = tokens[m.first].start;
    const end = tokens[m.last].end;
    if (m.first === m.last) {
      if (!out.some((s) => s.start < end && start < s.end) && /^\p{Lu}[\p{Ll}.-]|^\p{Lu}{2,}$/u.test(tokens[m.first].text)) out = [...out, { type, start, end }].sort((a, b) => a.start - b.start);
      continue;
    }
    if (out.some((s) => s.start <= start && s.end >= end && s.end - s.start > end - start)) continue;
    out = [...out.filter((s) => s.end <= start || s.start >= end), { type, start, end }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A word in title case ("Over"), not in capitals ("TO"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** Words a title-case headline leaves in lower case. */
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'for', 'so', 'yet', 'to', 'of', 'in', 'on', 'at', 'by', 'as', 'up', 'with', 'from', 'into', 'over', 'amid', 'after', 'vs', 'via', 'per', 'is', 'are']);

/**
 * Five or more words, all capitalised but for short function words, with at least one function
 * word after the first (lower case, or capitalised as some styles do: "... Governor Over Land
 * Scandal"), and no closing full stop ("Putin Urges Post-Soviet Allies to Support Embattled
 * Armenian PM"). A run of names with no function word (a signature line) is not a headline.
 */
function isHeadline(tokens: Token[]): boolean {
  let words = 0;
  let functionWords = 0;
  for (const t of tokens) {
    if (!LETTER_FIRST.test(t.text)) continue;
    if (LOWER_FIRST.test(t.text)) {
      if (!HEADLINE_LOWER.has(t.text)) return false;
      functionWords++;
    } else if (words > 0 && TITLE_CASE.test(t.text) && HEADLINE_LOWER.has(t.text.toLowerCase())) functionWords++;
    words++;
  }
  return words >= 5 && functionWords > 0 && tokens[tokens.length - 1].text !== '.';
}

/** Builds a tagger from model bytes; the model is checked here, so a bad file fails at load. */
export function createTagger(bytes: Uint8Array): Tagger {
  const model = decodeModel(bytes);
  const scorer = new EmissionScorer({ ...model, clusterOf: model.lexicon.clusterOf });
  // The name-list codes of the sentence being tagged, one buffer for all sentences.
  let listCodes = new Int32Array(256);
  return {
    find(text: string, regions: readonly TextRange[]): NamedSpan[] {
      const sentences = tokenize(text, regions);
      const gazetteer = model.lexicon.gazetteer;
      const spans: NamedSpan[] = [];
      for (const tokens of sentences) {
        if (!tokens.some((t) => UPPER_FIRST.test(t.text))) continue;
        const words = tokens.map((t) => t.text);
        const matches = gazetteer?.matches(words) ?? [];
        if (gazetteer && listCodes.length < words.length) listCodes = new Int32Array(2 * words.length);
        const path = viterbi(scorer.scores(words, gazetteer?.matchTokens(words, matches, listCodes)), tokens.length, model.transitions);
        const found: NamedSpan[] = [];
        for (const s of spansOf(tokens, path)) {
          // Capitalised function words are never names on their own.
          const name = text.slice(s.start, s.end);
          if (!STOP.has(name) && LETTER.test(name)) found.push(s);
        }
        // A title-case headline capitalises every word, so there only listed names count; names
        // found in the body are added back to it by document consistency below.
        if (isHeadline(tokens)) {
          spans.push(...overrideWithLists(tokens, [], matches));
          continue;
        }
        const named = overrideWithLists(tokens, found, matches);
        for (const o of organisationPhrases(tokens)) if (!named.some((s) => s.start < o.end && o.start < s.end)) named.push(o);
        spans.push(...named);
      }
      spans.sort((a, b) => a.start - b.start);
      const refined = refineSpans(text, propagate(text, sentences, refineSpans(text, spans, gazetteer)), gazetteer);
      // Joining the parts of a name must never reach across the text between two regions.
      return refined.filter((s) => regions.some((r) => s.start >= r.start && s.end <= r.end));
    },
  };
}
