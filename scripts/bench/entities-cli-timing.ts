/**
 * The whole pipeline beside `compromise` as the `byline` CLI runs them: with V8 compiling each
 * regular expression at once (`src/cli/regexp-compilation.ts`), which the CLI sets for its process.
 * Run by `entities.bench.ts` in a plain Node process.
 */
import '../../src/cli/regexp-compilation';
import { parseArticle } from '../../src/core/article/parse-article';
import { recognize } from '../../src/core/entities/recognize';
import { loadDefaultTagger } from '../../src/core/ner/default-tagger';
import { benchArticles, measure } from './timing';

type Compromise = (text: string) => Record<'people' | 'places' | 'organizations', () => { out(format: string): unknown }>;

const texts = benchArticles();
console.log('\nAs the byline CLI runs (regular expressions compiled at once; both sides):');
const tagger = loadDefaultTagger();
const pipeline = measure('whole pipeline (parseArticle + recognize)', texts, (text) => recognize(parseArticle(text), { tagger }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nlp = require('compromise') as Compromise;
const other = measure('compromise (people/places/organizations)', texts, (text) => {
  const doc = nlp(text);
  return [doc.people().out('offset'), doc.places().out('offset'), doc.organizations().out('offset')];
}, 1);
console.log(`whole pipeline / compromise: ${(pipeline.charsPerSecond / other.charsPerSecond).toFixed(1)}x the throughput (${(pipeline.charsPerCpuSecond / other.charsPerCpuSecond).toFixed(1)}x per CPU second)`);
