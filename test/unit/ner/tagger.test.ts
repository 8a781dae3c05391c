import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { createTagger, ModelError } from '../../../src/core/ner/perceptron-tagger';
import { readFixture } from '../helpers/fixtures';

const tagger = loadDefaultTagger();
const find = (text: string) => tagger.find(text, [{ start: 0, end: text.length }]).map((s) => [s.type, text.slice(s.start, s.end)]);

describe('the shipped tagger', () => {
  it('finds people with surnames it never saw, without their titles', () => {
    const spans = find('Armenian Prime Minister Nikol Pashinyan told lawmakers that he asked President Vladimir Putin for help.');
    assert.ok(spans.some(([t, s]) => t === 'person' && s === 'Nikol Pashinyan'), JSON.stringify(spans));
    assert.ok(spans.some(([t, s]) => t === 'person' && s === 'Vladimir Putin'), JSON.stringify(spans));
    assert.ok(!spans.some(([, s]) => /Minister|President/.test(s)));
  });

  it('leaves possessives out and nationality adjectives alone', () => {
    const spans = find("Russian peacekeepers arrived as Armenia's parliament met in Yerevan.");
    assert.ok(spans.some(([t, s]) => t === 'place' && s === 'Armenia'), JSON.stringify(spans));
    assert.ok(!spans.some(([, s]) => s === 'Russian' || s.endsWith("'s")));
  });

  it('recognises a name everywhere in the article once it is known', () => {
    const text = 'Tigran Avetisyan, the mayor, spoke first. Later Avetisyan left. Avetisyan returned.';
    const spans = find(text).filter(([t]) => t === 'person');
    assert.equal(spans.length, 3, JSON.stringify(spans));
  });

  it('tags a fixture article with offsets that stay inside the searchable ranges', () => {
    const text = readFixture('articles', 'scraped-wire.txt');
    const ranges = [{ start: 200, end: 900 }];
    for (const s of tagger.find(text, ranges)) assert.ok(s.start >= 200 && s.end <= 900);
  });

  it('refuses a file that is not a model, with a clear message', () => {
    assert.throws(() => createTagger(new Uint8Array([1, 2, 3])), ModelError);
    assert.throws(() => createTagger(new TextEncoder().encode('BYL2 but not really a model at all')), /byline model:/);
  });

  it('returns for any input without throwing, each span slicing inside its region', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.nat(50), (text, cut) => {
        const start = Math.min(cut, text.length);
        for (const s of tagger.find(text, [{ start, end: text.length }])) {
          assert.ok(s.start >= start && s.end <= text.length && s.start < s.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles CRLF, emoji, a 1 MB line and empty input', () => {
    assert.deepEqual(tagger.find('', [{ start: 0, end: 0 }]), []);
    const crlf = 'Talks in Moscow\r\nwith Vladimir Putin 😀 ended.\r\n';
    for (const s of tagger.find(crlf, [{ start: 0, end: crlf.length }])) assert.ok(!crlf.slice(s.start, s.end).includes('\r'));
    const huge = 'Putin met officials in Moscow, ' .repeat(34_000);
    const spans = tagger.find(huge, [{ start: 0, end: huge.length }]);
    assert.ok(spans.length > 0);
  });
});
