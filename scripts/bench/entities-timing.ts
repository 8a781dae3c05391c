/**
 * Entity recognition speed, run by `entities.bench.ts` in a plain Node process: the whole pipeline
 * beside `compromise` on the same articles, then the pipeline's parts.
 */
import { parseArticle } from '../../src/core/article/parse-article';
import { findDates } from '../../src/core/dates/find-dates';
import { linkCanonicalNames } from '../../src/core/entities/link-canonical';
import { recognize } from '../../src/core/entities/recognize';
import type { Entity } from '../../src/core/model/types';
import { loadDefaultTagger } from '../../src/core/ner/default-tagger';
import type { NamedSpan, Tagger } from '../../src/core/ner/index';
import { timePipelineAndCompromise } from './pipeline-vs-compromise';
import { benchArticles, measure } from './timing';

async function run(): Promise<void> {
  const texts = benchArticles();
  console.log(`text: ${texts.length} articles, ${(texts.reduce((n, a) => n + a.length, 0) / 1e6).toFixed(2)} MB, one core\n`);
  console.log('Byline: core bundled as shipped (esbuild, minified), in a plain Node process');
  const tagger = loadDefaultTagger();
  timePipelineAndCompromise(texts, tagger);
  console.log('');

  const articles = texts.map((text) => parseArticle(text));
  const spans: NamedSpan[][] = articles.map((a) => tagger.find(a.text, a.searchable));
  const replay = (i: number): Tagger => ({ find: () => spans[i] });
  const mentions: Entity[][] = articles.map((a, i) => recognize(a, { tagger: replay(i), dates: false }));
  measure('parseArticle', texts, (text) => parseArticle(text));
  measure('tagger (find over the searchable ranges)', texts, (_, i) => tagger.find(articles[i].text, articles[i].searchable));
  measure('dates (findDates)', texts, (_, i) => findDates(articles[i].text, articles[i].searchable, articles[i].published));
  measure('linking (linkCanonicalNames)', texts, (_, i) => linkCanonicalNames(mentions[i], { text: articles[i].text, dateline: articles[i].dateline }));
  measure('dates + linking (tagger spans replayed)', texts, (_, i) => recognize(articles[i], { tagger: replay(i) }));
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
