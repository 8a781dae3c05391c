/**
 * The whole pipeline beside `compromise` on the same articles, with the ratio of their throughputs:
 * the comparison the entities benchmark prints for each way the core is run.
 */
import { parseArticle } from '../../src/core/article/parse-article';
import { recognize } from '../../src/core/entities/recognize';
import type { Tagger } from '../../src/core/ner/index';
import { measure } from './timing';

type Compromise = (text: string) => Record<'people' | 'places' | 'organizations', () => { out(format: string): unknown }>;

/** Times the pipeline and then `compromise` (people, places, organisations) over `texts`, and prints how many times faster the pipeline is. */
export function timePipelineAndCompromise(texts: readonly string[], tagger: Tagger): void {
  const pipeline = measure('whole pipeline (parseArticle + recognize)', texts, (text) => recognize(parseArticle(text), { tagger }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as Compromise;
  const other = measure('compromise (people/places/organizations)', texts, (text) => {
    const doc = nlp(text);
    return [doc.people().out('offset'), doc.places().out('offset'), doc.organizations().out('offset')];
  }, 1);
  console.log(`whole pipeline / compromise: ${(pipeline.charsPerSecond / other.charsPerSecond).toFixed(1)}x the throughput (${(pipeline.charsPerCpuSecond / other.charsPerCpuSecond).toFixed(1)}x per CPU second)`);
}
