import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/parse-article';
import { matchDateline } from '../../../src/core/article/wire-dateline';

/** A Malaysian-style story: headline, byline, date line, then `opening` as the first paragraph. */
function story(opening: string, eol = '\n', before: string[] = []): string {
  return [
    'Contractor charged over collapsed bridge in Kuantan',
    '',
    'By SITI NORHAYATI',
    '5 March 2026',
    '',
    ...before,
    `${opening} A contractor was charged in the Sessions Court on Thursday over the collapse of a bridge in Kuantan last year.`,
    '',
    'He pleaded not guilty to two charges of cheating, and the court set bail at RM50,000.',
    '',
  ].join(eol);
}

describe('datelines with a colon', () => {
  it('reads an all-capitals place with a colon, and a date before the colon', () => {
    for (const [line, place] of [['KUANTAN: A', 'KUANTAN'], ['KUALA LUMPUR: The', 'KUALA LUMPUR'], ['PUTRAJAYA: "We', 'PUTRAJAYA'], ['GEORGE TOWN: Police', 'GEORGE TOWN']]) {
      const d = matchDateline(line);
      assert.equal(d?.place, place, line);
      assert.equal(d?.colon, true);
    }
    const dated = matchDateline('NEW DELHI, March 4: The court');
    assert.equal(dated?.place, 'NEW DELHI');
    assert.deepEqual([dated?.date?.month, dated?.date?.day], [3, 4]);
  });

  it('takes no label, title-case word or short capitals before a colon for a place', () => {
    for (const line of ['UPDATE: The', 'WATCH: Waves', 'NOTE: This', 'EXCLUSIVE: The', 'BREAKING: Police', 'ANALYSIS: Why', 'OPINION: The', 'PHOTOS: Floods', 'EDITOR’S NOTE: This', 'Kuantan: The', 'PS: The', 'KUANTAN: a lower-case start']) {
      assert.equal(matchDateline(line), null, line);
    }
  });

  for (const eol of ['\n', '\r\n']) {
    it(`finds the dateline opening the first paragraph, past short lines above it (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const text = story('KUANTAN:', eol, ['Nation', '']);
      const a = parseArticle(text, 'bridge.txt');
      assert.equal(a.dateline?.text, 'KUANTAN');
      assert.equal(text.slice(a.dateline!.start, a.dateline!.end), 'KUANTAN');
      assert.ok(a.detection.reasons.includes('dateline (KUANTAN)'));
    });
  }

  it('takes no colon dateline after the story has begun: a speaker in a transcript is not a place', () => {
    const a = parseArticle(story('The hearing opened with a statement.', '\n', []).replace('He pleaded', 'HASSAN: He pleaded'), 'bridge.txt');
    assert.equal(a.dateline, null);
    const b = parseArticle(story('KUANTAN:', '\n', ['The contractor denied the charges in a short statement.', '']), 'bridge.txt');
    assert.equal(b.dateline, null);
  });
});
