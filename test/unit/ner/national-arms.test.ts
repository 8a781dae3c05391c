import * as assert from 'node:assert/strict';
import { withNationalArms } from '../../../src/core/ner/national-arms';
import { showSpans, spanAt } from '../helpers/spans';

const AREAS = new Set(['UK', 'Australia', 'Libya', 'Scotland', 'Brazil', 'Argentina']);
const isArea = (name: string) => AREAS.has(name);
const isListed = (word: string) => AREAS.has(word) || word === 'Reuters';

describe("a company's national arm", () => {
  it('joins an organisation and the country right after it into one organisation', () => {
    const text = 'Sony Australia and BBC Scotland agreed, as did Greenpeace Nordic.';
    const spans = [spanAt(text, 'Sony', 'organization'), spanAt(text, 'Australia', 'place'), spanAt(text, 'BBC', 'organization'), spanAt(text, 'Scotland', 'place'), spanAt(text, 'Greenpeace', 'organization'), spanAt(text, 'Nordic', 'place')];
    assert.deepEqual(showSpans(text, withNationalArms(text, spans, isArea, isListed)), ['organization:Sony Australia', 'organization:BBC Scotland', 'organization:Greenpeace Nordic']);
  });

  it('takes an unknown word before the country after or before a company’s cue', () => {
    const text = 'It rose to third in the company Hitwise UK’s chart. Data came from Quanta UK, a research firm. Photo: Lumo Australia';
    const spans = [spanAt(text, 'UK', 'place'), spanAt(text, 'Quanta', 'place'), spanAt(text, 'UK', 'place', 1), spanAt(text, 'Australia', 'place')];
    assert.deepEqual(showSpans(text, withNationalArms(text, spans, isArea, isListed)), ['organization:Hitwise UK', 'organization:Quanta UK', 'organization:Lumo Australia']);
  });

  it('leaves international bodies, two places, longer names, modifiers and words without a cue alone', () => {
    const text = 'The UN Libya mission met Brazil Argentina fans; Acme UK Holdings grew, a UK-based firm. We visited Lumo UK. Nato Libya talks.';
    const spans = [spanAt(text, 'UN', 'organization'), spanAt(text, 'Libya', 'place'), spanAt(text, 'Brazil', 'place'), spanAt(text, 'Argentina', 'place'), spanAt(text, 'Acme UK Holdings', 'organization'), spanAt(text, 'UK', 'place', 2), spanAt(text, 'Nato', 'organization'), spanAt(text, 'Libya', 'place', 1)];
    assert.deepEqual(showSpans(text, withNationalArms(text, spans, isArea, isListed)), showSpans(text, spans));
  });

  it('takes a region the model found nothing of right after an organisation ("Greenpeace" + "Nordic")', () => {
    const text = 'Greenpeace Nordic and others objected.';
    assert.deepEqual(showSpans(text, withNationalArms(text, [spanAt(text, 'Greenpeace', 'organization')], isArea, isListed)), ['organization:Greenpeace Nordic']);
  });
});
