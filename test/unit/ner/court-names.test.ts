import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withCourtNames } from '../../../src/core/ner/court-names';

describe('courts named after cities and circuits', () => {
  it('takes "high court" or "HC" after a city into one organisation, in either case', () => {
    const text = 'They moved the Madras high court, then the Allahabad HC, and the Patna High Court ruled.';
    const spans = withCourtNames(text, [spanAt(text, 'Madras', 'place'), spanAt(text, 'Allahabad HC', 'place'), spanAt(text, 'Patna High Court', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Madras high court', 'organization:Allahabad HC', 'organization:Patna High Court']);
  });

  it('leaves a city before a capitalised name that goes on after "High Court"', () => {
    const text = 'The Delhi High Court Bar Association met in Delhi.';
    const spans = [spanAt(text, 'Delhi', 'place'), spanAt(text, 'Delhi', 'place', 1)];
    assert.deepEqual(showSpans(text, withCourtNames(text, spans)), ['place:Delhi', 'place:Delhi']);
  });

  it("takes a circuit's number into its court's name", () => {
    const text = 'They appealed to the 11th U.S. Circuit Court of Appeals in Atlanta.';
    const spans = withCourtNames(text, [spanAt(text, 'U.S. Circuit Court of Appeals', 'organization'), spanAt(text, 'Atlanta', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:11th U.S. Circuit Court of Appeals', 'place:Atlanta']);
  });

  it('takes "Federal" before a court the model took alone into its name, but not a name before it', () => {
    const text = 'A Federal High Court in Abuja ruled, and the Federal Supreme Court and the Kestrel Federal Court agreed.';
    const spans = [spanAt(text, 'High Court', 'organization'), spanAt(text, 'Abuja', 'place'), spanAt(text, 'Supreme Court', 'organization'), spanAt(text, 'Kestrel Federal', 'organization'), spanAt(text, 'Court', 'organization', 2)];
    assert.deepEqual(showSpans(text, withCourtNames(text, spans)), ['organization:Federal High Court', 'place:Abuja', 'organization:Federal Supreme Court', 'organization:Kestrel Federal', 'organization:Court']);
  });

  it('reads a circuit’s court by its number alone, in figures or words, and the circuit after "Court of Appeals for the"', () => {
    const text = 'A panel of the U.S. Court of Appeals for the 4th Circuit ruled; the full 4th Circuit may rehear it, as the Tenth Circuit did. The 3rd Circuit in Philadelphia and 24th Circuits disagreed.';
    const spans = [spanAt(text, 'U.S. Court of Appeals', 'organization'), spanAt(text, 'Philadelphia', 'place')];
    assert.deepEqual(showSpans(text, withCourtNames(text, spans)), ['organization:U.S. Court of Appeals for the 4th Circuit', 'organization:4th Circuit', 'organization:Tenth Circuit', 'organization:3rd Circuit', 'place:Philadelphia']);
  });

  it('makes a court\'s name with "House" after it the building, a place, but not "House" in a longer word or name', () => {
    const text = 'Crowds filled the Old Court House. The Old Court Householders met; the Kessel Court House of Lords.';
    const spans = [spanAt(text, 'Old Court', 'organization'), spanAt(text, 'Old Court', 'organization', 1), spanAt(text, 'Kessel Court', 'organization'), spanAt(text, 'House of Lords', 'organization')];
    assert.deepEqual(showSpans(text, withCourtNames(text, spans)), ['place:Old Court House', 'organization:Old Court', 'organization:Kessel Court', 'organization:House of Lords']);
  });
});
