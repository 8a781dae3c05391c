import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/parse-article';
import { isSearched } from '../helpers/ferry-story';

const HEADLINE = 'Island Ferries Adds Two Electric Vessels to Its Harbour Fleet';
const BODY = 'Island Ferries Holding Company Limited said on Monday that two electric ferries would join the harbour fleet in the spring.';

describe('company mastheads at the head of a saved press release', () => {
  it('takes a five-word company name and its tagline over a menu as furniture, and keeps the name in the body', () => {
    const text = ['Island Ferries Holding Company Limited\nA Harbour Group Company', 'Home | About Us | Media | Contact', HEADLINE, BODY].join('\n\n');
    assert.equal(parseArticle(text).title?.text, HEADLINE);
    assert.equal(isSearched(text, 'A Harbour Group Company'), false);
    const first = text.indexOf('Island Ferries Holding');
    const searched = parseArticle(text).searchable;
    assert.equal(searched.some((r) => r.start <= first && first < r.end), false);
    const inBody = text.indexOf('Island Ferries Holding', first + 1);
    assert.equal(searched.some((r) => r.start <= inBody && inBody < r.end), true);
  });

  it('keeps a five-word line with no menu under it as the headline', () => {
    const text = ['Island Ferries Adds Electric Vessels', BODY].join('\n\n');
    assert.equal(parseArticle(text).title?.text, 'Island Ferries Adds Electric Vessels');
  });
});
