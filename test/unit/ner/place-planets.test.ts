import * as assert from 'node:assert/strict';
import { withPlanets } from '../../../src/core/ner/place-planets';
import { showSpans, spanAt } from '../helpers/spans';

describe('planets in an article about space', () => {
  it('makes a planet standing alone a place, found or not, where the article is about space', () => {
    const text = 'The orbiter will reach Venus in 2031, then swing past Jupiter, NASA said. Venus is hot.';
    const spans = [spanAt(text, 'NASA', 'organization'), spanAt(text, 'Venus', 'person', 1)];
    assert.deepEqual(showSpans(text, withPlanets(text, spans)), ['place:Venus', 'place:Jupiter', 'organization:NASA', 'place:Venus']);
  });

  it('leaves a planet inside a longer name: a singer, a programme, a mission', () => {
    const text = 'Bruno Mars sang at the launch. Project Mercury ended; Mars Express still orbits.';
    const spans = [spanAt(text, 'Bruno Mars', 'person')];
    assert.deepEqual(showSpans(text, withPlanets(text, spans)), ['person:Bruno Mars']);
  });

  it('reads no planet in an article that is not about space', () => {
    const text = 'Venus beat Serena in three sets at exorbitant prices. Transit Saturn afflicts the natal chart of the planetary houses.';
    const spans = [spanAt(text, 'Venus', 'person')];
    assert.deepEqual(showSpans(text, withPlanets(text, spans)), ['person:Venus']);
  });

  it('reads a text the same on its second reading, whatever spans it then has, and the next text afresh', () => {
    const text = 'The rover landed on Mars after a long cruise.';
    assert.deepEqual(showSpans(text, withPlanets(text, [])), ['place:Mars']);
    assert.deepEqual(showSpans(text, withPlanets(text, [spanAt(text, 'Mars', 'person')])), ['place:Mars']);
    const other = 'Mars reported higher sales of chocolate bars.';
    assert.deepEqual(showSpans(other, withPlanets(other, [spanAt(other, 'Mars', 'organization')])), ['organization:Mars']);
  });
});
