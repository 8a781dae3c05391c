import * as assert from 'node:assert/strict';
import { withLongerMentions } from '../../../src/core/ner/longer-mentions';
import { showSpans, spanAt } from '../helpers/spans';

describe('mentions read whole where the article writes the name whole elsewhere', () => {
  it('takes in the first words of a place or a body named whole before, and a body holding a place', () => {
    const text = 'Rowers met at Lake Tarn and the Harbour Council. Later, at Lake Tarn, the Harbour Council and Meteo Varna met; Meteo Varna said so.';
    const spans = [
      spanAt(text, 'Lake Tarn', 'place'),
      spanAt(text, 'Harbour Council', 'organization'),
      spanAt(text, 'Tarn', 'place', 1),
      spanAt(text, 'Council', 'organization', 1),
      spanAt(text, 'Meteo Varna', 'organization'),
      spanAt(text, 'Varna', 'place', 1),
    ];
    assert.deepEqual(showSpans(text, withLongerMentions(text, spans)), ['place:Lake Tarn', 'organization:Harbour Council', 'place:Lake Tarn', 'organization:Harbour Council', 'organization:Meteo Varna', 'organization:Meteo Varna']);
  });

  it('leaves a title, a name of another type, a word inside another span and a name never written whole', () => {
    const text = 'President Ann Holt spoke. Ann Holt met New Tarn, then New Tarn coach Bo Lee and the Old Tarn team.';
    const spans = [spanAt(text, 'Ann Holt', 'person'), spanAt(text, 'Ann Holt', 'person', 1), spanAt(text, 'New Tarn', 'place'), spanAt(text, 'Tarn', 'organization', 1), spanAt(text, 'Bo Lee', 'person'), spanAt(text, 'Tarn', 'place', 2)];
    const withPresident = [{ type: 'person' as const, start: 0, end: 18 }, ...spans.slice(1)];
    assert.deepEqual(withLongerMentions(text, spans), spans);
    assert.deepEqual(showSpans(text, withLongerMentions(text, withPresident)), ['person:President Ann Holt', 'person:Ann Holt', 'place:New Tarn', 'organization:Tarn', 'person:Bo Lee', 'place:Tarn']);
  });
});
