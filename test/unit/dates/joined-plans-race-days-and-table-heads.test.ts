import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('joined plans, possessive events, "ahead of plan", month spans and year column heads', () => {
  // Thursday 2026-03-12.
  const published = '2026-03-12';

  it('keeps a past day when a plan of the same subject follows it', () => {
    assert.deepEqual(datesIn('The panel met for the first time in Geneva on Tuesday and is due to report within a month.', published), ['Tuesday=2026-03-10']);
    assert.deepEqual(datesIn('The board gathered on Monday and is expected to name a chair soon.', published), ['Monday=2026-03-09']);
  });

  it('still reads forwards a day the plan itself names', () => {
    assert.deepEqual(datesIn('The panel is due to report on Tuesday.', published), ['Tuesday=2026-03-17']);
  });

  it('reads forwards an event after a possessive day told in the present', () => {
    assert.deepEqual(datesIn("Sunday's second leg is the hardest of the tour, with three climbs.", published), ['Sunday=2026-03-15']);
    assert.deepEqual(datesIn("Saturday's finals are sold out.", published), ['Saturday=2026-03-14']);
  });

  it('keeps in the past an event after a possessive day told in the past', () => {
    assert.deepEqual(datesIn("Monday's stage was the hardest of the tour.", published), ['Monday=2026-03-09']);
  });

  it('does not read "ahead of plan" as a plan', () => {
    assert.deepEqual(datesIn('The plant finished its overhaul on February 20, a week ahead of plan.', published), ['February 20=2026-02-20']);
    assert.deepEqual(datesIn('The plant opened the new line on March 2, ahead of schedule.', published), ['March 2=2026-03-02']);
    assert.deepEqual(datesIn('Talks were held ahead of the vote on March 20.', published), ['March 20=2026-03-20']);
  });

  it('takes two months joined before "period" for a span, not two dates', () => {
    assert.deepEqual(datesIn('Sales rose in the April-June period, against a loss a year earlier.', published), []);
    assert.deepEqual(datesIn('Sales were flat in the January period.', published), ['January=2026-01']);
  });

  it('takes the years heading the columns of a table for dates', () => {
    const plain = 'Table: results (EUR million)\n\nItem      | 2025  | 2024\nRevenue   | 1,210 | 1,090\nProfit    | 310   | 2,010\n';
    assert.deepEqual(datesIn(plain, published), ['2025=2025', '2024=2024']);
    const markdown = '| | 2025 | 2024 |\n|---|---|---|\n| Sales | 1,210 | 1,090 |\n';
    assert.deepEqual(datesIn(markdown, published), ['2025=2025', '2024=2024']);
  });

  it('does not take numbers in a table row below the head, nor a lone row', () => {
    assert.deepEqual(datesIn('| Club | Points |\n|---|---|\n| Ajax | 2010 | 2011 |\n', published), []);
    assert.deepEqual(datesIn('Figures | 2025 | 2024\n\nThe end.', published), []);
  });
});
