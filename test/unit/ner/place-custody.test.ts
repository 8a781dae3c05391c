import * as assert from 'node:assert/strict';
import { withCustodyPlaces } from '../../../src/core/ner/place-custody';
import { showSpans, spanAt } from '../helpers/spans';

describe('prisons and detention centres', () => {
  it('makes a prison and a detention centre places', () => {
    const text = 'He was held at the Ikoyi Custodial Centre, then at Yarl Wood Immigration Detention Centre and Wandsworth Prison.';
    const spans = [spanAt(text, 'Ikoyi Custodial Centre', 'organization'), spanAt(text, 'Yarl Wood Immigration Detention Centre', 'organization'), spanAt(text, 'Wandsworth Prison', 'person')];
    assert.deepEqual(showSpans(text, withCustodyPlaces(text, spans)), ['place:Ikoyi Custodial Centre', 'place:Yarl Wood Immigration Detention Centre', 'place:Wandsworth Prison']);
  });

  it('leaves the bodies that run prisons and other centres organisations', () => {
    const text = 'The Prison Service and the Federal Bureau of Prisons met the Carter Center.';
    const spans = [spanAt(text, 'Prison Service', 'organization'), spanAt(text, 'Federal Bureau of Prisons', 'organization'), spanAt(text, 'Carter Center', 'organization')];
    assert.deepEqual(showSpans(text, withCustodyPlaces(text, spans)), showSpans(text, spans));
  });
});
