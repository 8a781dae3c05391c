import * as assert from 'node:assert/strict';
import { withMixedCapitals } from '../../../src/core/ner/org-mixed-capitals';
import { showSpans, spanAt } from '../helpers/spans';

describe('names blended from capitals and a word', () => {
  it('adds or types a word of capitals going on in small letters as an organisation, wherever it stands', () => {
    const text = 'The KDZone signed leases, and NORTrans said the KDZone would grow.';
    const spans = [spanAt(text, 'NORTrans', 'person')];
    assert.deepEqual(showSpans(text, withMixedCapitals(text, spans)), ['organization:KDZone', 'organization:NORTrans', 'organization:KDZone']);
  });

  it('leaves plurals and verbs of initials and capitals inside longer words alone', () => {
    const text = 'ATMs and NGOs OKed it; MPs met at 9ABCdefg and x-ray.';
    assert.deepEqual(withMixedCapitals(text, []), []);
  });

  it('handles an empty text and a text of capitals alone', () => {
    assert.deepEqual(withMixedCapitals('', []), []);
    assert.deepEqual(withMixedCapitals('REPUBLIC OF ZAMBIA\r\n', []), []);
  });
});
