import * as assert from 'node:assert/strict';
import { endBeforePostNominals, maySeat, memberLettersInside, withMemberSeats } from '../../../src/core/ner/person-member-letters';
import { parseArticle } from '../../../src/core/article/parse-article';
import { recognize } from '../../../src/core/entities/recognize';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { showSpans, spanAt } from '../helpers/spans';

const tagger = loadDefaultTagger();
const names = (text: string) => recognize(parseArticle(text, 'article.txt'), { tagger }).filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.text}`);

describe("a member's letters around a person's name", () => {
  it("ends a name before the letters written after it, a member's, a lawyer's or an honour's", () => {
    const text = 'Next came Orla Gribben-Shaw MHK, then Pat Lowry SC, then Ewan Tait MBE MSP and Ian Reid.';
    const end = (name: string) => text.slice(text.indexOf(name), endBeforePostNominals(text, spanAt(text, name, 'person')));
    assert.equal(end('Orla Gribben-Shaw MHK'), 'Orla Gribben-Shaw');
    assert.equal(end('Pat Lowry SC'), 'Pat Lowry');
    assert.equal(end('Ewan Tait MBE MSP'), 'Ewan Tait');
    assert.equal(end('Ian Reid'), 'Ian Reid');
  });

  it("finds a member's letters between a seat and a name, and tells a seat from a party's or a title's word", () => {
    assert.equal(memberLettersInside('Castletown MHK Ruth Corlett')?.[0], ' MHK ');
    assert.equal(memberLettersInside('Kerry TD Seán Daly')?.[0], ' TD ');
    assert.equal(memberLettersInside('Ruth Corlett'), null);
    assert.equal(maySeat('Castletown'), true);
    assert.equal(maySeat('Conservative'), false);
    assert.equal(maySeat('Former'), false);
    assert.equal(maySeat('Backbench'), false);
  });

  it("adds the seat before a member's letters as a place, not a word a span or the lists hold", () => {
    const text = 'Castletown MHK Ruth Corlett said so. Labour MP Dan Hoyle agreed.';
    const spans = [spanAt(text, 'Ruth Corlett', 'person'), spanAt(text, 'Labour', 'organization'), spanAt(text, 'Dan Hoyle', 'person')];
    assert.deepEqual(showSpans(text, withMemberSeats(text, spans, () => false)), ['place:Castletown', 'person:Ruth Corlett', 'organization:Labour', 'person:Dan Hoyle']);
    assert.deepEqual(showSpans(text, withMemberSeats(text, spans.slice(0, 1), (name) => name === 'Castletown')), ['person:Ruth Corlett']);
  });

  it('reads seats and members apart in whole sentences', () => {
    const found = names('Finance Minister Orla Gribben-Shaw MHK told Castletown MHK Ruth Corlett that Kerry TD Seán Daly had written. Conservative MP Dan Hoyle agreed.');
    for (const name of ['person:Orla Gribben-Shaw', 'person:Ruth Corlett', 'place:Castletown', 'person:Seán Daly', 'person:Dan Hoyle']) assert.ok(found.includes(name), `${name} in ${found.join(', ')}`);
    assert.ok(!found.some((n) => n.includes('MHK') || n.includes('TD') || n === 'place:Conservative'), found.join(', '));
  });
});
