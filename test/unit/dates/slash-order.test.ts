import * as assert from 'node:assert/strict';
import { writesDayFirst } from '../../../src/core/dates/slash-order';
import { datesIn } from '../helpers/dates';

describe('which way a page writes its slash dates', () => {
  it('reads slash dates month first when nothing in the page says otherwise', () => {
    assert.equal(writesDayFirst('Posted 04/07/2026\n\nThe parade went ahead on Saturday.'), false);
    assert.deepEqual(datesIn('Posted 04/07/2026', '2026-04-07'), ['04/07/2026=2026-04-07']);
  });

  it('reads them day first when another slash date in the page has a first part above 12', () => {
    assert.equal(writesDayFirst('Posted 04/07/2026\nUpdated 18/07/2026'), true);
    assert.equal(writesDayFirst('Posted 04/07/2026\nUpdated 07/18/2026'), false);
  });

  it('takes a 24-hour clock after the date as the day-first way', () => {
    assert.equal(writesDayFirst('Published: 05/03/2026 - 16:40\n\nThe talks resumed.'), true);
    assert.equal(writesDayFirst('Published: 05/03/2026 - 04:40 PM\n\nThe talks resumed.'), false);
  });

  it('follows a date in the page address that matches only one reading', () => {
    assert.equal(writesDayFirst('Updated: 06/11/2026 10:02 AM\nhttps://news.example.com/2026/11/06/story'), true);
    assert.equal(writesDayFirst('Updated: 06/11/2026 10:02 AM\nhttps://news.example.com/2026/06/11/story'), false);
  });

  it('takes days written before their months, and none after, as the day-first way', () => {
    assert.equal(writesDayFirst('09/10/2026\n\nThe ferry sank on 2 October and divers searched until 5 October.'), true);
    assert.equal(writesDayFirst('09/10/2026\n\nThe ferry sank on 2 October; divers searched until October 5.'), false);
  });

  it('takes a web address in a day-first country as the day-first way', () => {
    assert.equal(writesDayFirst('01/02/2026\nhttps://www.example.co.uk/news/ferry'), true);
    assert.equal(writesDayFirst('01/02/2026\nhttps://www.example.com/news/ferry'), false);
  });

  it('values every slash date of a day-first page day first, and relative days from it', () => {
    const text = 'Published: 03/02/2026 - 14:27\n\nThe minister resigned on Monday. Modified: 03/02/2026 - 18:05';
    assert.deepEqual(datesIn(text, '2026-02-03'), ['03/02/2026=2026-02-03', 'Monday=2026-02-02', '03/02/2026=2026-02-03']);
  });
});
