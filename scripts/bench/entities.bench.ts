/**
 * Entity recognition benchmark: dates + canonical linking per 5 KB generated article (p50/p95 ms and
 * characters per second), with the tagger left out (its own benchmark measures it), then with the
 * shipped tagger for the full `recognize` cost. Set BYLINE_BENCH_CHARS for a smaller corpus.
 */
import { parseArticle } from '../../src/core/article/parse-article';
import { recognize } from '../../src/core/entities/recognize';
import type { Article } from '../../src/core/model/types';
import type { Tagger } from '../../src/core/ner/index';
import { loadDefaultTagger } from '../../src/core/ner/default-tagger';
import { generateCorpus } from './generate-articles';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(label: string, articles: Article[], tagger?: Tagger): void {
  // Warm up the regular expressions and chrono's parsers before timing.
  for (const a of articles.slice(0, 20)) recognize(a, { tagger });
  const times: number[] = [];
  let chars = 0;
  let entities = 0;
  const started = process.hrtime.bigint();
  for (const a of articles) {
    const t0 = process.hrtime.bigint();
    entities += recognize(a, { tagger }).length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    chars += a.text.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((x, y) => x - y);
  console.log(
    `${label}: ${articles.length} articles, p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, ` +
      `${Math.round(chars / seconds).toLocaleString('en')} chars/s, ${entities} entities`,
  );
}

export async function run(): Promise<void> {
  const corpus = generateCorpus(Number(process.env.BYLINE_BENCH_CHARS ?? 2_500_000), 5000);
  const articles = corpus.map((text) => parseArticle(text));
  measure('entities (dates + linking, no tagger)', articles);
  measure('entities (recognize with the shipped tagger)', articles, loadDefaultTagger());
}
