import * as assert from 'node:assert/strict';
import { withoutTitleRunParts } from '../../../src/core/ner/title-run-parts';
import { showSpans, spanAt } from '../helpers/spans';

const unlisted = () => false;

describe("the first words of a study's, a report's or a database's title", () => {
  it('drops an organisation span that the title runs on from, up to its head word', () => {
    const text = 'Figures from the Coastal Fisheries Catch Study and the Regional Water and Sanitation Survey were late.';
    const spans = [spanAt(text, 'Coastal Fisheries', 'organization'), spanAt(text, 'Regional Water', 'organization')];
    assert.deepEqual(showSpans(text, withoutTitleRunParts(text, spans, unlisted)), []);
  });

  it('drops the span before "Management Information System", a database', () => {
    const text = 'Police query the Harbour Enforcement Management Information System daily.';
    const spans = [spanAt(text, 'Harbour Enforcement', 'organization')];
    assert.deepEqual(showSpans(text, withoutTitleRunParts(text, spans, unlisted)), []);
  });

  it('keeps bodies: a listed name, a name ending in a body word, a head right after the span, and "Survey of"', () => {
    const text = 'The Varn Trade Commission Country Report, the Osmark Geological Survey, the Teller Bank Inflation Report and the Halden Land Survey of Maps.';
    const spans = [spanAt(text, 'Varn Trade Commission', 'organization'), spanAt(text, 'Osmark Geological', 'organization'), spanAt(text, 'Teller', 'organization'), spanAt(text, 'Halden', 'organization')];
    const kept = withoutTitleRunParts(text, spans, (name) => name === 'Teller');
    assert.deepEqual(showSpans(text, kept), showSpans(text, spans));
  });

  it('leaves people and places before a title alone', () => {
    const text = 'The Framley Heart Study began in Framley Town Census Act years.';
    const spans = [spanAt(text, 'Framley', 'place'), spanAt(text, 'Framley', 'place', 1)];
    assert.deepEqual(showSpans(text, withoutTitleRunParts(text, spans, unlisted)), showSpans(text, spans));
  });
});

describe('a "System" after a name', () => {
  it('is a database only after an information or a management word', () => {
    const text = 'Clients such as Kessler Haulage AG and Orran Valley Health System use it; the Varn Reserve System too.';
    const spans = [spanAt(text, 'Kessler Haulage AG', 'organization'), spanAt(text, 'Varn Reserve', 'organization')];
    assert.deepEqual(showSpans(text, withoutTitleRunParts(text, spans, () => false)), showSpans(text, spans));
  });
});
