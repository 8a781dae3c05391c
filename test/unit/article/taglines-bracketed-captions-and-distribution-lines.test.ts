import * as assert from 'node:assert/strict';
import { isBoilerplateLine, isCaptionLine } from '../../../src/core/article/line-patterns';
import { parseArticle } from '../../../src/core/article/parse-article';
import { isSearched } from '../helpers/ferry-story';

const HEADLINE = 'Ferry services cut to two a day as harbour dredging begins';
const BODY = 'The port authority said on Monday that ferries to the outer islands would run twice a day until the dredging of the harbour mouth was finished, probably by the end of the month.';

describe('taglines, bracketed captions and distribution lines', () => {
  it('takes a tagline in sentence case under a masthead over a bar of links as furniture', () => {
    const text = ['LAKESIDE GAZETTE\nNorway\'s lake country in English', 'News | Politics | Oslo | Bergen | Opinion', HEADLINE, BODY].join('\n\n');
    assert.equal(parseArticle(text).title?.text, HEADLINE);
    assert.equal(isSearched(text, 'Norway'), false);
  });

  it('keeps a standfirst under a headline in the story', () => {
    const text = [HEADLINE, 'Islanders face longer queues in the harbour this summer', BODY].join('\n\n');
    assert.equal(parseArticle(text).title?.text, HEADLINE);
    assert.equal(isSearched(text, 'Islanders face'), true);
  });

  it('reads a caption in square brackets and leaves its photo credit out', () => {
    const caption = '[Photo: Dredgers at work in the harbour mouth on Sunday. Photo by Ingrid Solberg / Lakeside Gazette]';
    assert.equal(isCaptionLine(caption), true);
    const text = [HEADLINE, caption, BODY].join('\n\n');
    const a = parseArticle(text);
    assert.equal(a.captions.length, 1);
    assert.deepEqual(a.photoCredits.map((c) => c.text), ['Photo by Ingrid Solberg / Lakeside Gazette']);
    assert.equal(isSearched(text, 'Dredgers at work'), true);
    assert.equal(isSearched(text, 'Ingrid Solberg'), false);
  });

  it('reads a distributor\'s closing line as furniture', () => {
    assert.equal(isBoilerplateLine('Distributed by Newswire Africa on behalf of Harbour Ferries Ltd.'), true);
    assert.equal(isBoilerplateLine('Issued by the Press Office on behalf of the Ministry of Transport'), true);
    assert.equal(isBoilerplateLine('The grain was distributed by volunteers on behalf of the council, who paid for it.'), false);
  });

  it('reads breadcrumbs that end in a year as furniture', () => {
    assert.equal(isBoilerplateLine('Home > Press releases > 2026'), true);
    assert.equal(isBoilerplateLine('News | Archive | 2025'), true);
  });

  it('reads a masthead joined to its menu and account links by bars as furniture', () => {
    assert.equal(isBoilerplateLine('HARBOUR TIMES  |  News  Sport  Business  Weather  |  Sign in'), true);
    assert.equal(isBoilerplateLine('Lakeside Gazette | Home | Subscribe'), true);
    assert.equal(isBoilerplateLine('Ferries cut | Islanders angry | Port says dredging will end soon'), false);
  });
});
