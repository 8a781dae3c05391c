import * as assert from 'node:assert/strict';
import { withPressNames } from '../../../src/core/ner/org-acronyms-press';
import { showSpans, spanAt } from '../helpers/spans';

const noPlace = () => false;

describe('press names in credits and quotes', () => {
  it('reads initials after the writer’s name on a page-details line as the outlet, in every mention', () => {
    const text = 'Mira Joshi | HNS | Updated: Jan 2, 2026\r\n\r\nThe HNS team visited.';
    assert.deepEqual(showSpans(text, withPressNames(text, [], noPlace)), ['organization:HNS', 'organization:HNS']);
  });

  it('reads initials between slashes after the writer’s name as the outlet, and initials a source spoke to outside', () => {
    const text = 'Mira Joshi / HNS / Updated: Jan 2, 2026\n\nShe told DNI outside the court. Photo: Ann Roe / AFP';
    assert.deepEqual(showSpans(text, withPressNames(text, [], noPlace)), ['organization:HNS', 'organization:DNI']);
  });

  it('reads initials a source spoke to as an outlet, but not people’s roles, a longer name nor a colleague’s initials', () => {
    const text = 'She told KTN that the plan failed; he told MPs nothing, told BBC Radio Kent more, and as I told JRW, we wait.';
    const spans = [spanAt(text, 'BBC Radio Kent', 'organization')];
    assert.deepEqual(showSpans(text, withPressNames(text, spans, noPlace)), ['organization:KTN', 'organization:BBC Radio Kent']);
  });

  it('reads the outlet a writer reported for, at the end of the credit', () => {
    const text = 'This story was reported by Dana Reyes for Steppe Wire.\nHe works for Lisbon.';
    const spans = [spanAt(text, 'Dana Reyes', 'person'), spanAt(text, 'Lisbon', 'place')];
    assert.deepEqual(showSpans(text, withPressNames(text, spans, (n) => n === 'Lisbon')), ['person:Dana Reyes', 'organization:Steppe Wire', 'place:Lisbon']);
  });

  it('makes a name described as a newspaper an outlet, but not a newspaper’s people', () => {
    const text = 'Hamshahri, a conservative daily close to the mayor, objected. Lars Berg, a newspaper editor, agreed. The tabloid Vecer ran it.';
    const spans = [spanAt(text, 'Hamshahri', 'person'), spanAt(text, 'Lars Berg', 'person'), spanAt(text, 'Vecer', 'person')];
    assert.deepEqual(showSpans(text, withPressNames(text, spans, noPlace)), ['organization:Hamshahri', 'person:Lars Berg', 'organization:Vecer']);
  });

  it('drops a job after a byline’s name and keeps a bureau’s city as a place', () => {
    const text = '*By Ana Ruiz, Westminster Editor*\n\nOmar Said, Cairo Bureau\n\nThe Westminster Editor of the Herald spoke.';
    const spans = [spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Westminster Editor', 'organization'), spanAt(text, 'Omar Said', 'person'), spanAt(text, 'Cairo Bureau', 'organization'), spanAt(text, 'Westminster', 'organization', 1)];
    assert.deepEqual(showSpans(text, withPressNames(text, spans, noPlace)), ['person:Ana Ruiz', 'person:Omar Said', 'place:Cairo', 'organization:Westminster']);
  });

  it('drops a byline’s beat found alone, with the job after it', () => {
    const text = 'By Ana Ruiz, Westminster Editor\nText.';
    const spans = [spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Westminster', 'organization')];
    assert.deepEqual(showSpans(text, withPressNames(text, spans, noPlace)), ['person:Ana Ruiz']);
  });

  it('handles empty text and emoji', () => {
    assert.deepEqual(withPressNames('', [], noPlace), []);
    const text = '📰\nRavi Rao | PTN | 🕒 Updated';
    assert.deepEqual(showSpans(text, withPressNames(text, [], noPlace)), ['organization:PTN']);
  });

  it('reads a name after "told" with "The" in capitals, or in italics, as a publication, but leaves a body’s name ending its word to the model', () => {
    const text = 'Her aide told The Ridgeline. He told *Harbourlight* in May; she told The Associated Press. Harbourlight agreed.';
    assert.deepEqual(showSpans(text, withPressNames(text, [], noPlace)), ['organization:The Ridgeline', 'organization:Harbourlight', 'organization:Harbourlight']);
  });
});
