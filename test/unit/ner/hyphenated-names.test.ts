import * as assert from 'node:assert/strict';
import { withHyphenatedNames } from '../../../src/core/ner/hyphenated-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('names with a hyphenated given name', () => {
  it("extends a surname found alone over the hyphenated given name after it", () => {
    const text = 'Councillor Chan Tai-man and Park Ji-Hoon were elected.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Chan', 'person'), spanAt(text, 'Park', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Chan Tai-man', 'person:Park Ji-Hoon']);
  });

  it('adds such a name the model missed, written with the given name in lower case after the hyphen', () => {
    const text = 'Activists Lau Mei-ling and Ho Siu-fai won seats.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Lau Mei-ling', 'person:Ho Siu-fai']);
  });

  it('leaves modifiers, organisations and places alone', () => {
    const text = 'The Tel Aviv-based firm, Acme On-Line and a Hong Kong-born chef.';
    const spans = [spanAt(text, 'Tel Aviv', 'place'), spanAt(text, 'Acme', 'organization'), spanAt(text, 'Hong Kong', 'place')];
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, spans)), showSpans(text, spans));
  });
});

describe('names with a double surname', () => {
  it('adds a given name and a double surname after a role or a title, or before a person\'s words', () => {
    const text = 'The mill was built by the architect Solène Marchand-Dubois. Senator Ibrahim Lawal-Danjuma spoke, and Chiamaka Obi-Nwosu, who chairs the board, agreed.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Solène Marchand-Dubois', 'person:Ibrahim Lawal-Danjuma', 'person:Chiamaka Obi-Nwosu']);
  });

  it('leaves double names with no person cue: places, firms', () => {
    const text = 'Ferries sail to Baie-Comeau from Rivière-du-Loup; Groupe Bouchard-Fortin builds them near Port Saint-Laurent.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), []);
  });
});
