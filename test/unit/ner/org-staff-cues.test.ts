import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withStaffCues } from '../../../src/core/ner/org-staff-cues';

describe('bodies named by one of their people after them', () => {
  it('adds the name between "a" and a staff noun as an organisation where nothing was found', () => {
    const text = 'A Tellborne spokeswoman said the line was shut. An Orvisk Marine official and a former Kelda Foods executive agreed.';
    assert.deepEqual(showSpans(text, withStaffCues(text, [], () => false)), ['organization:Tellborne', 'organization:Orvisk Marine', 'organization:Kelda Foods']);
  });

  it('types an unlisted place found there as an organisation, and keeps a found person or organisation', () => {
    const text = 'A Quillon spokesman spoke, as did a Marcus Dell spokesman and a senior Varn Group official.';
    const spans = [spanAt(text, 'Quillon', 'place'), spanAt(text, 'Marcus Dell', 'person'), spanAt(text, 'Varn Group', 'organization')];
    assert.deepEqual(showSpans(text, withStaffCues(text, spans, () => false)), ['organization:Quillon', 'person:Marcus Dell', 'organization:Varn Group']);
  });

  it('leaves nationality and party adjectives, generic heads, listed names and people named elsewhere alone', () => {
    const text = 'Senator Ana Bree left. A Chinese spokesman, a Republican official, an Army spokesman, a Norland official and a Bree spokesman spoke.';
    const spans = [spanAt(text, 'Ana Bree', 'person')];
    assert.deepEqual(showSpans(text, withStaffCues(text, spans, (name) => name === 'Norland')), ['person:Ana Bree']);
  });

  it('leaves a name that is a person’s full name, a person’s last word, or a one-word person elsewhere', () => {
    const text = 'Mara Lindqvist Holm and Brask met Arne Vole. A Holm spokesman, a Brask official and an Arne Vole executive left; a Vole Tidings employee stayed.';
    const spans = [spanAt(text, 'Mara Lindqvist Holm', 'person'), spanAt(text, 'Brask', 'person'), spanAt(text, 'Arne Vole', 'person')];
    assert.deepEqual(showSpans(text, withStaffCues(text, spans, () => false)), [...showSpans(text, spans), 'organization:Vole Tidings']);
  });

  it('reads the staff noun as a whole word only, and needs "a" or "an" before the name', () => {
    const text = 'The Halden officially opened. Tarsk spokesman Ola Berg said so. The Vimmer executive left.';
    assert.deepEqual(showSpans(text, withStaffCues(text, [], () => false)), []);
  });
});
