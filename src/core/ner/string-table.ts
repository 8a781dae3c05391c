/**
 * A read-only set of strings in four typed arrays, so a model's word lists are used straight from
 * the model file's bytes: no JS string or object per word is ever made. Keys are found by their
 * 32-bit FNV-1a hash (over UTF-16 code units, computed with `charCodeAt`: nothing is encoded per
 * lookup) in an open-addressing table, and a hash match is confirmed against the key's UTF-8 bytes,
 * so two words that share a hash are told apart: lookups answer exactly as a `Map` would.
 */

/** FNV-1a's starting value. */
export const FNV_OFFSET = 0x811c9dc5;

const SPACE = 32;
/** Reads keys back out of their UTF-8 bytes. */
const KEY_DECODER = new TextDecoder();

/** FNV-1a (32 bits) over the UTF-16 code units of `s`, continuing from `h` (so keys can be hashed word by word). */
export function fnv1a(s: string, h = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `h` continued over one space: the hash of words joined by single spaces, built word by word. */
export function fnv1aSpace(h: number): number {
  return Math.imul(h ^ SPACE, 0x01000193) >>> 0;
}

/** A string that is not well-formed UTF-16 (a lone surrogate) has no exact UTF-8 form, so it cannot be a key. */
const LONE_SURROGATE = /\p{Cs}/u;

/** The typed arrays of a table, as stored in a model file. */
export interface StringTableArrays {
  /** FNV-1a hash of each key. */
  hashes: Uint32Array;
  /** Where each key's UTF-8 bytes start in `blob`; one more entry for the end of the last. */
  offsets: Uint32Array;
  /** Open-addressing slots (a power of two of them, at least one empty): key index + 1, or 0. */
  slots: Uint32Array;
  /** The keys' UTF-8 bytes, one after another. */
  blob: Uint8Array;
}

/**
 * Compares the UTF-8 bytes `blob[at..end)` from `at` with `s`: the position after `s`'s bytes when
 * they match, else -1. A lone surrogate never matches (no stored key contains one).
 */
function utf8Match(blob: Uint8Array, at: number, end: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      if (at >= end || blob[at] !== c) return -1;
      at++;
    } else if (c < 0x800) {
      if (at + 2 > end || blob[at] !== (0xc0 | (c >> 6)) || blob[at + 1] !== (0x80 | (c & 63))) return -1;
      at += 2;
    } else if (c < 0xd800 || c > 0xdfff) {
      if (at + 3 > end || blob[at] !== (0xe0 | (c >> 12)) || blob[at + 1] !== (0x80 | ((c >> 6) & 63)) || blob[at + 2] !== (0x80 | (c & 63))) return -1;
      at += 3;
    } else {
      const low = s.charCodeAt(i + 1);
      if (c > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return -1;
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      i++;
      if (at + 4 > end || blob[at] !== (0xf0 | (c >> 18)) || blob[at + 1] !== (0x80 | ((c >> 12) & 63)) || blob[at + 2] !== (0x80 | ((c >> 6) & 63)) || blob[at + 3] !== (0x80 | (c & 63))) return -1;
      at += 4;
    }
  }
  return at;
}

/** A set of distinct strings, each known by its index (the order they were given in). */
export class StringTable {
  private readonly hashes: Uint32Array;
  private readonly offsets: Uint32Array;
  private readonly slots: Uint32Array;
  private readonly blob: Uint8Array;
  private readonly mask: number;

  /** Wraps arrays as built by {@link StringTable.build} (or read from a model file; `slots.length` must be a power of two). */
  constructor(arrays: StringTableArrays) {
    ({ hashes: this.hashes, offsets: this.offsets, slots: this.slots, blob: this.blob } = arrays);
    this.mask = this.slots.length - 1;
  }

  /** A table of `keys` (distinct, well-formed strings), half its slots or more left empty so probes stay short. */
  static build(keys: readonly string[]): StringTable {
    const encoder = new TextEncoder();
    const encoded = keys.map((k) => {
      if (LONE_SURROGATE.test(k)) throw new RangeError(`string table: not well-formed text: ${JSON.stringify(k)}`);
      return encoder.encode(k);
    });
    const offsets = new Uint32Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) offsets[i + 1] = offsets[i] + encoded[i].length;
    const blob = new Uint8Array(offsets[keys.length]);
    encoded.forEach((bytes, i) => blob.set(bytes, offsets[i]));
    let size = 2;
    while (size < 2 * keys.length) size *= 2;
    const slots = new Uint32Array(size);
    const hashes = new Uint32Array(keys.length);
    const table = new StringTable({ hashes, offsets, slots, blob });
    keys.forEach((key, i) => {
      const h = fnv1a(key);
      if (table.find(h, key) >= 0) throw new RangeError(`string table: ${JSON.stringify(key)} is given twice`);
      hashes[i] = h;
      let s = h & table.mask;
      while (slots[s]) s = (s + 1) & table.mask;
      slots[s] = i + 1;
    });
    return table;
  }

  /** The arrays, to store them. */
  get arrays(): StringTableArrays {
    return { hashes: this.hashes, offsets: this.offsets, slots: this.slots, blob: this.blob };
  }

  /** Number of keys. */
  get size(): number {
    return this.hashes.length;
  }

  /** Index of `key`, whose hash is `hash` (`fnv1a(key)`), or -1. */
  find(hash: number, key: string): number {
    const { slots, hashes, offsets, blob, mask } = this;
    // At most one round of the slots, so even a malformed table (no empty slot) cannot loop forever.
    for (let s = hash & mask, tries = 0; tries <= mask; s = (s + 1) & mask, tries++) {
      const entry = slots[s];
      if (entry === 0) return -1;
      const k = entry - 1;
      if (hashes[k] === hash && utf8Match(blob, offsets[k], offsets[k + 1], key) === offsets[k + 1]) return k;
    }
    return -1;
  }

  /** Index of `parts[from .. from + count)` joined by single spaces, whose hash is `hash`, or -1. */
  findJoined(hash: number, parts: readonly string[], from: number, count: number): number {
    const { slots, hashes, offsets, blob, mask } = this;
    for (let s = hash & mask, tries = 0; tries <= mask; s = (s + 1) & mask, tries++) {
      const entry = slots[s];
      if (entry === 0) return -1;
      const k = entry - 1;
      if (hashes[k] !== hash) continue;
      const end = offsets[k + 1];
      let at = offsets[k];
      for (let j = 0; j < count && at >= 0; j++) {
        if (j > 0) at = at < end && blob[at] === SPACE ? at + 1 : -1;
        if (at >= 0) at = utf8Match(blob, at, end, parts[from + j]);
      }
      if (at === end) return k;
    }
    return -1;
  }

  /** Index of `key`, or -1. */
  indexOf(key: string): number {
    return this.find(fnv1a(key), key);
  }

  /** The key at index `k` (0 <= k < size), made into a string only when asked for. */
  keyAt(k: number): string {
    return KEY_DECODER.decode(this.blob.subarray(this.offsets[k], this.offsets[k + 1]));
  }
}
