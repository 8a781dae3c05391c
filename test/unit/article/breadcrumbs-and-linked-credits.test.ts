import * as assert from 'node:assert/strict';
import { findTrailingPhotoCredits, isBoilerplateLine, isCaptionLine } from '../../../src/core/article/line-patterns';
import { parseArticle } from '../../../src/core/article/parse-article';
import { searchedText } from '../helpers/ferry-story';

const creditsOf = (line: string) => findTrailingPhotoCredits(line).map((c) => line.slice(c.start, c.end));

describe('breadcrumbs made of links', () => {
  it('takes links parted by slashes or arrows as navigation, with the page title unlinked at the end', () => {
    assert.ok(isBoilerplateLine('[Home](/) / [Travel](/travel) / [Oceania](/travel/oceania)'));
    assert.ok(isBoilerplateLine('[Business](/business) › [Europe](/business/europe) › [Energy](/business/energy)'));
    assert.ok(isBoilerplateLine('[News](/news) » [Regions](/news/regions) » Ferry terminal approved'));
    assert.ok(isBoilerplateLine('[Sport](/sport) | [Sailing](/sport/sailing)'));
  });

  it('takes plain breadcrumbs parted by slashes from the home page or with three steps', () => {
    assert.ok(isBoilerplateLine('Home / Travel / Oceania'));
    assert.ok(isBoilerplateLine('News / Regions / Northern Norway'));
  });

  it('leaves a photographer and agency parted by one slash, and a sentence with a link, alone', () => {
    assert.ok(!isBoilerplateLine('Elin Varga / Nordic Wire'));
    assert.ok(!isBoilerplateLine('The board [said](https://example.org/statement) on Tuesday that work would start.'));
    assert.ok(!isBoilerplateLine('[Elin Varga](/authors/elin-varga)'));
  });

  it('finds the Markdown headline under breadcrumbs and searches none of their sections', () => {
    const text = [
      '[Home](/) / [Travel](/travel) / [Oceania](/travel/oceania)',
      '',
      '# Harbour board approves the new ferry terminal in Nelson',
      '',
      'By Elin Varga',
      '',
      'The harbour board approved the terminal on Tuesday after three years of hearings.',
      '',
    ].join('\n');
    const a = parseArticle(text, 'ferry.md');
    assert.equal(a.title?.text, 'Harbour board approves the new ferry terminal in Nelson');
    assert.ok(!searchedText(a).includes('Oceania'));
    assert.ok(!searchedText(a).includes('Travel'));
  });
});

describe('photo credits written as links', () => {
  it('takes a labelled credit whose source is a link, in brackets or after the last sentence', () => {
    const bracketed = 'Divers check the pier in Nelson on Monday. (Photo: [Port Nelson Authority](https://port.example.nz))';
    assert.ok(isCaptionLine(bracketed));
    assert.deepEqual(creditsOf(bracketed), ['(Photo: [Port Nelson Authority](https://port.example.nz))']);
    const bare = 'Divers check the pier in Nelson on Monday. Photo: [Mere Tane](https://example.nz/mere)';
    assert.ok(isCaptionLine(bare));
    assert.deepEqual(creditsOf(bare), ['Photo: [Mere Tane](https://example.nz/mere)']);
  });

  it('takes a link ending the caption under a picture as its credit, whoever it names, and searches the rest', () => {
    const text = [
      '# Harbour board approves the new ferry terminal in Nelson',
      '',
      'By Elin Varga',
      '',
      '![Divers on the pier](https://img.example.nz/pier.jpg)',
      '',
      '*Divers check the old pier in Nelson on Monday. [Port Nelson Authority](https://port.example.nz)*',
      '',
      'The harbour board approved the terminal on Tuesday after three years of hearings.',
      '',
      '![The ferry at dawn](https://img.example.nz/ferry.jpg)',
      'The ferry leaves Wellington at dawn. [Tui Marsh](https://example.nz/tui)',
      '',
      'Work is due to start in the autumn, the board said in a statement.',
      '',
    ].join('\n');
    const a = parseArticle(text, 'ferry.md');
    assert.deepEqual(a.photoCredits.map((c) => c.text), ['[Port Nelson Authority](https://port.example.nz)', '[Tui Marsh](https://example.nz/tui)']);
    const searched = searchedText(a);
    assert.ok(!searched.includes('Port Nelson Authority'));
    assert.ok(!searched.includes('Tui Marsh'));
    assert.ok(searched.includes('Divers check the old pier in Nelson on Monday.'));
  });

  it('keeps a link in a paragraph that is not under a picture', () => {
    const text = [
      '# Harbour board approves the new ferry terminal in Nelson',
      '',
      'By Elin Varga',
      '',
      'The harbour board approved the terminal on Tuesday after three years of hearings.',
      '',
      'The plan was first set out by the [Port Nelson Authority](https://port.example.nz)',
      '',
    ].join('\n');
    const a = parseArticle(text, 'ferry.md');
    assert.deepEqual(a.photoCredits, []);
    assert.ok(searchedText(a).includes('Port Nelson Authority'));
  });
});

describe('more shapes of photo credit ending a caption', () => {
  it('reads "Image source:", "Photo courtesy of", capitals and a photographer "for" an outlet as labels of a credit', () => {
    const cases: Array<[string, string]> = [
      ['Snow on the quay in Bodø on Friday. Image source: Getty Images', 'Image source: Getty Images'],
      ['Snow on the quay in Bodø on Friday. Photo courtesy of Ola Berg', 'Photo courtesy of Ola Berg'],
      ['Snow on the quay in Bodø on Friday. PHOTO: OLA BERG', 'PHOTO: OLA BERG'],
      ['Snow on the quay in Bodø on Friday. Photo: Ola Berg for The Arctic Herald', 'Photo: Ola Berg for The Arctic Herald'],
    ];
    for (const [line, credit] of cases) {
      assert.ok(isCaptionLine(line), line);
      assert.deepEqual(creditsOf(line), [credit]);
    }
  });

  it('takes a labelled credit set off from the caption by a bar', () => {
    const line = 'Snow on the quay in Bodø on Friday | Photo: Ola Berg';
    assert.ok(isCaptionLine(line));
    assert.deepEqual(creditsOf(line), ['Photo: Ola Berg']);
  });

  it('takes "(Supplied)" after a caption as its credit', () => {
    assert.deepEqual(creditsOf('Snow on the quay in Bodø on Friday. (Supplied)'), ['(Supplied)']);
    assert.deepEqual(creditsOf('Snow on the quay in Bodø on Friday. (Handout)'), ['(Handout)']);
  });

  it('leaves a sentence about a photographer alone', () => {
    assert.ok(!isCaptionLine('The photographer Ola Berg spent a winter on the quay in Bodø.'));
    assert.ok(!isCaptionLine('Snow fell on the quay | the ferry was late'));
  });
});
