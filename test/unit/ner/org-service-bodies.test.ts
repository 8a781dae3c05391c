import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withServiceBodies } from '../../../src/core/ner/org-service-bodies';

describe('bodies named after the service they give', () => {
  it("types a service's district and a speaking utility as organisations", () => {
    const text = 'The Coastal Water District of Northern Oregon cut supplies, and Ridge Water said it would follow. Pine Unified School District closed.';
    const spans = [spanAt(text, 'Coastal Water District of Northern Oregon', 'place'), spanAt(text, 'Ridge Water', 'place'), spanAt(text, 'Pine Unified School District', 'place')];
    assert.deepEqual(showSpans(text, withServiceBodies(text, spans)), ['organization:Coastal Water District of Northern Oregon', 'organization:Ridge Water', 'organization:Pine Unified School District']);
  });

  it('leaves districts of places and waters that do not speak as places', () => {
    const text = 'Floods hit Lahore District and Deep Water Bay, and Clear Water flows on.';
    const spans = [spanAt(text, 'Lahore District', 'place'), spanAt(text, 'Deep Water Bay', 'place'), spanAt(text, 'Clear Water', 'place')];
    assert.deepEqual(showSpans(text, withServiceBodies(text, spans)), ['place:Lahore District', 'place:Deep Water Bay', 'place:Clear Water']);
    assert.deepEqual(withServiceBodies('', []), []);
  });

  it('types a name ending in a transport service\'s word as the operator, whatever follows it', () => {
    const text = 'Brayford Transit will cut two routes, and buses of Keld Transport run late.';
    const spans = [spanAt(text, 'Brayford Transit', 'place'), spanAt(text, 'Keld Transport', 'place')];
    assert.deepEqual(showSpans(text, withServiceBodies(text, spans)), ['organization:Brayford Transit', 'organization:Keld Transport']);
  });

  it("types a town's hall that speaks as its council, and one visited as a place", () => {
    const text = 'Keld City Hall said the road would reopen. Crowds met outside Norland Town Hall on Monday.';
    const spans = [spanAt(text, 'Keld City Hall', 'place'), spanAt(text, 'Norland Town Hall', 'place')];
    assert.deepEqual(showSpans(text, withServiceBodies(text, spans)), ['organization:Keld City Hall', 'place:Norland Town Hall']);
  });

  it('types a speaking utility the model read as a person as the utility, but not a person named Power', () => {
    const text = 'Keld Water said the main burst, and Ada Power said the fix was slow.';
    const spans = [spanAt(text, 'Keld Water', 'person'), spanAt(text, 'Ada Power', 'person')];
    assert.deepEqual(showSpans(text, withServiceBodies(text, spans)), ['organization:Keld Water', 'person:Ada Power']);
  });
});
