import * as assert from 'node:assert/strict';
import { withoutPeoplesNames } from '../../../src/core/ner/place-peoples';
import { showSpans, spanAt } from '../helpers/spans';

describe("a people's name and a nationality noun", () => {
  it('names no place in "the Spaniard" or "two Britons"', () => {
    const text = 'The Spaniard won, and two Britons were hurt in Madrid.';
    const spans = [spanAt(text, 'Spaniard', 'place'), spanAt(text, 'Britons', 'place'), spanAt(text, 'Madrid', 'place')];
    assert.deepEqual(showSpans(text, withoutPeoplesNames(text, spans)), ['place:Madrid']);
  });

  it('reads "Finn" and "Pole" as a nation only after "the"', () => {
    const text = 'The Pole served first. Finn Russell kicked. Finn said so.';
    const spans = [spanAt(text, 'Pole', 'place'), spanAt(text, 'Finn Russell', 'person'), spanAt(text, 'Finn', 'person', 1)];
    assert.deepEqual(showSpans(text, withoutPeoplesNames(text, spans)), ['person:Finn Russell', 'person:Finn']);
  });

  it('drops a word after "ethnic" and a "person" before a noun of villages or militias', () => {
    const text = 'Raoni Metuktire Kayapo said ethnic Hazara families fled two Kayapo villages near Galilee villages.';
    const spans = [spanAt(text, 'Raoni Metuktire Kayapo', 'person'), spanAt(text, 'Hazara', 'place'), spanAt(text, 'Kayapo', 'person', 1), spanAt(text, 'Galilee', 'place')];
    assert.deepEqual(showSpans(text, withoutPeoplesNames(text, spans)), ['person:Raoni Metuktire Kayapo', 'place:Galilee']);
  });

  it('reads "ethnic" and a group noun over several spaces or a tab, at the text\'s start and end, and no other word ending in "c"', () => {
    const text = 'Ethnic  Karen\tmilitiamen met Basque elders; a civic Tamil group and Naga';
    const spans = [spanAt(text, 'Karen', 'place'), spanAt(text, 'Basque', 'person'), spanAt(text, 'Tamil', 'place'), spanAt(text, 'Naga', 'person')];
    assert.deepEqual(showSpans(text, withoutPeoplesNames(text, spans)), ['place:Tamil', 'person:Naga']);
  });
});
