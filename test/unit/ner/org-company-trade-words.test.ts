import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withTradeNames } from '../../../src/core/ner/org-company-trade-words';

describe('capitalised words ending in a trade word', () => {
  it("make one company over a place's span, and are found where the model found nothing", () => {
    const text = 'Shares of Tulsa Quantum Devices rose, while the channel Heron TV gained. She writes for Orchard Courier. His agent is at Quarry Sports Management.';
    const spans = withTradeNames(text, [spanAt(text, 'Tulsa', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Tulsa Quantum Devices', 'organization:Heron TV', 'organization:Orchard Courier', 'organization:Quarry Sports Management']);
  });

  it("make one publisher of a name ending in a publisher's word, over the person the model found", () => {
    const text = 'Thornbury Books will reprint it, Marlowe Publishing declined, and Hartley Publishers bid. She read two books.';
    const spans = withTradeNames(text, [spanAt(text, 'Thornbury Books', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Thornbury Books', 'organization:Marlowe Publishing', 'organization:Hartley Publishers']);
  });

  it("make one company of a trade word in another language, over the person the model found", () => {
    const text = 'The spinning mill Navoiy Tekstil said so, the builder Ankara Enerji agreed, and Saare Puit Grupp did not.';
    const spans = withTradeNames(text, [spanAt(text, 'Navoiy Tekstil', 'person'), spanAt(text, 'Ankara', 'place'), spanAt(text, 'Saare Puit Grupp', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Navoiy Tekstil', 'organization:Ankara Enerji', 'organization:Saare Puit Grupp']);
  });

  it("take a country after the trade word as the company's unit", () => {
    const text = 'Marrow Media Australia, which runs two channels, grew. Marrow Media UK did not.';
    const spans = withTradeNames(text, [spanAt(text, 'Australia', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Marrow Media Australia', 'organization:Marrow Media UK']);
  });

  it('leave out a function word, a possessive or a "-based" word before the name', () => {
    const text = "The Heron TV team met Ontario's Larch Foods and the Leeds-based Quill Brands.";
    assert.deepEqual(showSpans(text, withTradeNames(text, [])), ['organization:Heron TV', 'organization:Larch Foods', 'organization:Quill Brands']);
  });

  it('leave departments, titles, longer names, headlines, page furniture and people named like a trade', () => {
    const text = [
      'Its Head of Corporate Communications spoke to Media Minister Ola Berg at the Heron TV Awards.',
      'The Director of Risk Management and the Federal Emergency Management Agency met.',
      'Heron TV Wins Big At Awards Night',
      'Join the Orchard Courier channel on WhatsApp',
      'Senator Rhona Steel spoke.',
    ].join('\n');
    const spans = [spanAt(text, 'Ola Berg', 'person'), spanAt(text, 'Rhona Steel', 'person')];
    assert.deepEqual(showSpans(text, withTradeNames(text, spans)), ['person:Ola Berg', 'person:Rhona Steel']);
  });

  it('handles empty text and text without capitals', () => {
    assert.deepEqual(withTradeNames('', []), []);
    assert.deepEqual(withTradeNames(' media tv', []), []);
  });

  it('read a name ending in "Retail" as a company, but not one going on with a capitalised word', () => {
    const text = 'Harbour Retail will buy it, the Northern Retail Consortium said.';
    assert.deepEqual(showSpans(text, withTradeNames(text, [])), ['organization:Harbour Retail']);
  });

  it('reads "Resorts" as a trade word, over a place the model found', () => {
    const text = 'Talvi Peak Resorts, which runs the lifts, said it would reopen.';
    assert.deepEqual(showSpans(text, withTradeNames(text, [spanAt(text, 'Talvi Peak Resorts', 'place')])), ['organization:Talvi Peak Resorts']);
  });

  it("make a place's name and a utility's word one company when the company acts right after it", () => {
    const text = 'The main burst in Tarrow. Fenmoor Water apologised, Halden Ferries cancelled sailings and Brisk Airport will reopen.';
    const spans = withTradeNames(text, [spanAt(text, 'Tarrow', 'place'), spanAt(text, 'Fenmoor Water', 'place'), spanAt(text, 'Brisk', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:Tarrow', 'organization:Fenmoor Water', 'organization:Halden Ferries', 'organization:Brisk Airport']);
  });

  it("leave a utility's word that no verb of the company follows, and a person named like one", () => {
    const text = 'Flights left Brisk Airport tonight. Bills from Fenmoor Water rose. Senator Ada Power said no.';
    const spans = [spanAt(text, 'Brisk Airport', 'place'), spanAt(text, 'Ada Power', 'person')];
    assert.deepEqual(showSpans(text, withTradeNames(text, spans)), ['place:Brisk Airport', 'person:Ada Power']);
  });
});
