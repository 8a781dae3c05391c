import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import * as fc from 'fast-check';
import { createDateParser, gatedCount } from '../../../src/core/dates/date-parser';

const gated = createDateParser();
const plain = createDateParser(false);
const REF = new Date(Date.UTC(2024, 2, 14, 12));

const PARTS = ['year', 'month', 'day', 'weekday', 'hour'] as const;

/** chrono's results as comparable lines, with which of their parts are stated. */
function read(parser: ReturnType<typeof createDateParser>, text: string): string[] {
  return parser
    .parse(text, { instant: REF, timezone: 0 }, { forwardDate: false })
    .map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}:${r.end?.date().toISOString() ?? ''}:${PARTS.map((p) => (r.start.isCertain(p) ? r.start.get(p) : '-')).join('/')}`);
}

const SENTENCES = [
  'The talks ended on Wednesday, March 6, 2024, after three days.',
  'She left 2023-11-05 and came back on 12/03/2024 at 9pm.',
  'Results for 3/2024 were due last month, at the end of the month.',
  'Two weeks ago the board met; five years later it was gone.',
  'It opens tomorrow night and closes overmorrow, or tmrw at noon.',
  'On the 5th of May, 2019 March figures came out, in June 2020.',
  'Next week, this Friday or the weekend after next, then -3 days.',
  'last week, this month and after this year; lastthis week, nexthis month, (past day) and thismonth.',
  'On the fifth of June, on 3rd March and on  twenty-first May; in  April, inApril; ( Monday), ,Tuesday, on Wed.; this   morning, x  noon, thisnight; the end of the month, last  day of month.',
  'This week began; PAST YEAR; after  this   quarter; past-week.',
  'He said nothing about it.',
  'The vote came a day before the deadline and two weeks after the debate, some 3.5 hours earlier than planned.',
  'A couple of years later, half an hour from now, nine mos out, 2 yrs, 3 months and 4 days ago; he was before them, she said after.',
  'Several weeks  ago, the  year before, a few days later and an hour earlier; sixd before, the w after.',
  'injune 2021 and onmonday',
  'The 1990s, 2024/3/5 and 5-7 June.',
  'On 1st-3rd of March, the twenty-first  of May and 2nd/June; 2021 Jun 6, 2021.5.6 and 7/2020 or 12.2024.',
  'It ends tmrw, or overmorrow; since last  night, +3 days, after acouple weeks, past a  couple of days, next half an hour.',
  'At midday, the last day of the month; end of  the Month, noon.',
  'Polls close on Tuesday EST and counting starts Wednesday (GMT); the vote was March 5 PST, tonight JST or May 2 abc.',
  'The flight left Friday, CET, and landed on Saturday the 4th, bst time; next week ET, tomorrow (Utc) and 3/4 HST.',
  '',
];

/** Paragraphs of the real example articles, when they are on this machine. */
function seedParagraphs(): string[] {
  const dir = '/work/shared/seeds';
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').split(/\n\s*\n/u));
}

describe('the date parser', () => {
  it('reads the same time zones after a date with its time zone refiner shown only the dates a zone follows', () => {
    const [zoned] = read(gated, 'The polls closed on Tuesday EST, and results came Wednesday the next day.');
    assert.match(zoned, /^17:on Tuesday EST:/u);
  });

  it('runs its dearest parsers the fast way: behind a gate or from their opening word', () => {
    assert.equal(gatedCount(gated), 13);
    assert.equal(gatedCount(plain), 0);
  });

  it('finds the same dates, with the same parts stated, with its gates as without them', () => {
    for (const text of [...SENTENCES, ...seedParagraphs()]) assert.deepEqual(read(gated, text), read(plain, text), text);
  });

  it('gathers the same results as chrono gathers from the same parsers and refiners', () => {
    const ownWay = (text: string) => chrono.Chrono.prototype.parse.call(gated, text, { instant: REF, timezone: 0 }, { forwardDate: false });
    const texts = [
      'Nothing in this line names a day.',
      'The fair runs from May 4 to May 9, and the next one is two weeks after June 1.',
      'Monday, March 4: the vote, then last week, tonight and 2024-03-01 in one line.',
    ];
    for (const text of texts) {
      const lean = gated.parse(text, { instant: REF, timezone: 0 }, { forwardDate: false });
      assert.deepEqual(lean.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]), ownWay(text).map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]), text);
    }
    assert.deepEqual(gated.parse(texts[0], REF), []);
  });

  it('finds the same dates with its gates in any mix of date words', () => {
    const words = ['on', 'in', 'the', 'last', 'next', 'this', 'ago', 'later', 'before', 'after', 'Monday', 'sun', 'weekend', 'March', 'may', 'Sept.', 'jan', '5th', 'of', '2024', '12', '3/4', '2021-05-06', '7/2020', 'past', 'after this', 'quarter', 'lastweek', 'thismonth', 'on', '(', '（', 'Sunday', 'in', 'inMarch', 'first', 'twenty seventh', 'thirty-first', 'tonight', 'yesterday', 'last night', 'this  evening', 'midnight', 'last day', 'end', 'lastnight', '   ', '-', '+2', 'days', 'week', 'months', 'year', 'two', 'a', 'few', 'today', 'tonight', 'morning', 'noon', 'end', 'month', 'now', ',', '.', '1st', '22nd', '3rd', 'th', 'June', '2021 Jun', '2021-5', '/', '5/2020', 'tmrw', 'overmorrow', 'couple', 'acouple', 'about', 'half', 'several', '+', 'midday', 'the month', 'last  day of', 'twenty-first', 'of', 'Feb.', 'EST', 'GMT', '(BST)', 'pst', 'Utc', 'ET', 'abc', 'and', 'CEST', ', JST', 'earlier', 'from now', 'out', 'forward', 'henceforth', 'hours', 'qtr', 'yr', 'd', 'w', 's', 'mos', '3.5', 'half an', 'a couple of', 'an', 'around', 'seconds', 'quarters', 'was', 'd.', 'nine'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.constantFrom(' ', '', '\n'), (picked, joint) => {
        const text = picked.join(joint);
        assert.deepEqual(read(gated, text), read(plain, text));
      }),
      { numRuns: 300 },
    );
  });
});
