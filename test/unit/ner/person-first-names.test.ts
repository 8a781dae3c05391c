import * as assert from 'node:assert/strict';
import { withFirstNames } from '../../../src/core/ner/person-first-names';
import { showSpans, spanAt } from '../helpers/spans';

const unlisted = (): boolean => false;

describe("a person's first word alone", () => {
  it('adds a given name before a person’s verb or possessive, once the full name is known', () => {
    const text = 'Judges jailed Bambang Suryadarma on Monday. Bambang’s lawyer objected, and Bambang said he would appeal.';
    const spans = [spanAt(text, 'Bambang Suryadarma', 'person')];
    assert.deepEqual(showSpans(text, withFirstNames(text, spans, unlisted)), ['person:Bambang Suryadarma', 'person:Bambang', 'person:Bambang']);
  });

  it("adds a family name that labels a speaker's answers", () => {
    const text = 'We met Wang Li-hua in Tainan.\n\n**Why now?**\n\n**Wang:** Because it is time.\nWang: Yes.\n';
    const spans = [spanAt(text, 'Wang Li-hua', 'person')];
    assert.deepEqual(showSpans(text, withFirstNames(text, spans, unlisted)), ['person:Wang Li-hua', 'person:Wang', 'person:Wang']);
  });

  it('leaves words the text writes in lower case, listed names, uncued mentions and one-word names', () => {
    const text = 'Will Hayes spoke. We will see, Will said. Jordan Pike left; Jordan said so. Ines Brandt met the Ines group. Okafor said it. Mara Lenz and the Lloyds Mara said no.';
    const spans = [spanAt(text, 'Will Hayes', 'person'), spanAt(text, 'Jordan Pike', 'person'), spanAt(text, 'Ines Brandt', 'person'), spanAt(text, 'Okafor', 'person'), spanAt(text, 'Mara Lenz', 'person')];
    const listed = (name: string) => name === 'Jordan';
    assert.deepEqual(showSpans(text, withFirstNames(text, spans, listed)), showSpans(text, spans));
  });

  it('handles an empty text and a text without people', () => {
    assert.deepEqual(withFirstNames('', [], unlisted), []);
    const text = 'Rain fell on Monday.';
    assert.deepEqual(withFirstNames(text, [], unlisted), []);
  });
});
