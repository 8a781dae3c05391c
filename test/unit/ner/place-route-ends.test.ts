import * as assert from 'node:assert/strict';
import { withRouteEnds } from '../../../src/core/ner/place-route-ends';
import { showSpans, spanAt } from '../helpers/spans';

const listType = (name: string) => (name === 'Amazon' ? ('organization' as const) : null);

describe('the two ends of a way described in words', () => {
  it('makes the other end a place after "through", "along" and "at ... onto"', () => {
    const text = 'Goods go south through Kapan to Iran, along Route 7 to Sopot and are diverted at Kireka onto Jinja Road.';
    const spans = [spanAt(text, 'Kapan', 'person'), spanAt(text, 'Iran', 'place'), spanAt(text, 'Route 7', 'place'), spanAt(text, 'Sopot', 'person'), spanAt(text, 'Kireka', 'organization'), spanAt(text, 'Jinja Road', 'place')];
    assert.deepEqual(showSpans(text, withRouteEnds(text, spans, listType)), ['place:Kapan', 'place:Iran', 'place:Route 7', 'place:Sopot', 'place:Kireka', 'place:Jinja Road']);
  });

  it('reads a trip opening a row of a table written without bars, not one in running prose', () => {
    const text = 'Trip                 Usual   Detour\nTarras to Cromwell    25 min  50 min\nHemi to Cromwell was a pass.';
    const spans = [spanAt(text, 'Tarras', 'person'), spanAt(text, 'Cromwell', 'place'), spanAt(text, 'Hemi', 'person'), spanAt(text, 'Cromwell', 'place', 1)];
    assert.deepEqual(showSpans(text, withRouteEnds(text, spans, listType)), ['place:Tarras', 'place:Cromwell', 'person:Hemi', 'place:Cromwell']);
  });

  it('reads "from ... to" only when one end is a road', () => {
    const text = 'The flyover from Bugolobi House to Port Bell Road opened; power passed from Kenyatta to Moi and from Okello to Gulu.';
    const spans = [spanAt(text, 'Bugolobi House', 'organization'), spanAt(text, 'Port Bell Road', 'place'), spanAt(text, 'Kenyatta', 'person'), spanAt(text, 'Moi', 'person'), spanAt(text, 'Okello', 'person'), spanAt(text, 'Gulu', 'place')];
    assert.deepEqual(showSpans(text, withRouteEnds(text, spans, listType)), ['place:Bugolobi House', 'place:Port Bell Road', 'person:Kenyatta', 'person:Moi', 'person:Okello', 'place:Gulu']);
  });

  it('reads "from ... to" from a terminal, with the names listed at the far end', () => {
    const text = 'Planes flew from Tarsay Airport to Eday and North Holm, and letters went from Okello to Gulu and Mbale.';
    const spans = [spanAt(text, 'Tarsay Airport', 'place'), spanAt(text, 'Eday', 'person'), spanAt(text, 'North Holm', 'person'), spanAt(text, 'Okello', 'person'), spanAt(text, 'Gulu', 'place'), spanAt(text, 'Mbale', 'person')];
    assert.deepEqual(showSpans(text, withRouteEnds(text, spans, listType)), ['place:Tarsay Airport', 'place:Eday', 'place:North Holm', 'person:Okello', 'place:Gulu', 'person:Mbale']);
  });

  it('leaves listed names and "at ... to"', () => {
    const text = 'Parcels sent via Amazon to Kenya; he arrived at Mensah to Accra.';
    const spans = [spanAt(text, 'Amazon', 'organization'), spanAt(text, 'Kenya', 'place'), spanAt(text, 'Mensah', 'person'), spanAt(text, 'Accra', 'place')];
    assert.deepEqual(showSpans(text, withRouteEnds(text, spans, listType)), showSpans(text, spans));
  });
});
