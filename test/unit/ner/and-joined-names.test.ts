import * as assert from 'node:assert/strict';
import { withAndJoinedNames } from '../../../src/core/ner/and-joined-names';
import { showSpans, spanAt } from '../helpers/spans';

const unlisted = () => false;

describe('venue and institution names joined across "and"', () => {
  it('joins the capitalised words after "the" and before "and" to the name with the head word', () => {
    const text = 'The jet went to the Coastal Air and Sea Museum, then to the Unity and Harmony Stadium.';
    const spans = [spanAt(text, 'Coastal Air', 'organization'), spanAt(text, 'Sea Museum', 'place'), spanAt(text, 'Harmony Stadium', 'place')];
    assert.deepEqual(showSpans(text, withAndJoinedNames(text, spans, unlisted)), ['place:Coastal Air and Sea Museum', 'place:Unity and Harmony Stadium']);
  });

  it('keeps two names apart when the first has a head word, is listed, is a person or has no "the"', () => {
    const text = 'We saw the Rail Museum and Toy Museum, the Norland and Fell Hospital, the Ada and Lovell Institute, and Ward and Crane Gallery.';
    const spans = [spanAt(text, 'Rail Museum', 'place'), spanAt(text, 'Toy Museum', 'place'), spanAt(text, 'Fell Hospital', 'organization'), spanAt(text, 'Ada', 'person'), spanAt(text, 'Lovell Institute', 'organization'), spanAt(text, 'Crane Gallery', 'place')];
    assert.deepEqual(showSpans(text, withAndJoinedNames(text, spans, (name) => name === 'Norland')), showSpans(text, spans));
  });

  it("joins the fields before a body's head word after an owner's possessive, but not another body's name", () => {
    const text = "Kerr chairs the council's Harbours and Ferries Committee; the Royal Navy and Coast Guard Agency agreed.";
    const spans = [spanAt(text, 'Kerr', 'person'), spanAt(text, 'Ferries Committee', 'organization'), spanAt(text, 'Royal Navy', 'organization'), spanAt(text, 'Coast Guard Agency', 'organization')];
    assert.deepEqual(showSpans(text, withAndJoinedNames(text, spans, unlisted)), ['person:Kerr', 'organization:Harbours and Ferries Committee', 'organization:Royal Navy', 'organization:Coast Guard Agency']);
  });

  it("joins a company's or a union's trades across \"and\", but not a body's initials or two full company names", () => {
    const text = 'The Marvell Water and Drainage Company and the Dock and Harbour Workers Union agreed; the RTV and Press Association and the Tolva Steel and Kerran Mining Corporation did not.';
    const spans = [spanAt(text, 'Marvell Water', 'place'), spanAt(text, 'Drainage Company', 'organization'), spanAt(text, 'Harbour Workers Union', 'organization'),
      spanAt(text, 'RTV', 'organization'), spanAt(text, 'Press Association', 'organization'), spanAt(text, 'Tolva Steel', 'organization'), spanAt(text, 'Kerran Mining Corporation', 'organization')];
    assert.deepEqual(showSpans(text, withAndJoinedNames(text, spans, unlisted)), [
      'organization:Marvell Water and Drainage Company', 'organization:Dock and Harbour Workers Union', 'organization:RTV', 'organization:Press Association',
      'organization:Tolva Steel', 'organization:Kerran Mining Corporation',
    ]);
  });

  it('leaves names without a venue or institution head word alone', () => {
    const text = 'Talks between the North and South Korea delegations resumed.';
    const spans = [spanAt(text, 'South Korea', 'place')];
    assert.deepEqual(showSpans(text, withAndJoinedNames(text, spans, unlisted)), ['place:South Korea']);
  });
  it('joins a police force\'s or an emergency service\'s places across "and" without "the", and a field after "its"', () => {
    const text = 'Thefts were reported to Kent and Essex Police on Monday. Later, Kent and Essex Police said so.\nDorset Fire and Rescue Service sent crews; the navy and its Marine and Polar Institute agreed.';
    const spans = [spanAt(text, 'Kent', 'place'), spanAt(text, 'Essex Police', 'organization'), spanAt(text, 'Kent', 'place', 1), spanAt(text, 'Essex Police', 'organization', 1), spanAt(text, 'Dorset Fire', 'organization'), spanAt(text, 'Rescue Service', 'organization'), spanAt(text, 'Marine', 'organization'), spanAt(text, 'Polar Institute', 'organization')];
    const listed = (name: string) => name === 'Kent' || name === 'Essex';
    assert.deepEqual(showSpans(text, withAndJoinedNames(text, spans, listed)), ['organization:Kent and Essex Police', 'organization:Kent and Essex Police', 'organization:Dorset Fire and Rescue Service', 'organization:Marine and Polar Institute']);
  });

  it('keeps companies joined by "and" apart before a head word that is not a force\'s', () => {
    const text = 'Deals with Acme and Zenith Museum fell through, and Acme and Zenith Gallery closed.';
    const spans = [spanAt(text, 'Acme', 'organization'), spanAt(text, 'Zenith Museum', 'place'), spanAt(text, 'Acme', 'organization', 1), spanAt(text, 'Zenith Gallery', 'place')];
    assert.deepEqual(showSpans(text, withAndJoinedNames(text, spans, unlisted)), showSpans(text, spans));
  });
});
