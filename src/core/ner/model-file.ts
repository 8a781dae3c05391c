import type { Gazetteer } from './gazetteer';
import { GazetteerTable } from './gazetteer-table';
import { NUM_LABELS } from './sequence-model';
import { StringTable } from './string-table';
import { type ClusterTable, WordClusters } from './word-clusters';

const MAGIC = 'BYL4';
/** Granularities of word clusters a model may have. */
const MAX_LEVELS = 8;
/** Typed arrays read the platform's byte order; model files are little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A model file is malformed or of another version. */
export class ModelError extends Error {
  constructor(
    /** `format`: not a Byline model or another version; `size`: truncated, padded or a table of impossible size. */
    readonly code: 'format' | 'size',
    message: string,
  ) {
    super(`byline model: ${message}`);
    this.name = 'ModelError';
  }
}

/** A model as the tagger uses it; the large arrays are views of the file's bytes. */
export interface Model {
  mask: number;
  scale: number;
  transitions: Float32Array;
  weights: Int8Array;
  domain: number;
  clusters?: WordClusters;
  gazetteer?: GazetteerTable;
}

/** Appends little-endian numbers and arrays, each array starting on a 4-byte boundary. */
class Writer {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  private numbers(count: number, width: number, set: (view: DataView, at: number, i: number) => void): void {
    const chunk = new Uint8Array(count * width);
    const view = new DataView(chunk.buffer);
    for (let i = 0; i < count; i++) set(view, i * width, i);
    this.push(chunk);
  }

  u32(...values: number[]): void {
    this.numbers(values.length, 4, (v, at, i) => v.setUint32(at, values[i], true));
  }

  f32s(values: Float32Array | readonly number[]): void {
    this.numbers(values.length, 4, (v, at, i) => v.setFloat32(at, values[i], true));
  }

  u32s(values: Uint32Array): void {
    this.numbers(values.length, 4, (v, at, i) => v.setUint32(at, values[i], true));
  }

  u16s(values: Uint16Array): void {
    this.numbers(values.length, 2, (v, at, i) => v.setUint16(at, values[i], true));
    this.align();
  }

  bytes(values: Uint8Array | Int8Array): void {
    this.push(new Uint8Array(values.buffer, values.byteOffset, values.byteLength).slice());
    this.align();
  }

  private align(): void {
    if (this.length % 4) this.push(new Uint8Array(4 - (this.length % 4)));
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** Reads what {@link Writer} wrote: arrays as views of the bytes (copies on a big-endian machine), every size checked. */
class Reader {
  private readonly view: DataView;
  at = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private need(length: number, what: string): void {
    if (this.at + length > this.bytes.length) throw new ModelError('size', `${what} does not fit in the file (${this.bytes.length} bytes)`);
  }

  u32(what: string): number {
    this.need(4, what);
    this.at += 4;
    return this.view.getUint32(this.at - 4, true);
  }

  f32s(count: number, what: string): Float32Array {
    this.need(count * 4, what);
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = this.view.getFloat32(this.at + i * 4, true);
    this.at += count * 4;
    return out;
  }

  u32s(count: number, what: string): Uint32Array {
    this.need(count * 4, what);
    const at = this.at;
    this.at += count * 4;
    if (LITTLE_ENDIAN) return new Uint32Array(this.bytes.buffer, this.bytes.byteOffset + at, count);
    return Uint32Array.from({ length: count }, (_, i) => this.view.getUint32(at + i * 4, true));
  }

  u16s(count: number, what: string): Uint16Array {
    this.need(count * 2, what);
    const at = this.at;
    this.at += count * 2;
    this.align();
    if (LITTLE_ENDIAN) return new Uint16Array(this.bytes.buffer, this.bytes.byteOffset + at, count);
    return Uint16Array.from({ length: count }, (_, i) => this.view.getUint16(at + i * 2, true));
  }

  bytes8(count: number, what: string): Uint8Array {
    this.need(count, what);
    const out = this.bytes.subarray(this.at, this.at + count);
    this.at += count;
    this.align();
    return out;
  }

  private align(): void {
    this.at += (4 - (this.at % 4)) % 4;
  }
}

function writeStrings(w: Writer, table: StringTable): void {
  const { hashes, offsets, slots, blob } = table.arrays;
  w.u32(hashes.length, slots.length, blob.length);
  w.u32s(hashes);
  w.u32s(offsets);
  w.u32s(slots);
  w.bytes(blob);
}

function readStrings(r: Reader, what: string): StringTable {
  const count = r.u32(what);
  const slotCount = r.u32(what);
  const blobLength = r.u32(what);
  // A power of two with an empty slot left, so probing ends.
  if (slotCount <= count || (slotCount & (slotCount - 1)) !== 0) throw new ModelError('size', `${what}: ${slotCount} slots for ${count} keys`);
  const hashes = r.u32s(count, what);
  const offsets = r.u32s(count + 1, what);
  const slots = r.u32s(slotCount, what);
  const blob = r.bytes8(blobLength, what);
  if (offsets[0] !== 0 || offsets[count] !== blobLength) throw new ModelError('size', `${what}: the keys do not fill their ${blobLength} bytes`);
  return new StringTable({ hashes, offsets, slots, blob });
}

/**
 * Layout (little-endian; every array starts on a 4-byte boundary): "BYL4", u32 hash bits, u32 label
 * count, f32 scale, u32 target corpus (the per-corpus feature copy used when tagging; 0 for none),
 * f32 transitions[(L+1)*L], i8 weights[2^bits * L]; the word clusters: u32 levels, a string table of
 * the words, u16 ids[levels][words]; the name lists: u32 longest name in tokens, u32 names, a string
 * table of the names and their prefixes, u16 value[keys] (category bits, prefix and first-token
 * flags). A string table: u32 keys, u32 slots, u32 byte length, u32 hashes[keys], u32
 * offsets[keys + 1], u32 slots[slots], the keys' UTF-8 bytes. No clusters: 0 levels, no keys; no
 * name lists: 0 names, no keys.
 */
export function encodeModel(hashBits: number, scale: number, transitions: Float32Array, weights: Int8Array, clusters?: ClusterTable, gazetteer?: Gazetteer, domain = 0): Uint8Array {
  const w = new Writer();
  w.bytes(new TextEncoder().encode(MAGIC));
  w.u32(hashBits, NUM_LABELS);
  w.f32s([scale]);
  w.u32(domain);
  w.f32s(transitions);
  w.bytes(weights);
  const packed = clusters?.words.length ? WordClusters.build(clusters) : new WordClusters(StringTable.build([]), new Uint16Array(0), 0);
  w.u32(packed.levels);
  writeStrings(w, packed.words);
  w.u16s(packed.ids);
  const lists = gazetteer?.size ? gazetteer.table() : GazetteerTable.build(new Map());
  w.u32(lists.longest, lists.size);
  writeStrings(w, lists.keys);
  w.u16s(lists.values);
  return w.finish();
}

/** Reads a model file, checking it; the arrays are views of `bytes` (which must stay unchanged). */
export function decodeModel(bytes: Uint8Array): Model {
  if (bytes.length < 20 || String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new ModelError('format', `not a Byline model of this version (expected it to start with ${MAGIC})`);
  // 32-bit views need 4-byte aligned memory: a misaligned slice of a larger buffer is copied once.
  if (bytes.byteOffset % 4) bytes = bytes.slice();
  const r = new Reader(bytes);
  r.at = 4;
  const bits = r.u32('header');
  const labels = r.u32('header');
  if (labels !== NUM_LABELS) throw new ModelError('format', `model has ${labels} labels, this version expects ${NUM_LABELS}`);
  if (bits < 10 || bits > 24) throw new ModelError('format', `unsupported table size 2^${bits}`);
  const scale = r.f32s(1, 'header')[0];
  const domain = r.u32('header');
  const transitions = r.f32s((labels + 1) * labels, 'transitions');
  const weightBytes = r.bytes8((1 << bits) * labels, 'weights');
  const weights = new Int8Array(weightBytes.buffer, weightBytes.byteOffset, weightBytes.length);

  const levels = r.u32('cluster table');
  if (levels > MAX_LEVELS) throw new ModelError('size', `cluster table has ${levels} levels`);
  const words = readStrings(r, 'cluster table');
  const ids = r.u16s(levels * words.size, 'cluster ids');
  const longest = r.u32('name lists');
  const names = r.u32('name lists');
  const keys = readStrings(r, 'name lists');
  if (names > keys.size) throw new ModelError('size', `name lists: ${names} names in ${keys.size} keys`);
  const values = r.u16s(keys.size, 'name lists');
  if (r.at !== bytes.length) throw new ModelError('size', `size ${bytes.length} bytes, expected ${r.at}`);
  return {
    mask: (1 << bits) - 1,
    scale,
    transitions,
    weights,
    domain,
    clusters: words.size ? new WordClusters(words, ids, levels) : undefined,
    gazetteer: names ? new GazetteerTable(keys, values, longest, names) : undefined,
  };
}
