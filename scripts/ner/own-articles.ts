/**
 * Byline's own hand-labelled news articles (`test/fixtures/ner` and `test/fixtures/ner-heldout2` to
 * `ner-heldout8`) as training sentences: each article is parsed as the product parses it, only the
 * text the tagger reads (`article.searchable`) is used, cut into sentences by the tagger's own
 * tokenizer, with the gold people, places and organisations that fall inside (dates are not the
 * model's). Later held-out folders are test sets and are never read here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/parse-article';
import { tokenize } from '../../src/core/ner/tokenize';
import type { GoldSentence, GoldSpan } from './conll';

/** The folders read, relative to `test/fixtures`: never a later held-out set. */
export const OWN_ARTICLE_FOLDERS = ['ner', ...[2, 3, 4, 5, 6, 7, 8].map((n) => `ner-heldout${n}`)];

const TYPES: Record<string, GoldSpan['type']> = { person: 'PER', place: 'LOC', organization: 'ORG' };

interface GoldFile {
  file: string;
  types?: string[];
  entities: Array<{ type: string; text: string; start: number }>;
}

/** What was kept and left out, for the training log. */
export interface OwnArticleCounts {
  articles: number;
  sentences: number;
  spans: number;
  /** Sentences left out because a gold name crosses their edge or a token's edge. */
  droppedSentences: number;
  /** Gold names outside the searchable text (URLs, boilerplate) or in a dropped sentence. */
  droppedSpans: number;
}

/**
 * The sentences of one article with their gold names. A sentence in which a gold name is cut (by
 * the sentence's edge, or inside a token) is left out whole: keeping it would teach the model that
 * the part of the name it does see is no name.
 */
export function articleSentences(text: string, fileName: string, gold: readonly GoldSpan[], counts?: OwnArticleCounts): GoldSentence[] {
  const article = parseArticle(text, fileName);
  const out: GoldSentence[] = [];
  const used = new Set<GoldSpan>();
  for (const tokens of tokenize(text, article.searchable)) {
    if (!tokens.length) continue;
    const start = tokens[0].start;
    const end = tokens[tokens.length - 1].end;
    const spans: GoldSpan[] = [];
    let cut = false;
    for (const g of gold) {
      if (g.end <= start || g.start >= end) continue;
      const inside = g.start >= start && g.end <= end;
      // Every token must be wholly in or wholly out of the name.
      const clean = inside && tokens.every((t) => t.end <= g.start || t.start >= g.end || (t.start >= g.start && t.end <= g.end));
      if (!clean) {
        cut = true;
        break;
      }
      spans.push({ start: g.start - start, end: g.end - start, type: g.type });
    }
    if (cut) {
      if (counts) counts.droppedSentences++;
      continue;
    }
    for (const g of spans) used.add(gold.find((x) => x.start === g.start + start && x.end === g.end + start)!);
    out.push({ doc: fileName, text: text.slice(start, end), spans });
  }
  if (counts) {
    counts.articles++;
    counts.sentences += out.length;
    counts.spans += used.size;
    counts.droppedSpans += gold.length - used.size;
  }
  return out;
}

/** Reads every labelled article of {@link OWN_ARTICLE_FOLDERS} under `fixtures` (the `test/fixtures` folder). */
export function readOwnArticles(fixtures: string, counts?: OwnArticleCounts): GoldSentence[] {
  const out: GoldSentence[] = [];
  for (const folder of OWN_ARTICLE_FOLDERS) {
    const dir = path.join(fixtures, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
      const gold = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as GoldFile;
      const types = new Set(gold.types ?? Object.keys(TYPES));
      // A file that does not label all three name types would teach missing names as none.
      if (!['person', 'place', 'organization'].every((t) => types.has(t))) continue;
      const file = [path.join(dir, gold.file), path.join(fixtures, gold.file)].find((p) => existsSync(p));
      if (!file) continue;
      const spans = gold.entities
        .filter((e) => TYPES[e.type])
        .map((e) => ({ start: e.start, end: e.start + e.text.length, type: TYPES[e.type] }));
      out.push(...articleSentences(readFileSync(file, 'utf8'), gold.file, spans, counts));
    }
  }
  return out;
}
