/**
 * Entity recognition benchmark, per 5 KB generated article (p50/p95 ms and characters per second):
 * dates alone, canonical linking alone (on the shipped tagger's spans, computed beforehand), dates +
 * linking together (`recognize` with the tagger's spans replayed, so the tagger's own cost, measured by
 * its benchmark, is left out), then the full `recognize` with the shipped tagger.
 * Set BYLINE_BENCH_CHARS for a smaller corpus.
 */
import { parseArticle } from '../../src/core/article/parse-article';
import { findDates } from '../../src/core/dates/find-dates';
import { linkCanonicalNames } from '../../src/core/entities/link-canonical';
import { recognize } from '../../src/core/entities/recognize';
import type { Article, Entity } from '../../src/core/model/types';
import type { NamedSpan, Tagger } from '../../src/core/ner/index';
import { loadDefaultTagger } from '../../src/core/ner/default-tagger';
import { generateCorpus } from './generate-articles';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Times `work` on every article after a warm-up, and prints p50/p95 and throughput. */
function measure(label: string, articles: Article[], work: (a: Article, i: number) => number): void {
  for (const [i, a] of articles.slice(0, 20).entries()) work(a, i);
  const times: number[] = [];
  let chars = 0;
  let count = 0;
  for (const [i, a] of articles.entries()) {
    const t0 = process.hrtime.bigint();
    count += work(a, i);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    chars += a.text.length;
  }
  const total = times.reduce((s, t) => s + t, 0) / 1000;
  times.sort((x, y) => x - y);
  console.log(
    `${label}: ${articles.length} articles, p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, ` +
      `${Math.round(chars / total).toLocaleString('en')} chars/s, ${count} entities`,
  );
}

export async function run(): Promise<void> {
  const corpus = generateCorpus(Number(process.env.BYLINE_BENCH_CHARS ?? 2_500_000), 5000);
  const articles = corpus.map((text) => parseArticle(text));
  const tagger = loadDefaultTagger();
  const spans: NamedSpan[][] = articles.map((a) => tagger.find(a.text, a.searchable));
  const replay = (i: number): Tagger => ({ find: () => spans[i] });
  const mentions: Entity[][] = articles.map((a, i) => recognize(a, { tagger: replay(i), dates: false }));

  measure('dates (findDates)', articles, (a) => findDates(a.text, a.searchable, a.published).length);
  measure('linking (linkCanonicalNames)', articles, (a, i) => linkCanonicalNames(mentions[i], { text: a.text, dateline: a.dateline }).length);
  measure('dates + linking (recognize, tagger spans replayed)', articles, (a, i) => recognize(a, { tagger: replay(i) }).length);
  measure('recognize with the shipped tagger', articles, (a) => recognize(a, { tagger }).length);
}
