import { fnv1a, fnv1aSpace, StringTable } from './string-table';

/** One list name found in a run of tokens: token indices (inclusive) and category bits. */
export interface GazetteerMatch {
  first: number;
  last: number;
  bits: number;
}

/** What the tagger asks of name lists (see {@link GazetteerTable}). */
export interface GazetteerLookup {
  /** Category bits of exactly this name (tokens joined by single spaces; 0 when unknown). */
  get(name: string): number;
  /**
   * The list names in a run of tokens, longest first, left to right, without overlaps. `memo`: words
   * already looked up in the same text (see {@link GazetteerTable.matches}).
   */
  matches(words: readonly string[], memo?: Map<string, number>): GazetteerMatch[];
  /** Per token, the categories and position of the list name covering it (see {@link GazetteerTable.matchTokens}). */
  matchTokens(words: readonly string[], found?: GazetteerMatch[], into?: Int32Array): Int32Array;
}

/** A key's value: the name's category bits (low 8 bits), and two flags. */
const BITS = 0xff;
/** The key is a proper prefix, in tokens, of a listed name ("Organization for Security and"): keep looking. */
const PREFIX = 0x100;
/** The key is the first token of a listed name. */
const FIRST = 0x200;

/** "YEREVAN" -> "Yerevan"; other words unchanged. */
export function titleCase(word: string): string {
  // Most words have a lower-case second letter: no need to compare case-mapped copies.
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return word;
  if (word.length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return word;
  return word[0] + word.slice(1).toLowerCase();
}

/**
 * Name lists in typed arrays, as a model file stores them: one string table of every listed name
 * and every proper prefix of one (in tokens, joined by single spaces), each with its category bits
 * and whether it is a prefix or a first token. Multi-word names are matched by hashing the token
 * sequence word by word, so no joined string is made.
 */
export class GazetteerTable implements GazetteerLookup {
  /** Title-cased tokens of the name being matched, reused across calls. */
  private alt: string[] = [];

  /**
   * @param keys the names and prefixes
   * @param values per key: category bits, `PREFIX`, `FIRST`
   * @param longest tokens in the longest name
   * @param size number of names (keys with categories)
   */
  constructor(
    readonly keys: StringTable,
    readonly values: Uint16Array,
    readonly longest: number,
    readonly size: number,
  ) {}

  /** Packs names (tokens joined by single spaces, at most 8 of them, well-formed text) and their category bits (1-255). */
  static build(names: ReadonlyMap<string, number>): GazetteerTable {
    const flags = new Map<string, number>();
    let longest = 1;
    let size = 0;
    for (const [name, bits] of names) {
      if (bits < 1 || bits > BITS) throw new RangeError(`gazetteer: category bits ${bits} of ${JSON.stringify(name)} out of range`);
      const tokens = name.split(' ');
      flags.set(name, (flags.get(name) ?? 0) | bits);
      flags.set(tokens[0], (flags.get(tokens[0]) ?? 0) | FIRST);
      for (let k = 1; k < tokens.length; k++) {
        const prefix = tokens.slice(0, k).join(' ');
        flags.set(prefix, (flags.get(prefix) ?? 0) | PREFIX);
      }
      longest = Math.max(longest, tokens.length);
      size++;
    }
    // Sorted, so the same lists give the same bytes in whatever order they were added.
    const keys = [...flags.keys()].sort();
    return new GazetteerTable(StringTable.build(keys), Uint16Array.from(keys, (k) => flags.get(k) ?? 0), longest, size);
  }

  private valueOf(key: number): number {
    return key < 0 ? 0 : this.values[key];
  }

  /** The value of a single word, from `memo` when it was looked up before. */
  private wordValue(word: string, memo: Map<string, number> | undefined): number {
    let v = memo?.get(word);
    if (v === undefined) {
      v = this.valueOf(this.keys.find(fnv1a(word), word));
      memo?.set(word, v);
    }
    return v;
  }

  get(name: string): number {
    return this.valueOf(this.keys.indexOf(name)) & BITS;
  }

  /**
   * ALL-CAPS words are also tried in title case ("YEREVAN" -> "Yerevan"). `memo` keeps the values of
   * single words for the sentences of one text: names recur in an article, and a `Map` hashes a word
   * faster than FNV-1a in JavaScript. It holds the words, so it should not outlive the text.
   */
  matches(words: readonly string[], memo?: Map<string, number>): GazetteerMatch[] {
    const { keys, alt } = this;
    const n = words.length;
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < n; ) {
      const first = words[i];
      // Every listed name starts with a capital: most tokens are ruled out by their first letter.
      const c = first.charCodeAt(0);
      if ((c >= 97 && c <= 122) || c < 65) {
        i++;
        continue;
      }
      const firstTitle = titleCase(first);
      let same = firstTitle === first;
      let v = this.wordValue(first, memo);
      let vAlt = same ? v : this.wordValue(firstTitle, memo);
      if (!(v & FIRST) && !(vAlt & FIRST)) {
        i++;
        continue;
      }
      alt[0] = firstTitle;
      let matched = 0;
      let bits = 0;
      // Hashes of the name and of its title-cased form so far, made once a name goes on past its first word.
      let h = 0;
      let hAlt = 0;
      for (let k = 0; k < this.longest && i + k < n; k++) {
        if (k > 0) {
          if (k === 1) {
            h = fnv1a(first);
            hAlt = firstTitle === first ? h : fnv1a(firstTitle);
          }
          const word = words[i + k];
          const title = titleCase(word);
          alt[k] = title;
          h = fnv1a(word, fnv1aSpace(h));
          v = this.valueOf(keys.findJoined(h, words, i, k + 1));
          // While every word is its own title case, the title-cased name is the name itself.
          if (same && title === word) {
            hAlt = h;
            vAlt = v;
          } else {
            same = false;
            hAlt = fnv1a(title, fnv1aSpace(hAlt));
            vAlt = this.valueOf(keys.findJoined(hAlt, alt, 0, k + 1));
          }
        }
        const b = v & BITS || vAlt & BITS;
        if (b) {
          matched = k + 1;
          bits = b;
        }
        if (!(v & PREFIX) && !(vAlt & PREFIX)) break;
      }
      if (!matched) {
        i++;
        continue;
      }
      out.push({ first: i, last: i + matched - 1, bits });
      i += matched;
    }
    return out;
  }

  /**
   * For each token, the categories and position (0 begin, 1 inside, 2 end, 3 single) of the list
   * name covering it, as `bits * 4 + position`, or -1. Written into `into` when given (a buffer
   * reused across sentences, at least `words.length` long; entries past that are left as they were).
   */
  matchTokens(words: readonly string[], found = this.matches(words), into?: Int32Array): Int32Array {
    const out = into ?? new Int32Array(words.length);
    out.fill(-1, 0, words.length);
    for (const m of found) {
      for (let k = m.first; k <= m.last; k++) out[k] = m.bits * 4 + (m.first === m.last ? 3 : k === m.first ? 0 : k === m.last ? 2 : 1);
    }
    return out;
  }
}
