import * as assert from 'node:assert/strict';
import { isInlineLinkList, isListHeading } from '../../../src/core/article/link-lists';
import { parseArticle } from '../../../src/core/article/parse-article';
import { FERRY_STORY, searchedText } from '../helpers/ferry-story';

describe('link and tag lists', () => {
  it('recognises the headings of link and tag lists in any case, with or without colon or Markdown', () => {
    for (const h of ['Read more', 'READ MORE:', '**More obituaries**', '## More on this story', '*More on this story*', '_Related_', 'Related', 'Related News', 'Tags', 'Topics:', 'KEYWORDS', 'TAGS / KEYWORDS:', 'Explore more on these topics', 'More from The Coastal Courier']) {
      assert.ok(isListHeading(h), h);
    }
    for (const line of ['More than 40 people were hurt.', 'Tags were found on the birds.', 'The topics discussed']) assert.ok(!isListHeading(line), line);
  });

  it('recognises those headings on pages of sites that speak Spanish, Portuguese, French, German or Dutch', () => {
    for (const h of ['**Más fútbol**', 'Mais lidas', 'Lire aussi :', 'Noticias relacionadas', 'Mehr zum Thema', '## Lees ook', 'Ver más']) assert.ok(isListHeading(h), h);
    for (const line of ['Más de 40 personas resultaron heridas en Lima.', 'Mehr als 40 Menschen wurden verletzt.']) assert.ok(!isListHeading(line), line);
    const text = ['Lisbon tram line reopens', '', 'By Rui Tavares', '12 May 2026', '', 'The tram line to Belém reopened on Monday after repairs.', '', '**Más noticias**', '- Porto metro extends night service', '- Sintra traffic plan approved by Câmara Municipal', ''].join('\n');
    const searched = searchedText(parseArticle(text, 'tram.md'));
    assert.ok(searched.includes('Belém'));
    assert.ok(!searched.includes('Sintra'));
  });

  it('takes a heading with its links on one line as furniture, but not a sentence opened by "More"', () => {
    assert.ok(isInlineLinkList('**Read more:** [Ferry fares rise](https://x.example/a) · [Who owns the quay?](https://x.example/b)'));
    assert.ok(isInlineLinkList('READ MORE: Ferry fares rise for the third year running'));
    assert.ok(isInlineLinkList('*Related:* [Ferry fares rise](https://x.example/a) · [Who owns the quay?](https://x.example/b)'));
    assert.ok(isInlineLinkList('_See also_: [Ferry fares rise](https://x.example/a)'));
    assert.ok(!isInlineLinkList('More importantly: the board said work would start in the autumn'));
    assert.ok(!isInlineLinkList('Read more about the terminal on the board\'s website, a spokesman said.'));
    assert.ok(!isInlineLinkList('*Related* talks in [Bodø](https://x.example/b) ended on Friday, the board said.'));
  });

  for (const eol of ['\n', '\r\n']) {
    const name = eol === '\n' ? 'LF' : 'CRLF';

    it(`takes a tag list and the lines under a "Topics" heading as furniture, up to the next paragraph (${name})`, () => {
      const text = [...FERRY_STORY, '', 'Topics', 'Tromsø Harbour', 'Ferries', '', 'TAGS / KEYWORDS:', 'Hurtigruten, ferries, Tromsø', '', 'The board will meet again in June to approve the budget.', ''].join(eol);
      const a = parseArticle(text, 'ferry.txt');
      assert.deepEqual(a.boilerplate.map((b) => b.text), ['Topics', 'Tromsø Harbour', 'Ferries', 'TAGS / KEYWORDS:', 'Hurtigruten, ferries, Tromsø']);
      assert.ok(!searchedText(a).includes('Hurtigruten'));
      assert.ok(searchedText(a).includes('The board will meet again in June'));
    });

    it(`takes a Markdown list of other stories under a bold heading as furniture (${name})`, () => {
      const text = ['# Harbour board approves the new ferry terminal', '', ...FERRY_STORY.slice(2), '', '**More obituaries**', '- [Ola Nordmann obituary](https://x.example/ola)', '- [Kari Holm obituary](https://x.example/kari)', ''].join(eol);
      const a = parseArticle(text, 'ferry.md');
      assert.equal(a.boilerplate.length, 3);
      assert.ok(!searchedText(a).includes('Nordmann'));
      assert.ok(!searchedText(a).includes('Holm'));
    });
  }

  it('takes a list of other stories under an italic heading as furniture, with the dates in their headlines', () => {
    const text = ['# Harbour board approves the new ferry terminal', '', ...FERRY_STORY.slice(2), '', '*More on this story*', '', '- [What changed at the quay over the summer](https://x.example/a)', '- [Tromsø ferry fares rise](https://x.example/b)', ''].join('\n');
    const a = parseArticle(text, 'ferry.md');
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['*More on this story*', '- [What changed at the quay over the summer](https://x.example/a)', '- [Tromsø ferry fares rise](https://x.example/b)']);
    assert.ok(!searchedText(a).includes('summer'));
    assert.ok(searchedText(a).includes('in the autumn'));
  });

  it('follows a heading alone in its block to the list after it, and keeps the sub-heading and paragraph after the list', () => {
    const text = [...FERRY_STORY, '', '## Read more', '', '- [Ferry fares rise](https://x.example/a)', '', '- [Who owns the quay?](https://x.example/b)', '', '## The cost', '', 'The terminal will cost 40 million kroner, paid by Troms County.', ''].join('\n');
    const a = parseArticle(text, 'ferry.md');
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['## Read more', '- [Ferry fares rise](https://x.example/a)', '- [Who owns the quay?](https://x.example/b)']);
    assert.ok(searchedText(a).includes('The cost'));
    assert.ok(searchedText(a).includes('Troms County'));
  });

  it('stops a list at the first sentence in its block', () => {
    const text = [...FERRY_STORY, '', 'Related', 'Ferry fares rise', 'The board said it would publish the plans in June.', ''].join('\n');
    const a = parseArticle(text, 'ferry.txt');
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['Related', 'Ferry fares rise']);
    assert.ok(searchedText(a).includes('publish the plans in June'));
  });
});
