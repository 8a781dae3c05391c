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

/**
 * The feature hashes of every token of a sentence (before masking to the model's table size).
 * Training and tagging share this function, so they see exactly the same features.
 */
export function sentenceFeatures(words: readonly string[], clusterOf?: ClusterLookup): Uint32Array[] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const clusters = lower.map((w) => clusterOf?.(w));
  const c = (i: number, level: number) => (i < 0 || i >= n ? 'pad' : clusters[i] ? String(clusters[i]![level]) : 'unk');
  const shape = words.map((w) => shapeOf(w, true));
  const gaz = words.map(gazetteerTag);
  const at = (arr: readonly string[], i: number, pad: string) => (i < 0 ? `<s${pad}` : i >= n ? `</s${pad}` : arr[i]);
  const out: Uint32Array[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = lower[i];
    const f: string[] = [
      'b',
      `w=${l}`,
      `s=${shapeOf(w, false)}`,
      `sc=${shape[i]}`,
      `p1=${l.slice(0, 1)}`,
      `p2=${l.slice(0, 2)}`,
      `p3=${l.slice(0, 3)}`,
      `x1=${l.slice(-1)}`,
      `x2=${l.slice(-2)}`,
      `x3=${l.slice(-3)}`,
      `x4=${l.slice(-4)}`,
      `w-1=${at(lower, i - 1, '')}`,
      `w+1=${at(lower, i + 1, '')}`,
      `w-2=${at(lower, i - 2, '')}`,
      `w+2=${at(lower, i + 2, '')}`,
      `s-1=${at(shape, i - 1, '')}`,
      `s+1=${at(shape, i + 1, '')}`,
      `s-1s=${at(shape, i - 1, '')}|${shape[i]}`,
      `ss+1=${shape[i]}|${at(shape, i + 1, '')}`,
      `ww-1=${at(lower, i - 1, '')}|${l}`,
      `ww+1=${l}|${at(lower, i + 1, '')}`,
      `first=${i === 0}|${shape[i]}`,
      `g=${gaz[i]}`,
      `g-1=${at(gaz, i - 1, 'g')}`,
      `g+1=${at(gaz, i + 1, 'g')}`,
      `gw-1=${at(gaz, i - 1, 'g')}|${shape[i]}`,
    ];
    if (w.length > 1 && /-/.test(w)) f.push(`hy=${l.split('-').pop()}`);
    if (clusterOf) {
      // Word clusters generalise to names never seen in training ("Pashinyan" near "Putin").
      f.push(`c0=${c(i, 0)}`, `c1=${c(i, 1)}`, `c2=${c(i, 2)}`, `c1-1=${c(i - 1, 1)}`, `c1+1=${c(i + 1, 1)}`, `c2s=${c(i, 2)}|${shape[i]}`, `c1-1c1=${c(i - 1, 1)}|${c(i, 1)}`);
    }
    const hashes = new Uint32Array(f.length);
    for (let k = 0; k < f.length; k++) hashes[k] = hashString(f[k]);
    out.push(hashes);
  }
  return out;
}
