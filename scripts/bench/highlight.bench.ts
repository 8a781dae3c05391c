/**
 * Highlight latency, core path: the work the extension does between opening an article and setting
 * its decorations, minus the editor's own part. That is detection and parsing (`parseArticle`),
 * recognition with the shipped tagger (`recognize`), sorting and grouping for the sidebar
 * (`groupEntities`), and turning offsets into line/column positions (done here with a line table,
 * as `TextDocument.positionAt` does). p50/p95 over 5 KB generated articles, and the time for 1 MB
 * articles. Set BYLINE_BENCH_HIGHLIGHT_ARTICLES for fewer 5 KB articles (default 300).
 */
import { parseArticle } from '../../src/core/article/parse-article';
import { findDates } from '../../src/core/dates/find-dates';
import { linkCanonicalNames } from '../../src/core/entities/link-canonical';
import { recognize } from '../../src/core/entities/recognize';
import { groupEntities } from '../../src/core/entities-view/entity-groups';
import type { Entity } from '../../src/core/model/types';
import { loadDefaultTagger } from '../../src/core/ner/default-tagger';
import type { Tagger } from '../../src/core/ner/index';
import { generateArticle } from './generate-articles';

const LARGE_RUNS = 5;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Line/column of each entity's ends, from a table of line starts (what `positionAt` computes). */
function toPositions(text: string, entities: readonly Entity[]): number {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  let sum = 0;
  for (const e of entities) sum += lineOf(e.start) + lineOf(e.end);
  return sum;
}

/** The core work between open and decorations for one text; returns the time in ms and the entities found. */
function highlight(text: string, tagger: ReturnType<typeof loadDefaultTagger>): { ms: number; entities: number } {
  const t0 = process.hrtime.bigint();
  const article = parseArticle(text, 'article.txt');
  let entities: Entity[] = [];
  if (article.detection.isArticle) {
    entities = recognize(article, { tagger }).sort((a, b) => a.start - b.start || a.end - b.end);
    groupEntities(entities);
    toPositions(text, entities);
  }
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, entities: entities.length };
}

const msSince = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Where a large article's time goes: each stage alone, then what `recognize` adds around them. */
function stages(text: string, tagger: Tagger): string {
  let t = process.hrtime.bigint();
  const article = parseArticle(text, 'article.txt');
  const parse = msSince(t);
  t = process.hrtime.bigint();
  const spans = tagger.find(article.text, article.searchable);
  const tag = msSince(t);
  t = process.hrtime.bigint();
  findDates(article.text, article.searchable, article.published);
  const dates = msSince(t);
  const replay: Tagger = { find: () => spans };
  t = process.hrtime.bigint();
  const entities = recognize(article, { tagger: replay });
  const rest = msSince(t) - dates;
  t = process.hrtime.bigint();
  linkCanonicalNames(entities, { text: article.text, dateline: article.dateline });
  const link = msSince(t);
  t = process.hrtime.bigint();
  groupEntities(entities);
  toPositions(text, entities);
  const after = msSince(t);
  return `parse ${parse.toFixed(0)} ms, tagger ${tag.toFixed(0)} ms, dates ${dates.toFixed(0)} ms, merging and linking in recognize ${rest.toFixed(0)} ms (linking alone ~${link.toFixed(0)} ms), group and positions ${after.toFixed(0)} ms`;
}

export async function run(): Promise<void> {
  console.log('Core path only (parse, recognise, sort, group, offsets to positions); the in-editor time (decorations, rendering) is measured separately.');
  const t0 = process.hrtime.bigint();
  const tagger = loadDefaultTagger();
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const first = highlight(generateArticle(100_000), tagger);
  console.log(`first article of a session: tagger load ${loadMs.toFixed(0)} ms, then ${first.ms.toFixed(1)} ms for the article (unoptimised code)`);

  const count = Number(process.env.BYLINE_BENCH_HIGHLIGHT_ARTICLES ?? 300);
  const small = Array.from({ length: count }, (_, n) => generateArticle(n));
  for (const text of small.slice(0, 20)) highlight(text, tagger);
  const times = small.map((text) => highlight(text, tagger).ms).sort((a, b) => a - b);
  const kb = small.reduce((s, t) => s + t.length, 0) / small.length / 1000;
  console.log(`5 KB article (${count} generated, mean ${kb.toFixed(1)} KB): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms (target: 100 ms p95 including the editor)`);

  const large = Array.from({ length: LARGE_RUNS }, (_, n) => generateArticle(200_000 + n, 1_000_000));
  const runs = large.map((text) => highlight(text, tagger));
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  console.log(
    `1 MB article (${LARGE_RUNS} generated, ${(large[0].length / 1e6).toFixed(2)} MB, ~${runs[0].entities} entities each): ` +
      `median ${percentile(sorted, 50).toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms (target: 1 s including the editor)`,
  );
  console.log(`1 MB article, by stage: ${stages(large[0], tagger)}`);
}
