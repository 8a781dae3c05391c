import * as assert from 'node:assert/strict';
import { withRiverShortForms } from '../../../src/core/ner/place-river-short-forms';
import { showSpans, spanAt } from '../helpers/spans';

describe('a river or a sea without its feature word', () => {
  it('puts in "the upper Xingu" after "the Xingu River" was named', () => {
    const text = 'Boats sailed the Xingu River. Mines line the upper Xingu and the Xingu. Xingu Capital paid.';
    const spans = [spanAt(text, 'Xingu River', 'place'), spanAt(text, 'Xingu Capital', 'organization')];
    assert.deepEqual(showSpans(text, withRiverShortForms(text, spans)), ['place:Xingu River', 'place:Xingu', 'place:Xingu', 'organization:Xingu Capital']);
  });

  it('adds nothing where no river is named in full', () => {
    const text = 'Mines line the upper Xingu.';
    assert.deepEqual(showSpans(text, withRiverShortForms(text, [])), []);
  });

  it('leaves a short form that opens a longer name', () => {
    const text = 'Ferries cross the Celtic Sea; the Celtic Open starts, and storms hit the Celtic.';
    const spans = [spanAt(text, 'Celtic Sea', 'place')];
    assert.deepEqual(showSpans(text, withRiverShortForms(text, spans)), ['place:Celtic Sea', 'place:Celtic']);
  });

  it('knows a river never named in full by its banks or its mouth, and puts in its mentions after "the"', () => {
    const text = 'Ksani burst its banks after the storm. Roads along the Ksani are shut, and a car was found near the Ksani\'s mouth.';
    assert.deepEqual(showSpans(text, withRiverShortForms(text, [])), ['place:Ksani', 'place:Ksani', 'place:Ksani']);
  });

  it('reads no river in a person\'s mouth or in banks without "the"', () => {
    const text = 'The words came out of Hughes\'s mouth. Barclays\'s banks lend more.';
    assert.deepEqual(showSpans(text, withRiverShortForms(text, [])), []);
  });

  it('reads a river\'s parts after a curly apostrophe too, and the rivers of one text, each once', () => {
    const text = 'Fish crowd the Orlin’s estuary; the Vesk\'s tributaries feed the Orlin and the Vesk. The Vesk’s mouthpiece spoke.';
    assert.deepEqual(showSpans(text, withRiverShortForms(text, [])), ['place:Orlin', 'place:Vesk', 'place:Orlin', 'place:Vesk']);
  });
});
