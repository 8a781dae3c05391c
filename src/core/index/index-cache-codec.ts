import type { CompactAnalysis } from './entity-index';
import type { FileStamp } from './index-cache';
import { ENTITY_TYPES, MENTION_STRIDE, MentionTable, type MentionVariant } from './mention-table';

/**
 * The index cache on disk: one binary file of 32-bit little-endian words, read with a single typed
 * array view and no JSON parsing, so 10,000 articles (1.5 million mentions) load in milliseconds.
 *
 *   magic 'BYLI', format, byte length, checksum of everything after these four words
 *   key: byte length, UTF-8 bytes (padded to 4)
 *   strings: count, byte length, UTF-16 length of each, one UTF-8 blob (padded to 4)
 *   variants: count, then per variant: type code, canonical string, value string + 1 (0: none)
 *   analyses: count, then per analysis: key string, is-article flag, title string + 1,
 *             published string + 1, first mention, mention count
 *   mentions: count, then per mention: variant, form string, start, end
 *   stamps: count, then per file: file string, hash string, analysis key string, then per file
 *           mtime and size as two float64 each (as 4 words)
 */
export const INDEX_CACHE_FORMAT = 3;

const MAGIC = 0x494c5942;
const HEADER_WORDS = 4;
const ANALYSIS_WORDS = 6;
const STAMP_WORDS = 3;
/** An optional string is stored as its id + 1, and this for null. */
const NONE = 0;

/** Everything the cache holds. All analyses share `table`. */
export interface IndexCacheData {
  key: string;
  table: MentionTable;
  entries: Map<string, CompactAnalysis>;
  stamps: Map<string, FileStamp>;
}

/** Any inconsistency in a cache file: the caller treats the file as absent. */
export class CacheFormatError extends Error {
  override readonly name = 'CacheFormatError';
}

/** A 32-bit checksum of words (FNV-1a over words); enough to tell a torn or damaged file, cheap on 25 MB. */
function checksum(words: Uint32Array, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < words.length; i++) h = Math.imul(h ^ words[i], 0x01000193);
  return h >>> 0;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Serialises the cache: only `table` entries that some analysis or stamp uses are written. */
export function encodeIndexCache(data: IndexCacheData): Uint8Array {
  const { table } = data;
  const strings: string[] = [];
  const stringMap = new Int32Array(table.strings.length).fill(-1);
  const extra = new Map<string, number>();
  const sid = (id: number) => (stringMap[id] >= 0 ? stringMap[id] : (stringMap[id] = strings.push(table.strings[id]) - 1));
  const text = (s: string) => {
    let id = extra.get(s);
    if (id === undefined) extra.set(s, (id = strings.push(s) - 1));
    return id;
  };
  const variantMap = new Int32Array(table.variants.length).fill(-1);
  const variants: MentionVariant[] = [];
  const entries = [...data.entries];
  let mentionCount = 0;
  for (const [, a] of entries) mentionCount += a.mentions.length / MENTION_STRIDE;
  const mentions = new Uint32Array(mentionCount * MENTION_STRIDE);
  const analyses = new Uint32Array(entries.length * ANALYSIS_WORDS);
  const entryIndex = new Map<string, number>();
  let m = 0;
  entries.forEach(([key, a], i) => {
    if (a.table !== table) throw new TypeError('cache analyses must share the cache table');
    entryIndex.set(key, i);
    analyses.set([text(key), a.isArticle ? 1 : 0, a.title === null ? NONE : text(a.title) + 1, a.published === null ? NONE : text(a.published) + 1, m / MENTION_STRIDE, a.mentions.length / MENTION_STRIDE], i * ANALYSIS_WORDS);
    for (let j = 0; j < a.mentions.length; j += MENTION_STRIDE, m += MENTION_STRIDE) {
      const v = a.mentions[j];
      if (variantMap[v] < 0) {
        const old = table.variants[v];
        variantMap[v] = variants.push({ type: old.type, canonical: sid(old.canonical), value: old.value < 0 ? -1 : sid(old.value) }) - 1;
      }
      mentions[m] = variantMap[v];
      mentions[m + 1] = sid(a.mentions[j + 1]);
      mentions[m + 2] = a.mentions[j + 2];
      mentions[m + 3] = a.mentions[j + 3];
    }
  });
  const stamps = [...data.stamps].filter(([, s]) => entryIndex.has(s.entry));
  const stampWords = new Uint32Array(stamps.length * STAMP_WORDS);
  stamps.forEach(([file, s], i) => stampWords.set([text(file), text(s.hash), text(s.entry)], i * STAMP_WORDS));

  const encoder = new TextEncoder();
  const keyBytes = encoder.encode(data.key);
  const blob = encoder.encode(strings.join(''));
  const words =
    HEADER_WORDS + 1 + pad4(keyBytes.length) / 4 + 2 + strings.length + pad4(blob.length) / 4 + 1 + variants.length * 3 + 1 + analyses.length + 1 + mentions.length + 1 + stampWords.length + stamps.length * 4;
  const out = new Uint32Array(words);
  const bytes = new Uint8Array(out.buffer);
  let w = HEADER_WORDS;
  out[w++] = keyBytes.length;
  bytes.set(keyBytes, w * 4);
  w += pad4(keyBytes.length) / 4;
  out[w++] = strings.length;
  out[w++] = blob.length;
  for (const s of strings) out[w++] = s.length;
  bytes.set(blob, w * 4);
  w += pad4(blob.length) / 4;
  out[w++] = variants.length;
  for (const v of variants) {
    out[w++] = ENTITY_TYPES.indexOf(v.type);
    out[w++] = v.canonical;
    out[w++] = v.value + 1;
  }
  for (const block of [analyses, mentions, stampWords]) {
    out[w++] = block.length / (block === analyses ? ANALYSIS_WORDS : block === mentions ? MENTION_STRIDE : STAMP_WORDS);
    out.set(block, w);
    w += block.length;
  }
  const view = new DataView(out.buffer);
  for (const [, s] of stamps) {
    view.setFloat64(w * 4, s.mtime, true);
    view.setFloat64(w * 4 + 8, s.size, true);
    w += 4;
  }
  out[0] = MAGIC;
  out[1] = INDEX_CACHE_FORMAT;
  out[2] = out.byteLength;
  out[3] = checksum(out, HEADER_WORDS);
  return bytes;
}

/** Reads a cache file. Returns null for another format or key; throws `CacheFormatError` when damaged. */
export function decodeIndexCache(input: Uint8Array, key: string): IndexCacheData | null {
  if (input.byteLength < HEADER_WORDS * 4 || input.byteLength % 4 !== 0) throw new CacheFormatError('truncated');
  // Typed-array views need 4-byte alignment; a buffer slice may not have it.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  if (words[0] !== MAGIC) throw new CacheFormatError('not a cache file');
  if (words[1] !== INDEX_CACHE_FORMAT) return null;
  if (words[2] !== bytes.byteLength) throw new CacheFormatError('truncated');
  if (words[3] !== checksum(words, HEADER_WORDS)) throw new CacheFormatError('checksum mismatch');
  let w = HEADER_WORDS;
  const take = (n: number): number => {
    if (n < 0 || w + n > words.length) throw new CacheFormatError('section past the end');
    const at = w;
    w += n;
    return at;
  };
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const keyLength = words[take(1)];
  const keyAt = take(pad4(keyLength) / 4);
  if (decoder.decode(bytes.subarray(keyAt * 4, keyAt * 4 + keyLength)) !== key) return null;

  const stringCount = words[take(1)];
  const blobLength = words[take(1)];
  const lengthsAt = take(stringCount);
  const blobAt = take(pad4(blobLength) / 4);
  const all = decoder.decode(bytes.subarray(blobAt * 4, blobAt * 4 + blobLength));
  const strings: string[] = new Array(stringCount);
  let pos = 0;
  for (let i = 0; i < stringCount; i++) {
    strings[i] = all.slice(pos, (pos += words[lengthsAt + i]));
  }
  if (pos !== all.length) throw new CacheFormatError('string lengths do not match');
  const str = (id: number) => {
    if (id >= stringCount) throw new CacheFormatError('string id out of range');
    return id;
  };

  const variantCount = words[take(1)];
  const variantsAt = take(variantCount * 3);
  const variants: MentionVariant[] = new Array(variantCount);
  for (let i = 0; i < variantCount; i++) {
    const type = ENTITY_TYPES[words[variantsAt + i * 3]];
    if (!type) throw new CacheFormatError('unknown entity type');
    const value = words[variantsAt + i * 3 + 2];
    variants[i] = { type, canonical: str(words[variantsAt + i * 3 + 1]), value: value === NONE ? -1 : str(value - 1) };
  }
  const table = new MentionTable(strings, variants);

  const analysisCount = words[take(1)];
  const analysesAt = take(analysisCount * ANALYSIS_WORDS);
  const mentionCount = words[take(1)];
  const mentionsAt = take(mentionCount * MENTION_STRIDE);
  const mentions = words.subarray(mentionsAt, mentionsAt + mentionCount * MENTION_STRIDE);
  for (let m = 0; m < mentions.length; m += MENTION_STRIDE) {
    if (mentions[m] >= variantCount || mentions[m + 1] >= stringCount || mentions[m + 2] > mentions[m + 3]) throw new CacheFormatError('bad mention');
  }
  const entries = new Map<string, CompactAnalysis>();
  for (let i = 0; i < analysisCount; i++) {
    const [keyId, flag, title, published, first, count] = words.subarray(analysesAt + i * ANALYSIS_WORDS, analysesAt + (i + 1) * ANALYSIS_WORDS);
    if (first + count > mentionCount || flag > 1) throw new CacheFormatError('bad analysis');
    const entryKey = strings[str(keyId)];
    entries.set(entryKey, {
      isArticle: flag === 1,
      title: title === NONE ? null : strings[str(title - 1)],
      published: published === NONE ? null : strings[str(published - 1)],
      mentions: mentions.subarray(first * MENTION_STRIDE, (first + count) * MENTION_STRIDE),
      table,
    });
  }

  const stampCount = words[take(1)];
  const stampsAt = take(stampCount * STAMP_WORDS);
  const timesAt = take(stampCount * 4);
  if (w !== words.length) throw new CacheFormatError('trailing data');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stamps = new Map<string, FileStamp>();
  for (let i = 0; i < stampCount; i++) {
    const at = stampsAt + i * STAMP_WORDS;
    stamps.set(strings[str(words[at])], {
      hash: strings[str(words[at + 1])],
      entry: strings[str(words[at + 2])],
      mtime: view.getFloat64((timesAt + i * 4) * 4, true),
      size: view.getFloat64((timesAt + i * 4) * 4 + 8, true),
    });
  }
  return { key, table, entries, stamps };
}
