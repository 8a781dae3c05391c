/**
 * Entity recognition speed on the tagger benchmark's articles (about 5 KB each): the whole pipeline
 * (`parseArticle` + `recognize`: people, places, organisations, dates, canonical linking) beside
 * `compromise` (people/places/organizations) on the same text, then its parts: dates alone, canonical
 * linking alone (on the shipped tagger's spans, computed beforehand), and dates + linking with the
 * tagger's spans replayed. Timed as the product runs (`entities-timing.ts` in a plain Node process,
 * with V8's defaults as in the extension's workers), then the pipeline and `compromise` again as the
 * CLI runs them (`entities-cli-timing.ts`: regular expressions compiled at once).
 * BYLINE_BENCH_CHARS sets the corpus size, BYLINE_BENCH_PASSES the passes.
 */
import * as path from 'node:path';
import { runInPlainNode } from './plain-node';

export async function run(): Promise<void> {
  runInPlainNode(path.join(__dirname, 'entities-timing.ts'));
  runInPlainNode(path.join(__dirname, 'entities-cli-timing.ts'));
}
