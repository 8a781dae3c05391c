import * as assert from 'node:assert/strict';
import { isBoilerplateLine } from '../../../src/core/article/line-patterns';
import { parseArticle } from '../../../src/core/article/parse-article';

const PARAGRAPHS = [
  'The harbour board in Port Elwyn voted on Tuesday to sell its last two tugs to a private operator, ending ninety years of public towage in the port.',
  'The union representing the crews said it would challenge the sale, which it said had been agreed without a proper tender, and called a meeting for next week.',
];

function searchableText(text: string): string {
  const a = parseArticle(text, 'page.txt');
  return a.searchable.map((r) => text.slice(r.start, r.end)).join('\n');
}

describe('page furniture: sign-up boxes, cookie buttons, wire slugs and live tags', () => {
  it('tells a cookie banner’s buttons and a wire’s slug line and note to editors', () => {
    for (const line of ['Got it', 'I agree', 'Accept all', 'Allow cookies', 'Social Sharing', 'BC-AS--Harbour-Tugs, 2nd Ld-Writethru', 'Eds: ADDS comment from union. With photos.']) assert.ok(isBoilerplateLine(line), line);
    for (const line of ['Agreed terms were signed on Friday.', 'BC Ferries cancelled the sailing', 'Eds said the harbour was full.']) assert.ok(!isBoilerplateLine(line), line);
  });

  for (const eol of ['\n', '\r\n']) {
    const name = eol === '\n' ? 'LF' : 'CRLF';

    it(`takes the headline under a wire's slug and note to editors (${name})`, () => {
      const text = ['BC-AS--Harbour-Tugs, 2nd Ld-Writethru', 'Port Elwyn sells its last tugs to a private operator', 'Eds: ADDS comment from union. With AP Photos.', 'By MARA KELLGREN', 'Associated Press', 'Mar. 3, 2026 4:10 PM EST', '', ...PARAGRAPHS].join(eol);
      const a = parseArticle(text, 'tugs.txt');
      assert.equal(a.title?.text, 'Port Elwyn sells its last tugs to a private operator');
      assert.ok(!searchableText(text).includes('AP Photos'));
    });

    it(`takes a section label over a live tag for furniture, and a headline opened by a pictograph (${name})`, () => {
      const text = ['Menu', 'News', 'Sport', 'Weather', '', 'Cardiff', '', 'LIVE', '', '🔴 Harbour vote: board sells last tugs – as it happened', '', ...PARAGRAPHS].join(eol);
      const a = parseArticle(text, 'live.txt');
      assert.equal(a.title?.text, '🔴 Harbour vote: board sells last tugs – as it happened');
      assert.ok(a.boilerplate.some((b) => b.text === 'Cardiff'));
    });

    it(`leaves a newsletter box and a related list of questions out of the searchable text (${name})`, () => {
      const text = [
        'Port Elwyn sells its last tugs', '', ...PARAGRAPHS, '',
        'Related', 'Can Port Elwyn keep its ferries?', 'Why tug crews in Lisbon went on strike', '',
        'Newsletter', 'The week in Welsh shipping, every Monday', 'Sign up', '',
      ].join(eol);
      const searchable = searchableText(text);
      assert.ok(searchable.includes('ninety years of public towage'));
      for (const gone of ['ferries?', 'Lisbon', 'every Monday']) assert.ok(!searchable.includes(gone), gone);
    });

    it(`keeps a short story line between furniture lines when the block is no sign-up box (${name})`, () => {
      const text = ['Port Elwyn sells its last tugs', '', PARAGRAPHS[0], 'Advertisement', 'The crews met in Cardiff on Monday', 'Advertisement', '', PARAGRAPHS[1]].join(eol);
      assert.ok(searchableText(text).includes('The crews met in Cardiff on Monday'));
    });
  }
});
