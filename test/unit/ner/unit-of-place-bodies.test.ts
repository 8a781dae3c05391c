import * as assert from 'node:assert/strict';
import { withUnitOfPlaceBodies } from '../../../src/core/ner/unit-of-place-bodies';
import { showSpans, spanAt } from '../helpers/spans';

describe('bodies named after a state, a district or a republic', () => {
  it('takes "<Unit> of" into an organisation that starts at the place', () => {
    const text = 'A judge of the District of Lanmore Court of Appeals and the State of Keld Department of Health met.';
    const spans = [spanAt(text, 'Lanmore Court of Appeals', 'organization'), spanAt(text, 'Keld Department of Health', 'organization')];
    assert.deepEqual(showSpans(text, withUnitOfPlaceBodies(text, spans)), ['organization:District of Lanmore Court of Appeals', 'organization:State of Keld Department of Health']);
  });

  it('drops a span over the unit word alone, which the model made a place', () => {
    const text = 'She joined the Republic of Varno Navy in 2001.';
    const spans = [spanAt(text, 'Republic', 'place'), spanAt(text, 'Varno Navy', 'organization')];
    assert.deepEqual(showSpans(text, withUnitOfPlaceBodies(text, spans)), ['organization:Republic of Varno Navy']);
  });

  it('leaves places, other words before "of", and a longer name ending at the unit alone', () => {
    const text = 'The County of Brae said the President of Varno University and the Free State of Varno Bank agreed.';
    const spans = [spanAt(text, 'Brae', 'place'), spanAt(text, 'Varno University', 'organization'), spanAt(text, 'Free State', 'place'), spanAt(text, 'Varno Bank', 'organization')];
    assert.deepEqual(showSpans(text, withUnitOfPlaceBodies(text, spans)), ['place:Brae', 'organization:Varno University', 'place:Free State', 'organization:Varno Bank']);
    assert.deepEqual(withUnitOfPlaceBodies('State of', []), []);
  });

  it('makes a town\'s "City of" or "Village of" before its name, also opening a line, its council', () => {
    const text = 'It rained.\nVillage of Brae Mayor Ann Holt said the City of Keld agreed, as the city of Keld did not.';
    const spans = [spanAt(text, 'Brae', 'place'), spanAt(text, 'Ann Holt', 'person'), spanAt(text, 'City of Keld', 'place'), spanAt(text, 'Keld', 'place', 1)];
    assert.deepEqual(showSpans(text, withUnitOfPlaceBodies(text, spans)), ['organization:Village of Brae', 'person:Ann Holt', 'organization:City of Keld', 'place:Keld']);
  });

  it('makes a province or a state named with its unit the government when a body\'s verb follows, even after a "which" clause', () => {
    const text = 'The Province of Norland has pledged $2 million. The Territory of Keld, which runs the ferries, asked for a delay. Ann moved to the Province of Norland, which has long winters, in 1990.';
    const spans = [spanAt(text, 'Province of Norland', 'place'), spanAt(text, 'Territory of Keld', 'place'), spanAt(text, 'Province of Norland', 'place', 1)];
    assert.deepEqual(showSpans(text, withUnitOfPlaceBodies(text, spans)), ['organization:Province of Norland', 'organization:Territory of Keld', 'place:Province of Norland']);
  });
});
