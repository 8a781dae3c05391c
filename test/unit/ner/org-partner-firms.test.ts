import * as assert from 'node:assert/strict';
import { withPartnerFirms } from '../../../src/core/ner/org-partner-firms';
import { showSpans, spanAt } from '../helpers/spans';

const LISTED_PLACES = new Set(['Lyon', 'Turin', 'Porto']);
const isPlace = (name: string) => LISTED_PLACES.has(name);

describe('firms named after their partners', () => {
  it('makes surnames listed with commas and an ampersand one firm, over the people read in it', () => {
    const text = 'She is advised by Ana Holt of Holt, Varga & Mei Ling Osei, a firm in the capital.';
    const spans = [spanAt(text, 'Ana Holt', 'person'), spanAt(text, 'Holt', 'person', 1), spanAt(text, 'Varga', 'person'), spanAt(text, 'Mei Ling Osei', 'person')];
    assert.deepEqual(showSpans(text, withPartnerFirms(text, spans, isPlace)), ['person:Ana Holt', 'organization:Holt, Varga & Mei Ling Osei']);
  });

  it('leaves places listed with an ampersand, two names with no comma, and a list starting on a day', () => {
    const text = 'Flights to Lyon, Turin & Porto resumed. Smith & Brown won. On Monday, Marks & Spencer fell.';
    const spans = [spanAt(text, 'Lyon', 'place'), spanAt(text, 'Turin', 'place'), spanAt(text, 'Porto', 'place'), spanAt(text, 'Smith & Brown', 'organization'), spanAt(text, 'Marks & Spencer', 'organization')];
    assert.deepEqual(showSpans(text, withPartnerFirms(text, spans, isPlace)), ['place:Lyon', 'place:Turin', 'place:Porto', 'organization:Smith & Brown', 'organization:Marks & Spencer']);
  });

  it('makes a name before "& Partners", "+ Partners" or "& Sons" a firm, without a sentence\'s "The", but not other words after a mark', () => {
    const text = 'Halvorsen + Partners drew the hall. The Tobin Kerr & Associates report came out; Pringle & Sons shut, and Dale & his sons opened.';
    const spans = [spanAt(text, 'Halvorsen', 'person'), spanAt(text, 'Tobin Kerr', 'person'), spanAt(text, 'Pringle', 'person'), spanAt(text, 'Dale', 'person')];
    assert.deepEqual(showSpans(text, withPartnerFirms(text, spans, isPlace)), ['organization:Halvorsen + Partners', 'organization:Tobin Kerr & Associates', 'organization:Pringle & Sons', 'person:Dale']);
  });

  it('makes two single names joined by an ampersand one company, whole, over the parts the model read', () => {
    const text = 'Talks with Harwell & Quist stalled, while shares of Brennan & Osterby rose and Lundqvist & Farrow Holdings held.';
    const spans = [spanAt(text, 'Harwell', 'organization'), spanAt(text, 'Brennan', 'person'), spanAt(text, 'Osterby', 'person')];
    assert.deepEqual(showSpans(text, withPartnerFirms(text, spans, isPlace)), ['organization:Harwell & Quist', 'organization:Brennan & Osterby', 'organization:Lundqvist & Farrow Holdings']);
  });

  it('leaves a pair holding a place or a function word, a longer name the pair ends, and a line with no word in lower case', () => {
    const text = 'Trains from Lyon & Porto ran. Both Smith & The Others played. The Grand Ledger & Daybook shut.\nArts & Culture\n12k+ Readers & Writers\nMore news.';
    const spans = [spanAt(text, 'Lyon', 'place'), spanAt(text, 'Porto', 'place'), spanAt(text, 'Grand Ledger', 'organization')];
    assert.deepEqual(showSpans(text, withPartnerFirms(text, spans, isPlace)), ['place:Lyon', 'place:Porto', 'organization:Grand Ledger']);
  });
});
