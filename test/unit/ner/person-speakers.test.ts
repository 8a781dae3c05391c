import * as assert from 'node:assert/strict';
import { withSpeakers } from '../../../src/core/ner/person-speakers';
import { showSpans, spanAt } from '../helpers/spans';

const LISTED = new Set(['Moscow', 'Halvorsen Partners']);
const isListed = (name: string) => LISTED.has(name);

describe('speakers before a reporting verb', () => {
  it('adds a name of two words the model missed before "said" or "called", after a possessive or a lower-case word', () => {
    const text = 'The party’s Liesel Krautwaß called the result fair. Later, the mayor Joe Bloggs-Fennimore said no.';
    assert.deepEqual(showSpans(text, withSpeakers(text, [], isListed)), ['person:Liesel Krautwaß', 'person:Joe Bloggs-Fennimore']);
  });

  it('leaves headings, function, title and organisation words, listed names and one word alone', () => {
    const text = 'Quarterly Results From Northern Region Said Little\nThe Minister said so. Halvorsen Partners said yes. the Water Agency said no. then Kowalczyk said it. A bank in eastern Vernham, said it would. Floods in Nether Wallop said much.';
    assert.deepEqual(showSpans(text, withSpeakers(text, [], isListed)), []);
  });

  it('adds one name alone the model missed right after a quote closes, before a verb of speech', () => {
    const text = '"We admire him," Vardanek said. “It is late.” Oskarine-Lett told reporters. \'Not yet,\' Quillby wrote.';
    assert.deepEqual(showSpans(text, withSpeakers(text, [], isListed)), ['person:Vardanek', 'person:Oskarine-Lett', 'person:Quillby']);
  });

  it('adds no person after a quote for a listed name, a found span, a word not after a clause\'s mark, or an organisation word', () => {
    const text = '"No," Moscow said. "Yes," Zentrix said. "Go" Brenholt said. "Fine," Police said.';
    const spans = [spanAt(text, 'Zentrix', 'organization')];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, isListed)), ['organization:Zentrix']);
  });

  it('adds a double surname alone opening a sentence when "he" or "she" opens what it says', () => {
    const text = 'Ravell-Oduya said she would wait. The talks ended. Kestner-Bligh said that he had left.';
    assert.deepEqual(showSpans(text, withSpeakers(text, [], isListed)), ['person:Ravell-Oduya', 'person:Kestner-Bligh']);
  });

  it('leaves one word opening a sentence before "said he", a double name saying "it", and a listed name', () => {
    const text = 'Staff said he was armed. Witnesses said she ran. Zentor-Vale said it would appeal. Halvorsen Partners said he left.';
    assert.deepEqual(showSpans(text, withSpeakers(text, [], isListed)), []);
  });

  it('makes no speaker of an island after "on" ("a trip via Uig on Skye added ...")', () => {
    const text = 'He said each trip via Tarnby on Skerrow added about £400 to his costs.';
    const spans = [spanAt(text, 'Tarnby', 'place'), spanAt(text, 'Skerrow', 'place')];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, isListed)), ['place:Tarnby', 'place:Skerrow']);
  });

  it('makes no speaker of the name after "for": an office\'s field or the body a spokesperson speaks for', () => {
    const text = 'The Commissioner for Coastal Rights called for calm, and a spokeswoman for Harlow Vane said so.';
    assert.deepEqual(showSpans(text, withSpeakers(text, [], () => false)), []);
  });

  it('reads no speaker in a name ending in a unit of government ("Dolni Rural Municipality said")', () => {
    const text = 'The chair of Dolni Rural Municipality said roads were shut. Later, Harvo Governorate said more.';
    const spans = [spanAt(text, 'Dolni Rural Municipality', 'place')];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, isListed)), ['place:Dolni Rural Municipality']);
  });

  it('makes an unlisted place that speaks a person in every mention, but not a listed one', () => {
    const text = 'Vernham said it was late. Moscow said no. Ask Vernham again, in Moscow.';
    const spans = [spanAt(text, 'Vernham', 'place'), spanAt(text, 'Moscow', 'place'), spanAt(text, 'Vernham', 'place', 1), spanAt(text, 'Moscow', 'place', 1)];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, isListed)), ['person:Vernham', 'place:Moscow', 'person:Vernham', 'place:Moscow']);
  });

  it('adds a speaker named before " of " and the organisation that speaks, at a sentence\'s start or after a lower-case word', () => {
    const text = 'Prices rose. Maren Støle of Nordic Analytics said output fell. Later, economist Jonas Vik of Tellus Energy told clients.';
    const spans = [spanAt(text, 'Nordic Analytics', 'organization'), spanAt(text, 'Tellus Energy', 'organization')];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, isListed)), ['person:Maren Støle', 'organization:Nordic Analytics', 'person:Jonas Vik', 'organization:Tellus Energy']);
  });

  it('adds no speaker before " of " after a word of place, for titles, or when the organisation does not speak', () => {
    const text = 'Rain in Upper Vale of Acme Group said nothing. Chief Executive of Acme Group said yes. Maren Støle of Acme Group agreed.';
    const spans = [spanAt(text, 'Acme Group', 'organization'), spanAt(text, 'Acme Group', 'organization', 1), spanAt(text, 'Acme Group', 'organization', 2)];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, isListed)).filter((s) => s.startsWith('person:')), []);
  });

  it('leaves a place after "of" before the verb a place: the one of it speaks', () => {
    const text = 'Ward chair Tika Rai of Dhunche Rural Municipality said the road was shut. Vernham said so too.';
    const spans = [spanAt(text, 'Tika Rai', 'person'), spanAt(text, 'Dhunche Rural Municipality', 'place'), spanAt(text, 'Vernham', 'place')];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, isListed)), ['person:Tika Rai', 'place:Dhunche Rural Municipality', 'person:Vernham']);
  });

  it('handles empty text, a verb at the start and emoji', () => {
    assert.deepEqual(withSpeakers('', [], isListed), []);
    assert.deepEqual(withSpeakers(' said 😬', [], isListed), []);
  });

  it('leaves a place that ends a list of places before a verb of speech: its people speak', () => {
    const text = 'Growers in Kibilizi and Muhanga said the harvest was lost. Muhanga is dry.';
    const spans = [spanAt(text, 'Kibilizi', 'place'), spanAt(text, 'Muhanga', 'place'), spanAt(text, 'Muhanga', 'place', 1)];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, () => false)), ['place:Kibilizi', 'place:Muhanga', 'place:Muhanga']);
  });

  it('makes no person of a place inside a longer name with a particle ("Águas do Algarve said")', () => {
    const text = 'The utility Fontes do Minhava said prices would rise. Tourism in Minhava fell.';
    const spans = [spanAt(text, 'Minhava', 'place'), spanAt(text, 'Minhava', 'place', 1)];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, () => false)), ['place:Minhava', 'place:Minhava']);
  });

  it('makes no person of a place that starts before the speaker\'s words ("Queen Maud Land said")', () => {
    const text = 'Officials in the town said nothing, but Queen Ardlow said it would help. Ardlow is small.';
    const spans = [spanAt(text, 'Queen Ardlow', 'place')];
    assert.deepEqual(showSpans(text, withSpeakers(text, spans, () => false)), ['place:Queen Ardlow']);
  });

  it('finds a speaker named after "said" at the end of the sentence, and retypes one after a job', () => {
    const text = '"The sea came in," said Mere Tabua. "We lost the boat," said shop owner Jone Naulu, who fled.';
    const spans = withSpeakers(text, [spanAt(text, 'Jone Naulu', 'organization')], isListed);
    assert.deepEqual(showSpans(text, spans), ['person:Mere Tabua', 'person:Jone Naulu']);
  });

  it('leaves names after "said" and a word of place, a listed name, and names not closing the clause', () => {
    const text = 'Police said in Nakuru Town. Aid workers said the Red Cross. She said Lena Ortiz would come.';
    const spans = withSpeakers(text, [], (name) => name === 'Red Cross');
    assert.deepEqual(showSpans(text, spans), []);
  });

  it('finds a speaker of an organisation named with "of the", after a member\'s letters', () => {
    const text = 'Opposition MP Kagiso Molefe-Dube of the Halden Congress Party asked the minister why.';
    const spans = withSpeakers(text, [spanAt(text, 'Halden Congress Party', 'organization')], isListed);
    assert.deepEqual(showSpans(text, spans), ['person:Kagiso Molefe-Dube', 'organization:Halden Congress Party']);
  });
});
