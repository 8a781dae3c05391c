import * as assert from 'node:assert/strict';
import { withRoadNumbers } from '../../../src/core/ner/place-road-numbers';
import { showSpans, spanAt } from '../helpers/spans';

describe('roads named by a number', () => {
  it('finds a code before "highway" or "motorway" and the road\'s other mentions', () => {
    const text = 'Snow closed the A9 motorway near Perth. Drivers left the A9 at Dunkeld; the N2 highway stayed open.';
    const spans = [spanAt(text, 'Perth', 'place'), spanAt(text, 'Dunkeld', 'place')];
    assert.deepEqual(showSpans(text, withRoadNumbers(text, spans)), ['place:A9', 'place:Perth', 'place:A9', 'place:Dunkeld', 'place:N2']);
  });

  it('finds a national road by its "RN" prefix without a road word, also where the model read a body', () => {
    const text = 'RN7 cut at Ambositra\nFloods covered the RN7 and the RN44 overnight.';
    const spans = [spanAt(text, 'RN7', 'organization'), spanAt(text, 'Ambositra', 'place')];
    assert.deepEqual(showSpans(text, withRoadNumbers(text, spans)), ['place:RN7', 'place:Ambositra', 'place:RN7', 'place:RN44']);
  });

  it('finds a code after "the" that runs between places or beside a town where the article speaks of closed roads', () => {
    const text = 'Police closed the M5 between Zomba and Liwonde.\n- M5 shut; the bridge on the M5 fell. Traffic used the A55 west of Bangor.';
    const spans = [spanAt(text, 'Zomba', 'place'), spanAt(text, 'Liwonde', 'place'), spanAt(text, 'Bangor', 'place')];
    assert.deepEqual(showSpans(text, withRoadNumbers(text, spans)), ['place:M5', 'place:Zomba', 'place:Liwonde', 'place:M5', 'place:M5', 'place:A55', 'place:Bangor']);
  });

  it('leaves a code between places where the article does not speak of roads', () => {
    const text = 'The A320 between Lagos and Accra landed late; the G7 north of the Alps met.';
    assert.deepEqual(showSpans(text, withRoadNumbers(text, [])), []);
  });

  it('leaves codes before other nouns, inside longer words and without a road word', () => {
    const text = 'The A380 aircraft landed after the G7 summit; the M25-road link and the B52 crossed RNA research by the roadside.';
    assert.deepEqual(showSpans(text, withRoadNumbers(text, [])), []);
  });

  it('finds a code ending in a capital after its digits, and a road word at the text\'s start or end', () => {
    const text = 'Lorries used the A1M motorway and the M6 road';
    assert.deepEqual(showSpans(text, withRoadNumbers(text, [])), ['place:A1M', 'place:M6']);
    assert.deepEqual(withRoadNumbers(' road', []), []);
  });

  it('handles empty text, CRLF lines and a hyphenated code', () => {
    assert.deepEqual(withRoadNumbers('', []), []);
    const text = 'Traffic on the I-95 highway\r\nslowed; the I-95 reopened.';
    assert.deepEqual(showSpans(text, withRoadNumbers(text, [])), ['place:I-95', 'place:I-95']);
  });

  it('reads a text a second time with other spans the way it reads it first', () => {
    const text = 'Crews reopened the B7 motorway at dawn.';
    assert.deepEqual(showSpans(text, withRoadNumbers(text, [])), ['place:B7']);
    assert.deepEqual(showSpans(text, withRoadNumbers(text, [spanAt(text, 'B7', 'organization')])), ['place:B7']);
    assert.deepEqual(withRoadNumbers('No road was named.', []), []);
  });
  it('finds a code after "the" or "The" near a town where the article speaks of closed roads, and its other mentions', () => {
    const text = 'CRASH CLOSES B412\nThe B412 near Tolvan was closed on Friday. Police stayed on the B412 until dusk.';
    const spans = [spanAt(text, 'Tolvan', 'place')];
    assert.deepEqual(showSpans(text, withRoadNumbers(text, spans)), ['place:B412', 'place:B412', 'place:Tolvan', 'place:B412']);
  });
});
