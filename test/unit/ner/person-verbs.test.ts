import * as assert from 'node:assert/strict';
import { withFirstNames } from '../../../src/core/ner/person-first-names';
import { withPlaceGivenNames } from '../../../src/core/ner/person-place-given-names';
import { withSpeakers } from '../../../src/core/ner/person-speakers';
import { PERSON_AFTER, SPEECH_AFTER, SPEECH_IN_TEXT, VERB_AFTER_LENGTH } from '../../../src/core/ner/person-verbs';
import { showSpans, spanAt } from '../helpers/spans';

const unlisted = (): boolean => false;

describe("the verbs that tell a person after a name, shared by the people's rules", () => {
  it('reads a possessive, a reporting verb or a verb of a person after a name, whole words only', () => {
    for (const after of ["'s lawyer", '’s team', ' said no', ' insisted', ' tweeted', ' scored', ' became', ' would', ' who']) assert.ok(PERSON_AFTER.test(after), after);
    for (const after of [' saidi', ' has-been', "'see", ' Said', ', said', ' is’nt', ' lake']) assert.equal(PERSON_AFTER.test(after), false, after);
  });

  it('tells reporting verbs from the other verbs of a person', () => {
    assert.ok(SPEECH_AFTER.test(' conceded that'));
    assert.equal(SPEECH_AFTER.test(' scored twice'), false);
    SPEECH_IN_TEXT.lastIndex = 0;
    assert.deepEqual([...'Ana Lopes replied and Teo denied it; Rui won.'.matchAll(SPEECH_IN_TEXT)].map((m) => m[0].trim()), ['replied', 'denied']);
  });

  it('reads far enough after a name for the longest verb and the character after it', () => {
    assert.ok(PERSON_AFTER.test(' announced.'.slice(0, VERB_AFTER_LENGTH)));
  });

  it('finds a given name alone before a verb only the other rules read before (scored, insisted)', () => {
    const text = 'Coach Hendrik Maasdam picked Sigrún Arnardóttir. Sigrún scored twice and Sigrún insisted on more.';
    const spans = [spanAt(text, 'Hendrik Maasdam', 'person'), spanAt(text, 'Sigrún Arnardóttir', 'person')];
    assert.deepEqual(showSpans(text, withFirstNames(text, spans, unlisted)), ['person:Hendrik Maasdam', 'person:Sigrún Arnardóttir', 'person:Sigrún', 'person:Sigrún']);
  });

  it('joins a town-named given name and its surname before a verb only the other rules read before (would, warned)', () => {
    const text = 'Augusta Ferrel would not comment. Later Adelaide Brumby warned of delays.';
    const spans = [spanAt(text, 'Augusta', 'place'), spanAt(text, 'Adelaide', 'place')];
    assert.deepEqual(showSpans(text, withPlaceGivenNames(text, spans, unlisted)), ['person:Augusta Ferrel', 'person:Adelaide Brumby']);
  });

  it('adds a speaker before a reporting verb only the other rules read (replied, tweeted)', () => {
    const text = 'Asked about it, the mayor Oskar Vendelbo replied that it was late. Then the senator Lidia Perro tweeted a photo.';
    assert.deepEqual(showSpans(text, withSpeakers(text, [], unlisted)), ['person:Oskar Vendelbo', 'person:Lidia Perro']);
  });
});
