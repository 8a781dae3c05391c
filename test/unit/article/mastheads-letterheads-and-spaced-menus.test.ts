import * as assert from 'node:assert/strict';
import { isBoilerplateLine } from '../../../src/core/article/line-patterns';
import { parseArticle } from '../../../src/core/article/parse-article';
import { isSearched } from '../helpers/ferry-story';

const HEADLINE = 'Ferry services cut to two a day as harbour dredging begins';
const BODY = 'The port authority said on Monday that ferries to the outer islands would run twice a day until the dredging of the harbour mouth was finished, probably by the end of the month.';

describe('mastheads, letterheads and menus at the head of a page', () => {
  it('reads a menu whose entries are parted by runs of spaces as furniture', () => {
    assert.equal(isBoilerplateLine('Home  News  Business  Sport  Opinion'), true);
    assert.equal(isBoilerplateLine('World    Politics   Climate   Science'), true);
  });

  it('keeps a short line with one double space, or two words, in the story', () => {
    assert.equal(isBoilerplateLine('Harbour  Works'), false);
    assert.equal(isBoilerplateLine('The port said  the ferries would run.'), false);
  });

  it('reads a long bar of sections parted by bars as furniture', () => {
    assert.equal(isBoilerplateLine('Home | News | Business | Sports | Culture | Food | Travel | Letters | Columns | Videos | Archive'), true);
  });

  it('takes a masthead over a menu parted by spaces as furniture, and the section name after it', () => {
    const text = ['Island Courier\nHome  News  Business  Sport  Live', 'Outer Islands', HEADLINE, BODY].join('\n\n');
    assert.equal(parseArticle(text).title?.text, HEADLINE);
    assert.equal(isSearched(text, 'Island Courier'), false);
    assert.equal(isSearched(text, 'Outer Islands'), false);
  });

  it('takes a masthead and its tagline over a blank line and a bar of links as furniture', () => {
    const text = ['THE ISLAND COURIER\nThe Harbour\'s Own Voice', 'Home | News | Business | Sport', HEADLINE, BODY].join('\n\n');
    assert.equal(parseArticle(text).title?.text, HEADLINE);
    assert.equal(isSearched(text, 'THE ISLAND COURIER'), false);
    assert.equal(isSearched(text, 'Harbour\'s Own Voice'), false);
  });

  it('takes an office\'s letterhead in capitals over its breadcrumbs as furniture', () => {
    const text = ['REPUBLIC OF MALAWI\r\nMINISTRY OF TRANSPORT', 'Home > Media > Press Statements', 'STATEMENT ON FERRY SERVICES TO THE OUTER ISLANDS', BODY].join('\r\n\r\n');
    assert.equal(parseArticle(text).title?.text, 'STATEMENT ON FERRY SERVICES TO THE OUTER ISLANDS');
    assert.equal(isSearched(text, 'REPUBLIC OF MALAWI'), false);
    assert.equal(isSearched(text, 'MINISTRY OF TRANSPORT'), false);
  });

  it('keeps a short headline over a paragraph in the story', () => {
    const text = ['Ferry Cuts Begin', BODY].join('\n\n');
    assert.equal(parseArticle(text).title?.text, 'Ferry Cuts Begin');
    assert.equal(isSearched(text, 'Ferry Cuts Begin'), true);
  });

  it('leaves a list of related statements with their dates out of the story', () => {
    const text = [HEADLINE, BODY, 'Related statements\n- Update on the northern ferry route (4 June 2026)\n- Harbour dues for 2026 (12 May 2026)'].join('\n\n');
    assert.equal(isSearched(text, 'Update on the northern ferry route'), false);
    assert.equal(isSearched(text, '12 May 2026'), false);
    assert.equal(isSearched(text, 'The port authority said'), true);
  });

  it('takes a masthead with its edition after a dash, over a menu, as furniture', () => {
    const text = ['HARBOUR TODAY — English edition\nNews | Ports | Business | Sport', HEADLINE, BODY].join('\n\n');
    const article = parseArticle(text, 'ferry.txt');
    assert.equal(article.title?.text, HEADLINE);
    assert.equal(isSearched(text, 'HARBOUR TODAY'), false);
  });

  it('keeps a headline with a dash that no menu follows', () => {
    const text = ['Ferry Strike Ends — Crews back at work', BODY].join('\n\n');
    assert.equal(parseArticle(text, 'ferry.txt').title?.text, 'Ferry Strike Ends — Crews back at work');
  });
});
