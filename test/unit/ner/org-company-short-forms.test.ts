import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withCompanyShortForms } from '../../../src/core/ner/org-company-short-forms';

describe("the short form of a company named like a place", () => {
  it('types every mention as the company once one is cued, but those after a word of place', () => {
    const text = 'Dunmere Foods agreed to buy Ashby Dairies. Dunmere shares fell. Dunmere said so. Ashby makes cheese in Ashby and near Dunmere.';
    const spans = withCompanyShortForms(text, [
      spanAt(text, 'Dunmere Foods', 'organization'),
      spanAt(text, 'Ashby Dairies', 'organization'),
      spanAt(text, 'Dunmere', 'place', 1),
      spanAt(text, 'Dunmere', 'place', 2),
      spanAt(text, 'Ashby', 'place', 1),
      spanAt(text, 'Ashby', 'place', 2),
      spanAt(text, 'Dunmere', 'place', 3),
    ]);
    assert.deepEqual(showSpans(text, spans), ['organization:Dunmere Foods', 'organization:Ashby Dairies', 'organization:Dunmere', 'organization:Dunmere', 'place:Ashby', 'place:Ashby', 'place:Dunmere']);
  });

  it('takes a bid for the short form or its shares before it as the cue', () => {
    const text = 'Ashby Dairies rejected a bid. Shares in Ashby rose, and Ashby said no.';
    const spans = withCompanyShortForms(text, [spanAt(text, 'Ashby Dairies', 'organization'), spanAt(text, 'Ashby', 'place', 1), spanAt(text, 'Ashby', 'place', 2)]);
    assert.deepEqual(showSpans(text, spans), ['organization:Ashby Dairies', 'organization:Ashby', 'organization:Ashby']);
  });

  it('takes "said" after a short form as a cue, and a short form beside a cued one as the other company', () => {
    const text = 'Dunmere Foods and Ashby Dairies will merge. Ashby said so. The deal joins Dunmere and Ashby. Dunmere grew.';
    const spans = withCompanyShortForms(text, [
      spanAt(text, 'Dunmere Foods', 'organization'),
      spanAt(text, 'Ashby Dairies', 'organization'),
      spanAt(text, 'Ashby', 'place', 1),
      spanAt(text, 'Dunmere', 'place', 1),
      spanAt(text, 'Ashby', 'place', 2),
      spanAt(text, 'Dunmere', 'place', 2),
    ]);
    assert.deepEqual(showSpans(text, spans), ['organization:Dunmere Foods', 'organization:Ashby Dairies', 'organization:Ashby', 'organization:Dunmere', 'organization:Ashby', 'organization:Dunmere']);
  });

  it("leaves well-known places, newspapers' towns and short forms with no cue", () => {
    const text = 'Texas Instruments rose; Texas shares fell. The Dunmere Courier said Dunmere shares fell. Ashby Foods grew; Ashby grew.';
    const spans = [
      spanAt(text, 'Texas Instruments', 'organization'),
      spanAt(text, 'Texas', 'place', 1),
      spanAt(text, 'Dunmere Courier', 'organization'),
      spanAt(text, 'Dunmere', 'place', 1),
      spanAt(text, 'Ashby Foods', 'organization'),
      spanAt(text, 'Ashby', 'place', 1),
    ];
    assert.deepEqual(showSpans(text, withCompanyShortForms(text, spans)), showSpans(text, spans));
  });

  it('names a one-word short form the model left unnamed inside a sentence, alone', () => {
    const text = 'Meridian Retail bought the chain. It was a cheap entry for Meridian, he said. Meridian Highlands stores and those in Meridian stay open.';
    const spans = withCompanyShortForms(text, [spanAt(text, 'Meridian Retail', 'organization'), spanAt(text, 'Meridian Highlands', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Meridian Retail', 'organization:Meridian', 'place:Meridian Highlands']);
  });
});
