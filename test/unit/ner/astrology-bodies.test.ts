import * as assert from 'node:assert/strict';
import { withoutAstrologyBodies } from '../../../src/core/ner/astrology-bodies';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import type { NamedSpan } from '../../../src/core/ner/index';

const span = (text: string, name: string, type: NamedSpan['type'] = 'person'): NamedSpan => ({ type, start: text.indexOf(name), end: text.indexOf(name) + name.length });
const shown = (text: string, spans: NamedSpan[]) => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

describe('planets in astrology', () => {
  it('drops a planet or a lunar node standing alone in a text on astrology', () => {
    const text = 'This month Jupiter squares natal Venus, and Ketu sits in the seventh house.';
    assert.deepEqual(shown(text, withoutAstrologyBodies(text, [span(text, 'Jupiter'), span(text, 'Venus', 'place'), span(text, 'Ketu')])), []);
  });

  it('keeps planets outside astrology, and longer names in it', () => {
    const tennis = 'Venus beat her sister in straight sets.';
    assert.deepEqual(shown(tennis, withoutAstrologyBodies(tennis, [span(tennis, 'Venus')])), ['person:Venus']);
    const both = 'Venus Williams read her horoscope before the final.';
    assert.deepEqual(shown(both, withoutAstrologyBodies(both, [span(both, 'Venus Williams')])), ['person:Venus Williams']);
    // "in conjunction with" is no astrology.
    const space = 'NASA, in conjunction with ESA, sent a probe to Mars.';
    assert.deepEqual(shown(space, withoutAstrologyBodies(space, [span(space, 'Mars', 'place')])), ['place:Mars']);
  });

  it('reads the shipped model: a reading of a chart names no people', () => {
    const tagger = loadDefaultTagger();
    const text = 'Right now Venus is conjunct Mars, and both are aspected by Rahu.';
    assert.deepEqual(shown(text, tagger.find(text, [{ start: 0, end: text.length }])), []);
  });
});
