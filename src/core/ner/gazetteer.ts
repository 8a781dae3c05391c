/**
 * Name lists shipped inside the model (countries, cities, regions, organisations, agencies,
 * nationality words, titles). The tagger uses them as features, so the model learns how far to
 * trust a list, rather than as hard rules.
 */

/** Gazetteer categories, one bit each. */
export const GAZ = {
  country: 1,
  city: 2,
  region: 4,
  organization: 8,
  agency: 16,
  demonym: 32,
  title: 64,
  orgWord: 128,
} as const;

export type GazetteerCategory = keyof typeof GAZ;

/** Longest name, in tokens, that is looked up. */
const MAX_TOKENS = 8;

/** A case-sensitive lookup of names (as space-joined tokens) to category bits. */
export class Gazetteer {
  private readonly entries = new Map<string, number>();
  private readonly firstWords = new Set<string>();
  /** Every proper prefix of a listed name, in tokens ("Organization for Security and"), to stop looking early. */
  private readonly prefixes = new Set<string>();
  private longest = 1;

  /** Parses the model's text form: one `category<TAB>name` per line. */
  static parse(text: string): Gazetteer {
    const g = new Gazetteer();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const bit = GAZ[line.slice(0, tab) as GazetteerCategory];
      if (bit) g.add(line.slice(tab + 1), bit);
    }
    return g;
  }

  /** Adds a name (tokens separated by single spaces). */
  add(name: string, bit: number): void {
    const tokens = name.split(' ');
    if (!tokens[0] || tokens.length > MAX_TOKENS) return;
    this.entries.set(name, (this.entries.get(name) ?? 0) | bit);
    this.firstWords.add(tokens[0]);
    for (let k = 1; k < tokens.length; k++) this.prefixes.add(tokens.slice(0, k).join(' '));
    this.longest = Math.max(this.longest, tokens.length);
  }

  /** Category bits of exactly this name (0 when unknown). */
  get(name: string): number {
    return this.entries.get(name) ?? 0;
  }

  /** The text form, sorted so rebuilding gives the same bytes. */
  serialize(): string {
    const names = [...GAZ_NAMES];
    const lines: string[] = [];
    for (const [name, bits] of this.entries) for (const cat of names) if (bits & GAZ[cat]) lines.push(`${cat}\t${name}`);
    return lines.sort().join('\n');
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The list names in a run of tokens, longest first, left to right, without overlaps. ALL-CAPS
   * words are also tried in title case ("YEREVAN" -> "Yerevan").
   */
  matches(words: readonly string[]): GazetteerMatch[] {
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
      if (!this.firstWords.has(first) && (firstTitle === first || !this.firstWords.has(firstTitle))) {
        i++;
        continue;
      }
      let matched = 0;
      let bits = 0;
      let name = '';
      let alt = '';
      for (let k = 0; k < this.longest && i + k < n; k++) {
        name = k ? `${name} ${words[i + k]}` : words[i + k];
        alt = k ? `${alt} ${titleCase(words[i + k])}` : titleCase(words[i + k]);
        const b = this.entries.get(name) ?? this.entries.get(alt) ?? 0;
        if (b) {
          matched = k + 1;
          bits = b;
        }
        if (!this.prefixes.has(name) && !this.prefixes.has(alt)) break;
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

/** One list name found in a run of tokens: token indices (inclusive) and category bits. */
export interface GazetteerMatch {
  first: number;
  last: number;
  bits: number;
}

const GAZ_NAMES = Object.keys(GAZ) as GazetteerCategory[];

/** "YEREVAN" -> "Yerevan"; other words unchanged. */
function titleCase(word: string): string {
  // Most words have a lower-case second letter: no need to compare case-mapped copies.
  const second = word.charCodeAt(1);
  if (second >= 97 && second <= 122) return word;
  if (word.length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return word;
  return word[0] + word.slice(1).toLowerCase();
}
