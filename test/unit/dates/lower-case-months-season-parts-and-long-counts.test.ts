import * as assert from 'node:assert/strict';
import { datesIn } from '../helpers/dates';

describe('lower-case months, parts of seasons, long counts back and a few tense cues', () => {
  it('reads a lower-case short month between a day and a year as the month', () => {
    assert.deepEqual(datesIn('Published 14 sep 2026, 10:05 | Updated 14 sep 2026, 11:30', '2026-09-14'), ['14 sep 2026=2026-09-14', '14 sep 2026=2026-09-14']);
  });

  it('still leaves lower-case month words out of running text', () => {
    assert.deepEqual(datesIn('Thousands will march on the capital, and they may sun themselves after.', '2026-09-14'), []);
  });

  it('values the end or start of a season as the season year, ahead when the sentence looks ahead', () => {
    assert.deepEqual(datesIn('The insurer said claims would be settled before the end of the summer.', '2026-05-20'), ['end of the summer=2026']);
    assert.deepEqual(datesIn('The works were finished at the start of the winter.', '2026-05-20'), ['start of the winter=2025']);
  });

  it('takes a season before "that" after a verb of telling as a date', () => {
    assert.deepEqual(datesIn('The utility said in the autumn that it would raise prices.', '2026-12-10'), ['autumn=2026']);
  });

  it('keeps a season owned by a participle in the past, though a future word comes before', () => {
    assert.deepEqual(datesIn('Millers said they would lose money on deals agreed in the winter.', '2026-06-01'), ['winter=2025']);
  });

  it('counts hundreds of years back', () => {
    assert.deepEqual(datesIn('Three hundred years ago the harbour was a fishing village.', '2026-03-01'), ['Three hundred years ago=1726']);
  });

  it('puts a month after "beyond" ahead of publication', () => {
    assert.deepEqual(datesIn('The regulator said in May it could not promise supplies beyond October.', '2026-07-10'), ['May=2026-05', 'October=2026-10']);
  });

  it('finds "last night" in a paragraph with no other date word', () => {
    assert.deepEqual(datesIn('Pictures sent from the harbour last night show boats lit by torches.', '2026-04-11'), ['last night=2026-04-10']);
  });

  it('reads the headline after a semicolon on its own ("growers to march on Friday")', () => {
    const text = 'Mill blames late rains; dairy farmers to block the ring road on Friday\n\nThe protest was called on Friday.';
    assert.deepEqual(datesIn(text, '2026-04-07'), ['Friday=2026-04-10', 'Friday=2026-04-03']);
  });
});
