/** The parts of core the speed benchmarks time, bundled by `bundled-core.ts` as the product ships them. */
export { parseArticle } from '../../src/core/article/parse-article';
export { findDates } from '../../src/core/dates/find-dates';
export { linkCanonicalNames } from '../../src/core/entities/link-canonical';
export { recognize } from '../../src/core/entities/recognize';
export { loadDefaultTagger } from '../../src/core/ner/default-tagger';
export { createTagger } from '../../src/core/ner/index';
