import * as assert from 'node:assert/strict';
import { isBoilerplateLine, isCaptionLine } from '../../../src/core/article/line-patterns';
import { parseArticle } from '../../../src/core/article/parse-article';
import { isSearched } from '../helpers/ferry-story';

const BODY = 'Floodwater closed the valley road on Tuesday after two days of heavy rain, and the district office said crews would clear the debris once the river fell, perhaps by the weekend.';

describe('furniture at the head of a scraped page', () => {
  const page = [
    'We use cookies to improve your experience on our site. Accept | Manage preferences',
    'The Valley Herald\nE-Paper | Subscribe | Login',
    'National\nPolitics\nSports\nOpinion',
    'Search',
    'Gandaki Province',
    'Floodwater closes valley road as river rises after two days of rain',
    'Mina Gurung\nPublished at : 2026/05/12',
    BODY,
  ].join('\n\n');

  it('takes a masthead over its bar of links as furniture, not as the headline', () => {
    const a = parseArticle(page);
    assert.equal(a.title?.text, 'Floodwater closes valley road as river rises after two days of rain');
    assert.equal(isSearched(page, 'The Valley Herald'), false);
  });

  it('takes the section name between the menus and the headline as furniture', () => {
    assert.equal(isSearched(page, 'Gandaki Province'), false);
    assert.equal(parseArticle(page).published, '2026-05-12');
  });

  it('keeps a short line of names under the headline in the story', () => {
    const text = ['Floodwater closes valley road as river rises after two days of rain', 'Mina Gurung and Hari Thapa', BODY].join('\n\n');
    assert.equal(isSearched(text, 'Mina Gurung and Hari Thapa'), true);
  });

  it('keeps a two-word line in the story when no furniture stands before it', () => {
    const text = ['Floodwater closes valley road as river rises after two days of rain', 'Kaski District', 'Landslide buries the old mule track above the valley road', BODY].join('\n\n');
    assert.equal(isSearched(text, 'Kaski District'), true);
  });

  it('takes a long bar of sections as furniture, not as the headline', () => {
    const text = ['News | Politics | Economy | Work | Property | Members', 'Floodwater closes valley road as river rises after two days of rain', BODY].join('\n\n');
    assert.equal(parseArticle(text).title?.text, 'Floodwater closes valley road as river rises after two days of rain');
  });
});

describe('furniture at the foot of a page', () => {
  it('reads "Share this:" before the buttons as a share row', () => {
    assert.equal(isBoilerplateLine('Share this: Facebook | X | LinkedIn | Email'), true);
    assert.equal(isBoilerplateLine('Share this post: Facebook · WhatsApp'), true);
  });

  it('reads a topics line in italics or with a bold label as tags', () => {
    assert.equal(isBoilerplateLine('*Topics: Nepal · Floods · Roads*'), true);
    assert.equal(isBoilerplateLine('**Tags:** Nepal, Floods, Roads'), true);
    assert.equal(isBoilerplateLine('*Topics of the day were the floods and the road.* '.trim()), false);
  });

  it('reads an outlet\'s archive picture as a photo credit', () => {
    const caption = 'Rescuers search the river below the slide on Tuesday. Photo: Herald file/Ram Thapa';
    assert.equal(isCaptionLine(caption), true);
    const text = ['Floodwater closes valley road as river rises after two days of rain', caption, BODY].join('\n\n');
    assert.equal(isSearched(text, 'Ram Thapa'), false);
    assert.equal(isSearched(text, 'Rescuers search'), true);
  });
});
