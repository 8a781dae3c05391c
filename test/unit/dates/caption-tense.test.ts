import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/parse-article';
import { findDates } from '../../../src/core/dates/find-dates';
import { recognize } from '../../../src/core/entities/recognize';
import { createRuleTagger } from '../../../src/core/ner/rule-tagger';

describe('dates in photo captions', () => {
  // Thursday 2026-02-12.
  const published = '2026-02-12';
  const caption = 'The mayor arrives at the town hall for a council meeting on January 20.';
  const whole = [{ start: 0, end: caption.length }];

  it('reads a present-tense caption as showing the past', () => {
    assert.deepEqual(findDates(caption, whole, published, whole).map((d) => d.value), ['2026-01-20']);
  });

  it('reads the same present tense in running text as looking ahead', () => {
    assert.deepEqual(findDates(caption, whole, published).map((d) => d.value), ['2027-01-20']);
  });

  it('still looks ahead in a caption that says so', () => {
    const ahead = 'The mayor, who will travel to Lisbon on Monday, speaks at the town hall.';
    const range = [{ start: 0, end: ahead.length }];
    assert.deepEqual(findDates(ahead, range, published, range).map((d) => d.value), ['2026-02-16']);
  });

  it('applies to captions the article parser finds', () => {
    const text = [
      'Council approves harbour plan',
      '',
      'February 12, 2026',
      '',
      'Mayor Lena Fischer arrives at the town hall for a council meeting on January 20. © Tom Berger, AFP',
      '',
      'The council approved the harbour plan on Wednesday after a long debate.',
      '',
    ].join('\n');
    const article = parseArticle(text, 'harbour.txt');
    assert.equal(article.captions.length, 1);
    const dates = recognize(article, { tagger: createRuleTagger() }).filter((e) => e.type === 'date' && e.text === 'January 20');
    assert.deepEqual(dates.map((d) => d.value), ['2026-01-20']);
  });
});
