import * as assert from 'node:assert/strict';
import { withAcquiredCompanies } from '../../../src/core/ner/acquired-companies';
import { showSpans, spanAt } from '../helpers/spans';

const isPlace = (name: string): boolean => name === 'Alaska' || name === 'Oslo';

describe('names a firm acquires are firms', () => {
  it('makes each name listed after "acquired" an organisation, found or not', () => {
    const text = 'Halvorsen has acquired Tindra, Quillcast, Bright Ledger and Norvik.io, and a satellite firm.';
    const spans = [spanAt(text, 'Halvorsen', 'organization'), spanAt(text, 'Quillcast', 'place'), spanAt(text, 'Bright', 'person')];
    assert.deepEqual(showSpans(text, withAcquiredCompanies(text, spans, isPlace)), [
      'organization:Halvorsen', 'organization:Tindra', 'organization:Quillcast', 'organization:Bright Ledger', 'organization:Norvik.io',
    ]);
  });

  it('reads "the takeover of" and stops at a sentence’s full stop', () => {
    const text = 'The takeover of Pennick Dairies closed. It was quick.';
    assert.deepEqual(showSpans(text, withAcquiredCompanies(text, [], isPlace)), ['organization:Pennick Dairies']);
  });

  it('leaves listed places, nationality words, people and longer names alone', () => {
    const text = 'The state acquired Alaska. She acquired Spanish citizenship. They acquired Mara Lind’s stake and acquired Oslo Fjord Shipping Lines.';
    const spans = [spanAt(text, 'Alaska', 'place'), spanAt(text, 'Mara Lind', 'person'), spanAt(text, 'Oslo Fjord Shipping Lines', 'organization')];
    assert.equal(withAcquiredCompanies(text, spans, isPlace), spans);
  });

  it('reads "took over" and "take over" as a takeover, and keeps a listed place and a person taken over', () => {
    const text = 'Marlow Oil took over Fenwick last year and plans to take over Quarrow too. Rebels took over Oslo. She took over Ada Reyes’s post.';
    const spans = [spanAt(text, 'Marlow Oil', 'organization'), spanAt(text, 'Fenwick', 'person'), spanAt(text, 'Oslo', 'place'), spanAt(text, 'Ada Reyes', 'person')];
    assert.deepEqual(showSpans(text, withAcquiredCompanies(text, spans, isPlace)), [
      'organization:Marlow Oil', 'person:Fenwick', 'organization:Quarrow', 'place:Oslo', 'person:Ada Reyes',
    ]);
  });
});
