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

  it('adds a word of two capitalised parts as an organisation, but not surnames and places written so', () => {
    const text = 'As TorFerry said, Ailsa MacLeod of KwaDabeka said BlueHarbour had run late.';
    const spans = [spanAt(text, 'Ailsa MacLeod', 'person'), spanAt(text, 'KwaDabeka', 'place')];
    assert.deepEqual(showSpans(text, withMixedCapitals(text, spans)), ['organization:TorFerry', 'person:Ailsa MacLeod', 'place:KwaDabeka', 'organization:BlueHarbour']);
  });

  it('leaves a two-part word alone when no mention of it reads as a body', () => {
    const text = 'Pay with your QuickWallet account; my cat GummyPaw sleeps. The TeleVlogger has left.';
    assert.deepEqual(withMixedCapitals(text, []), []);
  });

  it('handles an empty text and a text of capitals alone', () => {
    assert.deepEqual(withMixedCapitals('', []), []);
    assert.deepEqual(withMixedCapitals('REPUBLIC OF ZAMBIA\r\n', []), []);
  });
});
