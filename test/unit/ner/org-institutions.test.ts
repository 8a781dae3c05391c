import * as assert from 'node:assert/strict';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { withInstitutions } from '../../../src/core/ner/org-institutions';
import { showSpans, spanAt } from '../helpers/spans';

const noPlace = () => false;
const tagger = loadDefaultTagger();
const find = (text: string) => showSpans(text, tagger.find(text, [{ start: 0, end: text.length }]));

describe('institutions named after people and places', () => {
  it('makes a hospital named after a person or a town one organisation, over the person or place found in it', () => {
    const text = 'She was flown from Tamsin Achebe Memorial Hospital to Leverton Royal Infirmary on Friday.';
    const spans = [spanAt(text, 'Tamsin Achebe', 'person'), spanAt(text, 'Leverton Royal Infirmary', 'place')];
    assert.deepEqual(showSpans(text, withInstitutions(text, spans, noPlace)), ['organization:Tamsin Achebe Memorial Hospital', 'organization:Leverton Royal Infirmary']);
  });

  it('takes a royal patron and the comma before the title into a hospital’s name', () => {
    const text = 'He was treated at Mary, Queen of Scots Hospital in Dunmore.';
    const spans = [spanAt(text, 'Mary', 'person'), spanAt(text, 'Scots Hospital', 'place'), spanAt(text, 'Dunmore', 'place')];
    assert.deepEqual(showSpans(text, withInstitutions(text, spans, noPlace)), ['organization:Mary, Queen of Scots Hospital', 'place:Dunmore']);
  });

  it('finds a programme, a partnership and a unit named after its parent as two names, cut at the possessive', () => {
    const text = "The UNDP's Clean Water Programme buys through the Safe Wells Partnership's Regional Supply Facility.";
    const spans = [spanAt(text, 'UNDP', 'organization')];
    assert.deepEqual(showSpans(text, withInstitutions(text, spans, noPlace)), ['organization:UNDP', 'organization:Clean Water Programme', 'organization:Safe Wells Partnership', 'organization:Regional Supply Facility']);
  });

  it('goes on over a field named after "for" and "in", but not into the town after it', () => {
    const text = 'Dr Osei of the Northern Centre for Studies in Malaria in Tamale disagreed.';
    const spans = [spanAt(text, 'Osei', 'person'), spanAt(text, 'Northern Centre for Studies', 'organization'), spanAt(text, 'Tamale', 'place')];
    assert.deepEqual(showSpans(text, withInstitutions(text, spans, noPlace)), ['person:Osei', 'organization:Northern Centre for Studies in Malaria', 'place:Tamale']);
  });

  it('leaves a name turned modifier ("Geneva-based") out of the institution after it', () => {
    const text = 'Talks were hosted by the Geneva-based Centre for Humanitarian Dialogue on Monday.';
    const spans = [spanAt(text, 'Centre', 'organization')];
    assert.deepEqual(showSpans(text, withInstitutions(text, spans, noPlace)), ['organization:Centre for Humanitarian Dialogue']);
  });

  it('keeps "the Institute in Paris" apart and leaves a head noun standing alone', () => {
    const text = 'They met at the Institute in Paris, then at the Centre and the Hospital.';
    const spans = [spanAt(text, 'Paris', 'place')];
    assert.deepEqual(showSpans(text, withInstitutions(text, spans, noPlace)), ['place:Paris']);
  });

  it('leaves centres that are places: a venue found as a place, a shopping centre, a detention centre', () => {
    const text = 'Crowds filled the Harbour Market Centre, the Eastgate Shopping Centre and the Marsh Detention Centre.';
    const spans = [spanAt(text, 'Harbour Market Centre', 'place')];
    assert.deepEqual(showSpans(text, withInstitutions(text, spans, noPlace)), ['place:Harbour Market Centre']);
  });

  it('keeps a possessive that belongs to the name: a children’s hospital, a saint’s', () => {
    const text = "She works at Dunmore Children's Hospital, not St Brigid's Hospital.";
    assert.deepEqual(showSpans(text, withInstitutions(text, [spanAt(text, 'St Brigid', 'place')], noPlace)), ["organization:Dunmore Children's Hospital", "organization:St Brigid's Hospital"]);
  });

  it('makes a legislature’s or a trade body’s chamber one organisation, plural possessive and all', () => {
    const text = "She sits in the Chamber of Deputies; he won a seat in the House of Peoples' Representatives.";
    const spans = [spanAt(text, 'House of Peoples', 'organization')];
    assert.deepEqual(showSpans(text, withInstitutions(text, spans, noPlace)), ['organization:Chamber of Deputies', "organization:House of Peoples' Representatives"]);
  });

  it('leaves a head noun followed by another capitalised word to the longer name, and a title-case headline alone', () => {
    const text = 'Leverton Hospital Trust said so.\nBoy Taken To Hospital After Fall';
    assert.deepEqual(showSpans(text, withInstitutions(text, [], noPlace)), ['organization:Leverton Hospital Trust']);
  });

  it('finds a head noun at the very start or end of the text, but not one ending a longer word', () => {
    const text = 'Westmere Cancer Institute staff met the CareTrust board and the ex-Trust managers at Dunmore Hospital';
    assert.deepEqual(showSpans(text, withInstitutions(text, [], noPlace)), ['organization:Westmere Cancer Institute', 'organization:Dunmore Hospital']);
  });

  it('reads the institutions through the whole tagger', () => {
    assert.deepEqual(find('Samples went to the Desmond Tutu TB Centre and to Hull Royal Infirmary.'), ['organization:Desmond Tutu TB Centre', 'organization:Hull Royal Infirmary']);
  });

  it('makes a college named after a person an organisation, over the place the model found', () => {
    const text = 'Votes were counted at Ramesh Prasad College in the town.';
    assert.deepEqual(showSpans(text, withInstitutions(text, [spanAt(text, 'Ramesh Prasad College', 'place')], noPlace)), ['organization:Ramesh Prasad College']);
  });
});
