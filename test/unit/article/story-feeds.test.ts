import * as assert from 'node:assert/strict';
import { isFeedHeading } from '../../../src/core/article/link-lists';
import { parseArticle } from '../../../src/core/article/parse-article';
import type { Article } from '../../../src/core/model/types';

const searched = (a: Article) => a.searchable.map((r) => a.text.slice(r.start, r.end)).join('\n');

const STORY = [
  'Lagoon council backs new sea wall for Mestre',
  '',
  'By Carla Benedetti',
  '14 May 2026',
  '',
  'The council in Mestre voted on Tuesday to build a sea wall along the lagoon front, after two winters of floods.',
  '',
  'Work is due to start in the autumn, the mayor, Paolo Ferrante, said.',
];

describe('feeds of other stories beside an article', () => {
  it('recognises feed headings: a feed word and a few words after it', () => {
    for (const h of ['Trending Stories', 'Latest Arizona Politics', 'Popular in Sport', 'Top Headlines', 'Most Read Today', '## Latest Venice news', 'RECENT POSTS', 'Featured Videos:']) assert.ok(isFeedHeading(h), h);
    for (const line of ['Latest', 'The latest figures show a fall.', 'Popularity of the mayor falls', 'Topless bathing banned in Venice']) assert.ok(!isFeedHeading(line), line);
  });

  for (const eol of ['\n', '\r\n']) {
    const name = eol === '\n' ? 'LF' : 'CRLF';

    it(`takes a feed heading and the headlines under it as furniture, in one block or the next (${name})`, () => {
      const text = [...STORY, '', 'Trending Stories', 'Padua police: 2 hurt in Via Roma crash', 'Heatwave could break May record this weekend', 'Treviso finalize squad for the play-offs', '', 'Latest Veneto Politics', '', 'Region water rules face new court challenge', 'Verona council delays vote on Arena hotel', 'Veneto League picks new chair', ''].join(eol);
      const a = parseArticle(text, 'sea-wall.txt');
      const words = searched(a);
      for (const gone of ['Trending', 'Padua', 'this weekend', 'Treviso', 'Latest Veneto', 'Verona', 'Arena hotel', 'League']) assert.ok(!words.includes(gone), gone);
      assert.ok(words.includes('Paolo Ferrante'));
    });
  }

  it('takes "Read more", "Most read" and "More from" lists of plain headlines as furniture (CRLF)', () => {
    for (const heading of ['Read more', 'Most read', 'More from the Venice Post', 'Related', 'Top stories']) {
      const text = [...STORY, '', heading, '', 'Padua pub landlord fined after late-night sting', 'Chioggia man admits dangerous driving on the SS309', 'Lido seafront cafe plans approved', '', 'Comments', ''].join('\r\n');
      const words = searched(parseArticle(text, 'sea-wall.txt'));
      for (const gone of ['Padua', 'Chioggia', 'Lido']) assert.ok(!words.includes(gone), `${heading}: ${gone}`);
      assert.ok(words.includes('Paolo Ferrante'), heading);
    }
  });

  it('keeps a section of the story named like a feed, and a feed heading with a single line under it', () => {
    const text = [...STORY, '', 'Latest flood figures', '', 'The city recorded 60 high tides above 110 centimetres last year, the Tide Centre said.', '', 'Top of the agenda', 'Funding from Rome', ''].join('\n');
    const a = parseArticle(text, 'sea-wall.txt');
    const words = searched(a);
    for (const kept of ['Latest flood figures', 'Tide Centre', 'Top of the agenda', 'Funding from Rome']) assert.ok(words.includes(kept), kept);
  });

  it('stops a feed at the first sentence in its block', () => {
    const text = [...STORY, '', 'Popular Stories', 'Venice ferry fares rise again', 'Murano glassworks to close', 'The council said it would publish the plans in June.', ''].join('\n');
    const a = parseArticle(text, 'sea-wall.txt');
    const words = searched(a);
    assert.ok(!words.includes('Murano'));
    assert.ok(words.includes('publish the plans in June'));
  });

  it('takes a follow line over social buttons as furniture, with the outlet named in it', () => {
    const text = [...STORY, '', 'Follow Venice Evening Post', 'Facebook', 'X', 'Instagram', ''].join('\r\n');
    const a = parseArticle(text, 'sea-wall.txt');
    assert.ok(!searched(a).includes('Evening Post'));
    assert.ok(!searched(a).includes('Instagram'));
  });

  it('keeps a line opened by "Follow" that has no buttons under it', () => {
    const text = [...STORY, '', 'Follow the money', 'The wall will cost 90 million euros, paid by the Veneto region.', ''].join('\n');
    const a = parseArticle(text, 'sea-wall.txt');
    assert.ok(searched(a).includes('Veneto region'));
  });
});
