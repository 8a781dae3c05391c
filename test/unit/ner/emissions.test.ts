import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EmissionScorer } from '../../../src/core/ner/emissions';
import { type ClusterLookup, MAX_WORD_ID, sentenceFeatures, wordCacheGeneration, wordInfo } from '../../../src/core/ner/features';
import { GAZ, Gazetteer } from '../../../src/core/ner/gazetteer';
import { emissionsOf } from '../../../src/core/ner/perceptron-tagger';

const BITS = 12;
const MASK = (1 << BITS) - 1;
const LABELS = 7;

/** Deterministic pseudo-random 8-bit weights, so every bucket a feature lands in has a distinct row. */
function randomWeights(seed: number): Int8Array {
  const out = new Int8Array((MASK + 1) * LABELS);
  let s = seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s >>> 24) - 128;
  }
  return out;
}

const clusters = new Map<string, number[]>([
  ['putin', [1, 2, 3, 4, 5]],
  ['moscow', [6, 7, 8, 9, 10]],
  ['said', [11, 12, 13, 14, 15]],
]);
const clusterOf: ClusterLookup = (w) => clusters.get(w);
const lists = new Gazetteer();
lists.add('Moscow', GAZ.city);
lists.add('Collective Security Treaty Organization', GAZ.organization);
const VOCABULARY = ['Putin', 'said', 'in', 'Moscow', 'the', 'Collective', 'Security', 'Treaty', 'Organization', ',', '.', 'U.S.', 'Nagorno-Karabakh', 'MOSCOW', '2,000', 'Pashinyan'];

describe('label scores of the tagger', () => {
  for (const [name, clusterLookup, gazetteer, domain] of [
    ['with clusters, name lists and a corpus copy', clusterOf, lists, 1],
    ['with no clusters, no lists and no corpus copy', undefined, undefined, 0],
  ] as const) {
    it(`equal the summed weights of the training features of every token (${name})`, () => {
      const weights = randomWeights(domain + 7);
      // A power of two, so scaling each weight or the sum gives the same floating-point numbers.
      const scale = 0.25;
      const scorer = new EmissionScorer({ weights, mask: MASK, scale, domain, clusterOf: clusterLookup });
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 12 }), (words) => {
          const codes = gazetteer?.matchTokens(words);
          const features = sentenceFeatures(words, { clusterOf: clusterLookup, gazetteer }, domain, codes);
          const expected = emissionsOf(features, MASK, (i) => weights[i] * scale);
          assert.deepEqual([...scorer.scores(words, codes).subarray(0, expected.length)], [...expected]);
        }),
        { numRuns: 200 },
      );
    });
  }

  it('equal the summed weights of the training features for any name-list codes, also ones beyond what the lists make', () => {
    const weights = randomWeights(11);
    const scorer = new EmissionScorer({ weights, mask: MASK, scale: 0.25, domain: 1, clusterOf });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.oneof(fc.integer({ min: -1, max: 4 * 255 + 3 }), fc.integer({ min: 4 * 256, max: 5000 }))), { minLength: 1, maxLength: 12 }),
        (tokens) => {
          const words = tokens.map(([w]) => w);
          const codes = Int32Array.from(tokens.map(([, c]) => c));
          const features = sentenceFeatures(words, { clusterOf, gazetteer: lists }, 1, codes);
          const expected = emissionsOf(features, MASK, (i) => weights[i] * 0.25);
          assert.deepEqual([...scorer.scores(words, codes).subarray(0, expected.length)], [...expected]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stay right when the word cache starts afresh and words get new ids', () => {
    const weights = randomWeights(3);
    const scorer = new EmissionScorer({ weights, mask: MASK, scale: 0.25, domain: 1, clusterOf });
    const expectedFor = (words: string[]) => emissionsOf(sentenceFeatures(words, { clusterOf }, 1), MASK, (i) => weights[i] * 0.25);
    const words = ['Putin', 'said', 'in', 'Moscow', '.'];
    scorer.scores(words, undefined);
    const before = wordCacheGeneration();
    for (let i = 0; i <= MAX_WORD_ID && wordCacheGeneration() === before; i++) wordInfo(`w${i}`, clusterOf);
    assert.notEqual(wordCacheGeneration(), before);
    // Other words now hold the ids these words had: sums kept by id must not be reused.
    const reordered = ['Moscow', 'said', 'Putin', 'in', '.'];
    const expected = expectedFor(reordered);
    assert.deepEqual([...scorer.scores(reordered, undefined).subarray(0, expected.length)], [...expected]);
  });
});
