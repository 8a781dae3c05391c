import * as assert from 'node:assert/strict';
import { withPeoplesNames } from '../../../src/core/ner/org-peoples-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('"People\'s" names of parties and armies', () => {
  it('joins the parts the possessive cut (or a person read in them) into one organisation, with the capitalised words before it', () => {
    const text = "Members of the centre-left Nordic People's Alliance met the Lanka People's Front.";
    const spans = [spanAt(text, 'Nordic People', 'organization'), spanAt(text, 'Alliance', 'organization'), spanAt(text, 'People', 'person', 1)];
    assert.deepEqual(showSpans(text, withPeoplesNames(text, spans)), ["organization:Nordic People's Alliance", "organization:Lanka People's Front"]);
  });

  it("keeps a phrase's opening word out and takes words between the possessive and the head", () => {
    const text = "Would you join People's Liberation Army drills? With People's Party votes, yes.";
    assert.deepEqual(showSpans(text, withPeoplesNames(text, [])), ["organization:People's Liberation Army", "organization:People's Party"]);
  });

  it('leaves a country, a newspaper, a plain possessive and a longer name around one', () => {
    const text = "The People's Republic spoke, People's Daily wrote, the People's vote counted, and the Old People's Party Hall shut.";
    const spans = [spanAt(text, "Old People's Party Hall", 'place')];
    assert.deepEqual(showSpans(text, withPeoplesNames(text, spans)), ["place:Old People's Party Hall"]);
  });

  it('handles empty text and a text without the word', () => {
    assert.deepEqual(withPeoplesNames('', []), []);
    assert.deepEqual(withPeoplesNames('Peoples Party', []), []);
  });
});
