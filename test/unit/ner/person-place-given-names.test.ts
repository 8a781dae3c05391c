import * as assert from 'node:assert/strict';
import { withPlaceGivenNames } from '../../../src/core/ner/person-place-given-names';
import { showSpans, spanAt } from '../helpers/spans';

const unlisted = (): boolean => false;

describe('given names that are also towns', () => {
  it("joins the given name and its surname before a person's verb or possessive", () => {
    const text = 'The cross came from Eden Moreau. Later Eden Moreau scored, and Savannah Okoro’s lawyer spoke.';
    const spans = [spanAt(text, 'Eden', 'place'), spanAt(text, 'Eden', 'place', 1), spanAt(text, 'Savannah', 'place')];
    assert.deepEqual(showSpans(text, withPlaceGivenNames(text, spans, unlisted)), ['place:Eden', 'person:Eden Moreau', 'person:Savannah Okoro']);
  });

  it('joins "Magdalena" and a double-barrelled surname before a possessive, and leaves the region alone', () => {
    const text = '*Magdalena Halder-Brunn’s new play opens. Floods hit Magdalena last year.';
    const spans = [spanAt(text, 'Magdalena', 'place'), spanAt(text, 'Magdalena', 'place', 1)];
    assert.deepEqual(showSpans(text, withPlaceGivenNames(text, spans, unlisted)), ['person:Magdalena Halder-Brunn', 'place:Magdalena']);
  });

  it('joins after a job, a title or a party’s possessive, and retypes a pair read as an organisation', () => {
    const text = 'The striker Lincoln Adebayo left. The party’s Regina Lau held her seat. Mayor Chester Pryce spoke.';
    const spans = [spanAt(text, 'Lincoln', 'place'), spanAt(text, 'Regina Lau', 'organization'), spanAt(text, 'Chester', 'place')];
    assert.deepEqual(showSpans(text, withPlaceGivenNames(text, spans, unlisted)), ['person:Lincoln Adebayo', 'person:Regina Lau', 'person:Chester Pryce']);
  });

  it('joins a town-named given name to the surname the model found as a person', () => {
    const text = 'After the count Alvin Tsang of the Civic Party conceded.';
    const spans = [spanAt(text, 'Alvin', 'place'), spanAt(text, 'Tsang', 'person'), spanAt(text, 'Civic Party', 'organization')];
    assert.deepEqual(showSpans(text, withPlaceGivenNames(text, spans, unlisted)), ['person:Alvin Tsang', 'organization:Civic Party']);
  });

  it("leaves the town before a place's word, a listed place, an organisation word or another name", () => {
    const text = 'Sydney Harbour was calm. Victoria Falls is high. Regina Police said so. Austin Energy has won. Florence Milan was busy. Adelaide Oval said it.';
    const spans = [spanAt(text, 'Sydney', 'place'), spanAt(text, 'Victoria', 'place'), spanAt(text, 'Regina', 'place'), spanAt(text, 'Austin', 'place'), spanAt(text, 'Florence', 'place'), spanAt(text, 'Adelaide', 'place'), spanAt(text, 'Oval', 'organization')];
    const listed = (name: string) => name === 'Milan';
    assert.deepEqual(showSpans(text, withPlaceGivenNames(text, spans, listed)), showSpans(text, spans));
  });

  it('leaves a town without a cue, other towns and people', () => {
    const text = 'She moved from Regina Beach to Camden. Trains to Eden Lodge ran. Paris Brown said no.';
    const spans = [spanAt(text, 'Regina', 'place'), spanAt(text, 'Camden', 'place'), spanAt(text, 'Eden', 'place'), spanAt(text, 'Paris', 'place')];
    assert.deepEqual(showSpans(text, withPlaceGivenNames(text, spans, unlisted)), showSpans(text, spans));
  });

  it('handles an empty text and a given name at the text end', () => {
    assert.deepEqual(withPlaceGivenNames('', [], unlisted), []);
    const text = 'We flew to Regina';
    assert.deepEqual(showSpans(text, withPlaceGivenNames(text, [spanAt(text, 'Regina', 'place')], unlisted)), ['place:Regina']);
  });

  it('joins the Spanish given names Santiago and Salvador to a surname, and leaves the city after "in"', () => {
    const text = 'Santiago Etcheverry kicked the goal. Salvador Ruano scored. They lost in Santiago.';
    const spans = [spanAt(text, 'Santiago', 'place'), spanAt(text, 'Etcheverry', 'person'), spanAt(text, 'Salvador', 'place'), spanAt(text, 'Santiago', 'place', 1)];
    assert.deepEqual(showSpans(text, withPlaceGivenNames(text, spans, unlisted)), ['person:Santiago Etcheverry', 'person:Salvador Ruano', 'place:Santiago']);
  });
});
