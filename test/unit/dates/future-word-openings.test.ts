import * as assert from 'node:assert/strict';
import { isFutureContext } from '../../../src/core/dates/tense';
import { datesIn } from '../helpers/dates';

/** Whether the clause before `date`, the last occurrence of it in `sentence`, looks ahead. */
function ahead(sentence: string, date: string): boolean {
  const start = sentence.lastIndexOf(date);
  return isFutureContext(sentence, start, start + date.length);
}

describe('future words are found wherever they begin a match', () => {
  it('finds each kind of future word before a date', () => {
    for (const sentence of [
      'The ferry company will restart crossings on Friday.',
      "The union says it'll strike on Friday.",
      'The mayor would open the bridge on Friday.',
      'Talks are scheduled to resume on Friday.',
      'The vote is slated for Friday.',
      'The council has pencilled in a meeting on Friday.',
      'The road works are on track to end on Friday.',
      'The result is due on Friday.',
      'Analysts expect a decision on Friday.',
      'The minister is likely to resign on Friday.',
      'The club plans to name a coach on Friday.',
      'The upcoming hearing on Friday draws crowds.',
      'The bank is going to publish its figures on Friday.',
      'The envoy is to arrive on Friday.',
      'Guests are invited to the dinner on Friday.',
      'Queues formed ahead of the sale on Friday.',
      'The firm has until Friday.',
      'The regulator needs to rule on Friday.',
      'The governor has pledged to sign the bill on Friday.',
      'The coach hopes to field a full side on Friday.',
      'The board has committed to publish the accounts on Friday.',
    ]) assert.equal(ahead(sentence, 'Friday'), true, sentence);
  });

  it('keeps a past clause in the past', () => {
    for (const sentence of ['The ferry company restarted crossings on Friday.', 'The union said it struck on Friday.', 'Talks resumed after the storm on Friday.', 'Analysts were surprised by the decision on Friday.']) assert.equal(ahead(sentence, 'Friday'), false, sentence);
  });

  it('finds a future word after another one that does not own the date', () => {
    // "due to" before a name is no infinitive; the later "will" owns the date.
    assert.equal(ahead('Flights due to Oslo were cancelled, and the airline will resume them on Friday.', 'Friday'), true);
    assert.equal(ahead('Her plans to Madrid will go ahead on Friday.', 'Friday'), true);
  });

  it('reads a clause whose lowered text changes length the same way', () => {
    // "İ" lowers to two characters, so the clause is read without lowering it.
    assert.equal(ahead('İzmir officials Will open the port on Friday.', 'Friday'), true);
    assert.equal(ahead('İzmir officials opened the port on Friday.', 'Friday'), false);
  });

  it('reads a future word after the date', () => {
    // Wednesday 2026-06-10: "in September, the board will decide" looks ahead.
    assert.deepEqual(datesIn('In September, the board will decide on the merger.', '2026-06-10'), ['September=2026-09']);
    assert.deepEqual(datesIn('In September, the board decided on the merger.', '2026-06-10'), ['September=2025-09']);
  });
});
