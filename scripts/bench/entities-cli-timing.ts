/**
 * The whole pipeline beside `compromise` as the `byline` CLI runs them: with V8 compiling each
 * regular expression at once (`src/cli/regexp-compilation.ts`), which the CLI sets for its process.
 * Run by `entities.bench.ts` in a plain Node process.
 */
import '../../src/cli/regexp-compilation';
import { loadDefaultTagger } from '../../src/core/ner/default-tagger';
import { timePipelineAndCompromise } from './pipeline-vs-compromise';
import { benchArticles } from './timing';

const texts = benchArticles();
console.log('\nAs the byline CLI runs (regular expressions compiled at once; both sides):');
timePipelineAndCompromise(texts, loadDefaultTagger());
