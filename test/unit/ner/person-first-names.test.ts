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

  it('makes a given name the model read as a town alone the person’s, unless the lists know the place', () => {
    const text = 'Kostas Iliadis scored late. "I looked at Kostas and he smiled." Jordan Pike flew to Jordan.';
    const spans = [spanAt(text, 'Kostas Iliadis', 'person'), spanAt(text, 'Kostas', 'place', 1), spanAt(text, 'Jordan Pike', 'person'), spanAt(text, 'Jordan', 'place', 1)];
    const listed = (name: string) => name === 'Jordan';
    assert.deepEqual(showSpans(text, withFirstNames(text, spans, listed)), ['person:Kostas Iliadis', 'person:Kostas', 'person:Jordan Pike', 'place:Jordan']);
  });

  it('leaves a place a word of its kind follows, though a person’s name opens with the same word', () => {
    const text = 'In Tarnaq district, Tarnaq Holdings said the wells were dry.';
    const spans = [spanAt(text, 'Tarnaq', 'place'), spanAt(text, 'Tarnaq Holdings', 'person')];
    assert.deepEqual(showSpans(text, withFirstNames(text, spans, unlisted)), ['place:Tarnaq', 'person:Tarnaq Holdings']);
  });
});
