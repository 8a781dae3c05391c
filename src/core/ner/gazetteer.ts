/**
 * Name lists shipped inside the model (countries, cities, regions, organisations, agencies,
 * nationality words, titles, people's names). The tagger uses them as features, so the model learns how far to
 * trust a list, rather than as hard rules.
 */
import { type GazetteerLookup, type GazetteerMatch, GazetteerTable } from './gazetteer-table';

export type { GazetteerLookup, GazetteerMatch } from './gazetteer-table';

/** Gazetteer categories, one bit each. */
export const GAZ = {
  country: 1,
  city: 2,
  region: 4,
  organization: 8,
  agency: 16,
  demonym: 32,
  title: 64,
  /** People's given names and surnames (a feature only: the rule layer does not type names by it). */
  person: 128,
} as const;

export type GazetteerCategory = keyof typeof GAZ;

/** Longest name, in tokens, that is looked up. */
const MAX_TOKENS = 8;

/**
 * Name lists being put together (by training, or a test): names (as space-joined tokens) and their
 * category bits, case-sensitive. Matching goes through the packed form a model file stores
 * ({@link GazetteerTable}, built on first use), so lists match the same here as in a model.
 */
export class Gazetteer implements GazetteerLookup {
  private readonly entries = new Map<string, number>();
  private packed: GazetteerTable | undefined;

  /** Parses the text form: one `category<TAB>name` per line. */
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

  /**
   * Adds a name (tokens separated by single spaces) to a category (a `GAZ` bit). Names of more than
   * 8 tokens, starting with a space, or not well-formed text (a lone surrogate) are left out.
   */
  add(name: string, bit: number): void {
    const tokens = name.split(' ');
    if (!bit || !tokens[0] || tokens.length > MAX_TOKENS || /\p{Cs}/u.test(name)) return;
    this.entries.set(name, (this.entries.get(name) ?? 0) | bit);
    this.packed = undefined;
  }

  get(name: string): number {
    return this.entries.get(name) ?? 0;
  }

  /** The packed form, as a model file stores it. */
  table(): GazetteerTable {
    this.packed ??= GazetteerTable.build(this.entries);
    return this.packed;
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

  /** The list names in a run of tokens, longest first, left to right, without overlaps; ALL-CAPS words are also tried in title case ("YEREVAN" -> "Yerevan"). */
  matches(words: readonly string[], memo?: Map<string, number>): GazetteerMatch[] {
    return this.table().matches(words, memo);
  }

  /** See {@link GazetteerTable.matchTokens}. */
  matchTokens(words: readonly string[], found?: GazetteerMatch[], into?: Int32Array): Int32Array {
    return this.table().matchTokens(words, found, into);
  }
}

const GAZ_NAMES = Object.keys(GAZ) as GazetteerCategory[];
