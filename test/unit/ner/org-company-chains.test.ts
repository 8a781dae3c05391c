import * as assert from 'node:assert/strict';
import { withChains } from '../../../src/core/ner/org-company-chains';
import { showSpans, spanAt } from '../helpers/spans';

const noPlace = () => false;

describe('retail chains named before their shops', () => {
  it('adds a coined brand before "stores", with a second one joined by "and", "+" kept', () => {
    const text = 'The group runs 900 FreshKart and FreshKart+ stores across the south.';
    assert.deepEqual(showSpans(text, withChains(text, [], noPlace)), ['organization:FreshKart', 'organization:FreshKart+']);
  });

  it('adds a name before a trade word and "chain", and a camel-case name the model read as a place', () => {
    const text = 'It bought the Mega Q hypermarket chain in 2019 and opened a ShopNow supermarket in Leeds.';
    const spans = [spanAt(text, 'ShopNow', 'place'), spanAt(text, 'Leeds', 'place')];
    assert.deepEqual(showSpans(text, withChains(text, spans, noPlace)), ['organization:Mega Q', 'organization:ShopNow', 'place:Leeds']);
  });

  it('leaves listed places, nationalities, sentence openers and plain place spans alone', () => {
    const text = 'Prices rose in London stores and in Polish supermarkets. Grocery stores shut. Sales at Kent outlets fell.';
    const spans = [spanAt(text, 'London', 'place'), spanAt(text, 'Kent', 'place')];
    assert.deepEqual(showSpans(text, withChains(text, spans, (name) => name === 'London')), ['place:London', 'place:Kent']);
  });

  it('reads a text a second time with other spans the same way, and another text afresh', () => {
    const text = 'Shoppers queued at BrightBasket stores on Friday.';
    assert.deepEqual(showSpans(text, withChains(text, [], noPlace)), ['organization:BrightBasket']);
    assert.deepEqual(showSpans(text, withChains(text, [spanAt(text, 'BrightBasket', 'place')], noPlace)), ['organization:BrightBasket']);
    assert.deepEqual(showSpans('No shop opened.', withChains('No shop opened.', [], noPlace)), []);
    assert.deepEqual(showSpans(text, withChains(text, [], (name) => name === 'BrightBasket')), []);
  });

  it('reads a shop\'s word at a line\'s end, glued to a hyphen or after a tab as the search did, and one inside a longer word not at all', () => {
    const text = 'She runs QuikMart grocery\tchain units, ZipGo convenience chain-stores and NovaBuy restaurant chain\nbut not SunPlaza megastores or TinyTown outlet.';
    assert.deepEqual(showSpans(text, withChains(text, [], noPlace)), ['organization:QuikMart', 'organization:NovaBuy']);
  });
});
