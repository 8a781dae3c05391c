import type { EntityType } from '../model/types';
import type { EntitySummary, StoredArticle } from './entity-index';
import { entityKey } from './entity-key';
import { MENTION_STRIDE, type MentionTable } from './mention-table';

/** Ids of one table's variants and forms in the summary's own numbering. */
interface Remap {
  key: Int32Array;
  /** String id -> form id, -1 until first seen as a form. */
  form: Int32Array;
  variantCount: Int32Array;
}

/**
 * Summarises packed articles per entity. Works on numbers throughout (one pass over the mentions
 * with counters indexed by entity id) and creates objects only for the summaries themselves, so
 * a workspace of a million mentions is summarised in a fraction of a second. The result does not
 * depend on the order of `articles`: ties are broken by name, then by code point order.
 */
export function summarizeArticles(articles: readonly StoredArticle[]): Map<string, EntitySummary> {
  const keyIds = new Map<string, number>();
  const keyNames: string[] = [];
  const keyTypes: EntityType[] = [];
  const formIds = new Map<string, number>();
  const formNames: string[] = [];
  const remaps = new Map<MentionTable, Remap>();

  for (const { table } of articles) {
    if (remaps.has(table)) continue;
    const key = new Int32Array(table.variants.length);
    table.variants.forEach((v, i) => {
      const name = entityKey({ type: v.type, canonical: table.strings[v.canonical], value: v.value >= 0 ? table.strings[v.value] : undefined });
      let id = keyIds.get(name);
      if (id === undefined) {
        id = keyNames.length;
        keyIds.set(name, id);
        keyNames.push(name);
        keyTypes.push(v.type);
      }
      key[i] = id;
    });
    remaps.set(table, { key, form: new Int32Array(table.strings.length).fill(-1), variantCount: new Int32Array(table.variants.length) });
  }

  const keyCount = keyNames.length;
  const totals = new Int32Array(keyCount);
  const inArticle = new Int32Array(keyCount);
  /** Per entity: pairs of (article position, mentions in it). */
  const perArticle: number[][] = Array.from({ length: keyCount }, () => []);
  /** Per entity: pairs of (form id, mentions); an entity has a handful of forms, so a list beats a map. */
  const formCounts: number[][] = Array.from({ length: keyCount }, () => []);
  const touched: number[] = [];
  for (let ai = 0; ai < articles.length; ai++) {
    const { mentions, table } = articles[ai];
    const remap = remaps.get(table)!;
    for (let m = 0; m < mentions.length; m += MENTION_STRIDE) {
      const variant = mentions[m];
      const k = remap.key[variant];
      remap.variantCount[variant]++;
      if (inArticle[k]++ === 0) touched.push(k);
      const sid = mentions[m + 1];
      let f = remap.form[sid];
      if (f < 0) {
        const text = table.strings[sid];
        f = formIds.get(text) ?? -1;
        if (f < 0) {
          f = formNames.length;
          formIds.set(text, f);
          formNames.push(text);
        }
        remap.form[sid] = f;
      }
      countForm(formCounts[k], f);
    }
    for (const k of touched) {
      perArticle[k].push(ai, inArticle[k]);
      totals[k] += inArticle[k];
      inArticle[k] = 0;
    }
    touched.length = 0;
  }

  const names = displayNames(remaps, keyCount);
  const ranks = fileRanks(articles);
  const collator = new Intl.Collator();
  const out = new Map<string, EntitySummary>();
  for (let k = 0; k < keyCount; k++) {
    if (totals[k] === 0) continue;
    const pairs = formCounts[k];
    const order = Array.from({ length: pairs.length / 2 }, (_, i) => i * 2);
    const forms = order.sort((a, b) => pairs[b + 1] - pairs[a + 1] || compareNames(collator, formNames[pairs[a]], formNames[pairs[b]])).map((i) => formNames[pairs[i]]);
    const summary = { type: keyTypes[k], canonical: names[k], forms, mentions: totals[k] } as EntitySummary;
    lazyArticles(summary, perArticle[k], articles, ranks);
    out.set(keyNames[k], summary);
  }
  return out;
}

/**
 * Gives a summary its `articles`, worked out on first read. Tens of thousands of entities are
 * summarised at once (for Go to Symbol, a sidebar count) while only a few of their article lists
 * are ever read, and building them all was most of the cost. The property is an ordinary
 * enumerable one, so JSON output, spreading and comparisons see the list.
 */
function lazyArticles(summary: EntitySummary, pairs: number[], articles: readonly StoredArticle[], ranks: { rank: Int32Array; order: number[] }): void {
  Object.defineProperty(summary, 'articles', {
    enumerable: true,
    configurable: true,
    get(this: EntitySummary) {
      const value = rankArticles(pairs, articles, ranks);
      Object.defineProperty(this, 'articles', { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}

/** Beyond this many forms an entity's list gets a map beside it, so no input makes counting quadratic. */
const FORM_LIST_LIMIT = 32;
const formMaps = new WeakMap<number[], Map<number, number>>();

function countForm(pairs: number[], form: number): void {
  if (pairs.length >= FORM_LIST_LIMIT * 2) {
    let positions = formMaps.get(pairs);
    if (!positions) formMaps.set(pairs, (positions = new Map(pairs.flatMap((f, i) => (i % 2 === 0 ? [[f, i] as [number, number]] : [])))));
    const at = positions.get(form);
    if (at === undefined) {
      positions.set(form, pairs.length);
      pairs.push(form, 1);
    } else {
      pairs[at + 1]++;
    }
    return;
  }
  for (let i = 0; i < pairs.length; i += 2) {
    if (pairs[i] === form) {
      pairs[i + 1]++;
      return;
    }
  }
  pairs.push(form, 1);
}

function compareNames(collator: Intl.Collator, a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Per entity, the name to show: the date value, or the canonical spelling used most often. */
function displayNames(remaps: Map<MentionTable, Remap>, keyCount: number): string[] {
  const names: string[] = new Array(keyCount).fill('');
  const best = new Int32Array(keyCount);
  for (const [table, remap] of remaps) {
    table.variants.forEach((v, i) => {
      const count = remap.variantCount[i];
      if (count === 0) return;
      const k = remap.key[i];
      const name = v.type === 'date' && v.value >= 0 && table.strings[v.value] ? table.strings[v.value] : table.strings[v.canonical];
      if (count > best[k] || (count === best[k] && name < names[k])) {
        best[k] = count;
        names[k] = name;
      }
    });
  }
  return names;
}

/** Articles' positions when sorted by file name (and back), so later sorts compare numbers only. */
function fileRanks(articles: readonly StoredArticle[]): { rank: Int32Array; order: number[] } {
  const collator = new Intl.Collator();
  const order = articles.map((_, i) => i).sort((a, b) => compareNames(collator, articles[a].file, articles[b].file));
  const rank = new Int32Array(articles.length);
  order.forEach((ai, r) => (rank[ai] = r));
  return { rank, order };
}

/** Most mentions first, then by file name; sorted as numbers in one typed-array sort. */
function rankArticles(pairs: number[], articles: readonly StoredArticle[], ranks: { rank: Int32Array; order: number[] }): Array<{ file: string; mentions: number }> {
  const n = articles.length;
  let max = 0;
  for (let i = 1; i < pairs.length; i += 2) max = Math.max(max, pairs[i]);
  const sortKeys = new Float64Array(pairs.length / 2);
  for (let i = 0; i < pairs.length; i += 2) sortKeys[i / 2] = (max - pairs[i + 1]) * n + ranks.rank[pairs[i]];
  sortKeys.sort();
  return Array.from(sortKeys, (sk) => {
    const rank = sk % n;
    return { file: articles[ranks.order[rank]].file, mentions: max - (sk - rank) / n };
  });
}
