import * as assert from 'node:assert/strict';
import { isBoilerplateLine } from '../../../src/core/article/line-patterns';
import { isListHeading } from '../../../src/core/article/link-lists';
import { parseArticle } from '../../../src/core/article/parse-article';
import { FERRY_STORY, searchedText } from '../helpers/ferry-story';

describe('section menus', () => {
  it('takes a menu entry written with initials ("U.K. News") as part of the menu', () => {
    const text = ['Menu', 'U.K. News', 'World', 'Business', 'Sport', 'Sign in', '', ...FERRY_STORY, ''].join('\n');
    const a = parseArticle(text, 'ferry.txt');
    assert.equal(a.title?.text, 'Harbour board approves the new ferry terminal');
    assert.ok(!searchedText(a).includes('U.K.'));
  });

  it('takes buttons drawn with a symbol before their label as furniture, so the menu under them stays a menu', () => {
    assert.ok(isBoilerplateLine('☰ Menu'));
    assert.ok(isBoilerplateLine('🔍 Search'));
    assert.ok(!isBoilerplateLine('★ Elin Varga'));
    const text = ['Skip to content', '☰ Menu', '🔍 Search', 'News', 'Sport', 'Puzzles', 'Log in', '', ...FERRY_STORY, ''].join('\n');
    const a = parseArticle(text, 'ferry.txt');
    assert.equal(a.title?.text, 'Harbour board approves the new ferry terminal');
    assert.ok(!searchedText(a).includes('Puzzles'));
  });
});

describe('newsletter boxes, comment counts and share bars', () => {
  it('takes the lines of a newsletter box as furniture', () => {
    for (const line of [
      'Sign up to our Arctic Edition newsletter',
      'Sign up for our weekly newsletter',
      "Get the week's best stories in your inbox",
      'Enter your email address',
      'By signing up you agree to our terms of use and privacy policy.',
    ]) assert.ok(isBoilerplateLine(line), line);
  });

  it('takes comment counts, share and live-page buttons, weather widgets and copyright notices as furniture', () => {
    for (const line of ['Comments (14)', 'Join the conversation', 'Share this page', 'Email this article', 'Tweet', 'Load more updates', 'Weather: 18°C', 'Copyright: No part of this site may be reproduced without permission.']) {
      assert.ok(isBoilerplateLine(line), line);
    }
  });

  it('keeps sentences that only mention newsletters, inboxes or comments', () => {
    assert.ok(!isBoilerplateLine('The mayor said she would sign up to the newsletter herself.'));
    assert.ok(!isBoilerplateLine('Get ready for a long winter, the forecasters said, as storms fill your inbox with warnings every day.'));
    assert.ok(!isBoilerplateLine('Comments from residents were mixed.'));
  });
});

describe('"Also in the news" lists', () => {
  it('takes the heading and the headlines under it as a link list', () => {
    assert.ok(isListHeading('Also in the news'));
    assert.ok(isListHeading('Also on Arctic Herald'));
    const text = [...FERRY_STORY, '', 'Also in the news', 'Tromsø school wins national chess title', 'Storm closes the road to Kvaløya', ''].join('\n');
    const searched = searchedText(parseArticle(text, 'ferry.txt'));
    assert.ok(!searched.includes('Kvaløya'));
    assert.ok(searched.includes('Work is due to start in the autumn'));
  });
});

describe("a site's tagline inside its menu", () => {
  it('takes a longer line with menu entries after it as furniture, and finds the headline under the menu', () => {
    const text = ['Skip to main content', 'Independent news and analysis for the northern fisheries', 'World', 'Business', 'Markets', 'More', '', ...FERRY_STORY, ''].join('\n');
    const a = parseArticle(text, 'ferry.txt');
    assert.equal(a.title?.text, 'Harbour board approves the new ferry terminal');
    assert.ok(!searchedText(a).includes('northern fisheries'));
  });

  it('keeps a headline that ends the menu block', () => {
    const text = ['Menu', 'World', 'Business', 'Markets', 'Harbour board approves the new ferry terminal', '', 'By Elin Varga', '', 'The harbour board in Tromsø approved the terminal on Tuesday.', ''].join('\n');
    assert.equal(parseArticle(text, 'ferry.txt').title?.text, 'Harbour board approves the new ferry terminal');
  });
});

describe('links to the documents a story reports on, and error-report boxes', () => {
  it('takes "Read the study:" and the link after it as furniture', () => {
    assert.ok(isBoilerplateLine('**Read the study:** [Ferry emissions in Arctic ports](https://journal.example.org/ferries)'));
    assert.ok(isBoilerplateLine('Read the report: https://harbour.example.no/terminal-report'));
    assert.ok(!isBoilerplateLine('Read the report and you will see the board ignored its own engineers.'));
  });

  it("takes an error-report box's prompts as furniture", () => {
    assert.ok(isBoilerplateLine('Report it to us.'));
    assert.ok(isBoilerplateLine('Thank you for your report!'));
  });
});
