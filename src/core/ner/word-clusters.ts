import { StringTable } from './string-table';

/** Word clusters as training makes them: the words, and one id array per granularity. */
export interface ClusterTable {
  words: string[];
  ids: number[][];
}

/**
 * The word clusters of a model, kept in typed arrays (as stored in the model file): a table of the
 * lower-cased words, and per granularity one 16-bit cluster id per word.
 */
export class WordClusters {
  /**
   * @param words the words; word `k` has the id `ids[level * words.size + k]` at each level
   * @param levels number of granularities
   */
  constructor(
    readonly words: StringTable,
    readonly ids: Uint16Array,
    readonly levels: number,
  ) {}

  /** Packs a cluster table. A word listed twice keeps its last ids, as a `Map` filled in order would. */
  static build(table: ClusterTable): WordClusters {
    const last = new Map<string, number>();
    table.words.forEach((w, i) => last.set(w, i));
    const words = StringTable.build([...last.keys()]);
    const count = last.size;
    const ids = new Uint16Array(table.ids.length * count);
    table.ids.forEach((row, level) => {
      let k = 0;
      for (const i of last.values()) ids[level * count + k++] = row[i];
    });
    return new WordClusters(words, ids, table.ids.length);
  }

  /** The cluster ids of a lower-cased word at each level, or undefined for a word not in the table. */
  lookup(lowerWord: string): number[] | undefined {
    const k = this.words.indexOf(lowerWord);
    if (k < 0) return undefined;
    const count = this.words.size;
    const out = new Array<number>(this.levels);
    for (let level = 0; level < this.levels; level++) out[level] = this.ids[level * count + k];
    return out;
  }
}
