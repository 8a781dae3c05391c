import * as assert from 'node:assert/strict';
import { propagate } from '../../../src/core/ner/document-consistency';
import { tokenize } from '../../../src/core/ner/tokenize';
import { showSpans, spanAt } from '../helpers/spans';

describe('names found again at their other mentions', () => {
  const whole = (text: string) => tokenize(text, [{ start: 0, end: text.length }]);

  it('finds a surname alone, initials and a whole name again, and skips words that start no name', () => {
    const text = 'Nikol Pashinyan met the Collective Security Treaty Organization. Later Pashinyan said the CSTO failed.';
    const spans = [spanAt(text, 'Nikol Pashinyan', 'person'), spanAt(text, 'Collective Security Treaty Organization', 'organization')];
    assert.deepEqual(showSpans(text, propagate(text, whole(text), spans)), [
      'person:Nikol Pashinyan',
      'organization:Collective Security Treaty Organization',
      'person:Pashinyan',
      'organization:CSTO',
    ]);
  });

  it('finds the first of two surnames alone, but not a middle initial', () => {
    const text = 'Ander Mendizabal Urkiza won. George W. Bush spoke. Mendizabal was second and W. nothing.';
    const spans = [spanAt(text, 'Ander Mendizabal Urkiza', 'person'), spanAt(text, 'George W. Bush', 'person')];
    assert.deepEqual(showSpans(text, propagate(text, whole(text), spans)), ['person:Ander Mendizabal Urkiza', 'person:George W. Bush', 'person:Mendizabal']);
  });

  it('finds a place again in a line of capitals, but not a person, an organisation or a short name', () => {
    const text = 'FLOODS CUT ROADS IN KAVANGO EAST AS MUSA WARNS ACME AND ELY\nRain hit Kavango East and Ely. Musa of Acme said so.';
    const spans = [spanAt(text, 'Kavango East', 'place'), spanAt(text, 'Ely', 'place'), spanAt(text, 'Musa', 'person'), spanAt(text, 'Acme', 'organization')];
    assert.deepEqual(showSpans(text, propagate(text, whole(text), spans)), ['place:KAVANGO EAST', 'place:Kavango East', 'place:Ely', 'person:Musa', 'organization:Acme']);
  });

  it('finds a one-word name again, but not where it leads a building\'s or an office\'s name in prose', () => {
    const text = 'She told the Post. Staff at the Post Office in Halden were told the Post would call.';
    const spans = [spanAt(text, 'Post', 'organization')];
    assert.deepEqual(showSpans(text, propagate(text, whole(text), spans)), ['organization:Post', 'organization:Post']);
  });

  it('finds no short form in a time of day: "PM" of "9:40 PM" is no initials of a place', () => {
    const text = 'Posted 9:40 PM. The Port Morrow council met; the PM office stayed shut.';
    const spans = [spanAt(text, 'Port Morrow', 'place')];
    assert.deepEqual(showSpans(text, propagate(text, whole(text), spans)), ['place:Port Morrow']);
  });

  it('finds initials alone or after a function word, but not where a capitalised word before makes them part of another name', () => {
    const text = 'Storms hit Porto Velanza. Velta PV said so. In PV the lights went out; PV crews worked.';
    const spans = [spanAt(text, 'Porto Velanza', 'place')];
    assert.deepEqual(showSpans(text, propagate(text, whole(text), spans)), ['place:Porto Velanza', 'place:PV', 'place:PV']);
  });

  it('returns the very spans it was given when no other mention is found, so the rules need not read them again', () => {
    const text = 'Nikol Pashinyan spoke in Yerevan.';
    const spans = [spanAt(text, 'Nikol Pashinyan', 'person'), spanAt(text, 'Yerevan', 'place')];
    assert.equal(propagate(text, whole(text), spans), spans);
  });

  it("leaves a name on a line of breadcrumbs, where it is a section's", () => {
    const text = '[Sport](/sport) › [Golf](/sport/golf) › [PGA](/sport/golf/pga)\n\nHe won his first PGA title.\nNews › Golf › PGA';
    const spans = [spanAt(text, 'PGA', 'organization', 1)];
    assert.equal(propagate(text, whole(text), spans), spans);
  });
  it('reads names with accented letters, tabs or double spaces the same way as plain ones', () => {
    const text = 'Ángel Ñúñez  Ortega met the Öffentliche Verkehrs Betriebe\tZürich. Later Ortega, Ñúñez and the ÖVBZ spoke.';
    const spans = [spanAt(text, 'Ángel Ñúñez  Ortega', 'person'), spanAt(text, 'Öffentliche Verkehrs Betriebe\tZürich', 'organization')];
    assert.deepEqual(showSpans(text, propagate(text, whole(text), spans)), [
      'person:Ángel Ñúñez  Ortega',
      'organization:Öffentliche Verkehrs Betriebe\tZürich',
      'person:Ortega',
      'person:Ñúñez',
      'organization:ÖVBZ',
    ]);
  });

  it('finds the first part of a province named with "and" alone again', () => {
    const text = "Why Jammu's apple growers wait. Snow fell across Jammu and Kashmir.";
    const spans = [spanAt(text, 'Jammu and Kashmir', 'place')];
    assert.deepEqual(showSpans(text, propagate(text, whole(text), spans)), ['place:Jammu', 'place:Jammu and Kashmir']);
  });
});
