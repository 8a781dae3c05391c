import * as assert from 'node:assert/strict';
import { matchDateLine } from '../../../src/core/article/date-line';
import { parseArticle } from '../../../src/core/article/parse-article';
import { datesIn } from '../helpers/dates';

describe('dates with the month named in another language', () => {
  it('reads Italian, Spanish, French, Portuguese and German day-first dates', () => {
    assert.deepEqual(datesIn('The port reopened on 3 marzo 2026 after repairs.', '2026-04-01'), ['3 marzo 2026=2026-03-03']);
    assert.deepEqual(datesIn('Signed 21 de julio de 2025 in the capital.', '2026-04-01'), ['21 de julio de 2025=2025-07-21']);
    assert.deepEqual(datesIn('Filed 1er février 2026 with the court.', '2026-04-01'), ['1er février 2026=2026-02-01']);
    assert.deepEqual(datesIn('Opened 9 de dezembro de 2025 by the mayor.', '2026-04-01'), ['9 de dezembro de 2025=2025-12-09']);
    assert.deepEqual(datesIn('Announced 14. Oktober 2025 in Berlin.', '2026-04-01'), ['14. Oktober 2025=2025-10-14']);
  });

  it('reads them in capitals and leaves out days that do not exist', () => {
    assert.deepEqual(datesIn('UPDATED 5 GIUGNO 2026', '2026-06-05'), ['5 GIUGNO 2026=2026-06-05']);
    assert.deepEqual(datesIn('Due 31 aprile 2026, the notice said.', '2026-03-01'), []);
  });

  it('does not read a month inside a longer word', () => {
    assert.deepEqual(datesIn('Some 12 maisonettes 2026 were sold.', '2026-03-01'), []);
  });

  it('takes such a line as the date line, so relative dates resolve against it', () => {
    const line = '7 novembre 2026 · 09:40 | Updated 11:15';
    assert.equal(matchDateLine(line)?.iso, '2026-11-07');
    const text = `Ferry crews walk out over rosters\n\nBy Anna Ferri\n${line}\n\nCrews stopped work on Friday and say they will strike again next month.\n`;
    const article = parseArticle(text, 'ferry.txt');
    assert.equal(article.published, '2026-11-07');
  });
});
