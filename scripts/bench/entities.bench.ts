/**
 * Entity recognition speed on the tagger benchmark's articles (about 5 KB each): the whole pipeline
 * (`parseArticle` + `recognize`: people, places, organisations, dates, canonical linking) beside
 * `compromise` (people/places/organizations) on the same text, then its parts: dates alone, canonical
 * linking alone (on the shipped tagger's spans, computed beforehand), and dates + linking with the
 * tagger's spans replayed. Byline's code is timed as it ships (`bundled-core.ts`). BYLINE_BENCH_CHARS sets the corpus size, BYLINE_BENCH_PASSES the passes.
 */
import type { Entity } from '../../src/core/model/types';
import type { NamedSpan, Tagger } from '../../src/core/ner/index';
import { bundledCore } from './bundled-core';
import { benchArticles, measure } from './ner.bench';

type Compromise = (text: string) => Record<'people' | 'places' | 'organizations', () => { out(format: string): unknown }>;

export async function run(): Promise<void> {
  const texts = benchArticles();
  console.log(`text: ${texts.length} articles, ${(texts.reduce((n, a) => n + a.length, 0) / 1e6).toFixed(2)} MB, one core\n`);
  const { parseArticle, findDates, linkCanonicalNames, recognize, loadDefaultTagger } = bundledCore();
  console.log('Byline: core bundled as shipped (esbuild, minified)');
  const tagger = loadDefaultTagger();
  const pipeline = measure('whole pipeline (parseArticle + recognize)', texts, (text) => recognize(parseArticle(text), { tagger }));

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as Compromise;
  const other = measure('compromise (people/places/organizations)', texts, (text) => {
    const doc = nlp(text);
    return [doc.people().out('offset'), doc.places().out('offset'), doc.organizations().out('offset')];
  }, 1);
  console.log(`whole pipeline / compromise: ${(pipeline.charsPerSecond / other.charsPerSecond).toFixed(1)}x the throughput (${(pipeline.charsPerCpuSecond / other.charsPerCpuSecond).toFixed(1)}x per CPU second)\n`);

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
