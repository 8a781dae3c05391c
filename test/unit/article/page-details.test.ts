import * as assert from 'node:assert/strict';
import { isCreditLine, findTrailingPhotoCredits, isBoilerplateLine, isCaptionLine } from '../../../src/core/article/line-patterns';
import { parseArticle } from '../../../src/core/article/parse-article';
import { recognize } from '../../../src/core/entities/recognize';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';

const tagger = loadDefaultTagger();

const creditsOf = (line: string) => findTrailingPhotoCredits(line).map((c) => line.slice(c.start, c.end));
const searched = (text: string, name: string) => parseArticle(text, name).searchable.map((r) => text.slice(r.start, r.end)).join('\n');

describe('bylines with a job, and writers named on a line of page details', () => {
  it('reads "By state political reporter Jane Doe" as a byline, and the outlet under it as its own line', () => {
    assert.ok(isCreditLine('By state political reporter Ellie Marchetti-Grant'));
    assert.ok(isCreditLine('By chief economics correspondent Tom Price'));
    const text = 'Crossings to go after crash inquest\n\nBy state political reporter Ellie Marchetti-Grant\nABC Newcastle\nTopic:Rail Transport\n\nPosted Wed 11 Feb 2026 at 5:12am\n\nThe government will replace 31 level crossings in the Hunter over six years, the minister said on Tuesday.\n';
    const a = parseArticle(text, 'abc.txt');
    assert.deepEqual(a.credits.map((c) => c.text), ['By state political reporter Ellie Marchetti-Grant']);
    assert.ok(a.boilerplate.some((b) => b.text === 'Topic:Rail Transport'));
    const names = recognize(a, { tagger }).filter((e) => e.type !== 'date');
    assert.ok(names.some((e) => e.type === 'person' && e.text === 'Ellie Marchetti-Grant'));
    assert.ok(names.every((e) => !e.text.includes('\n')), 'no name reaches over a line break');
  });

  it('takes the writer and the date from "Jane Doe | TNN | Updated: Mar 17, 2026, 23:14 IST"', () => {
    const text = 'Farmers move court over metro depot land\r\nProshant Kulkarni | TNN | Updated: Mar 17, 2026, 23:14 IST\r\n\r\nNAGPUR: Farmers moved the high court on Monday, alleging that the compensation was too low.\r\n';
    const a = parseArticle(text, 'toi.txt');
    assert.equal(a.published, '2026-03-17');
    assert.deepEqual(a.credits.map((c) => c.text), ['Proshant Kulkarni | TNN']);
    assert.ok(recognize(a, { tagger }).some((e) => e.type === 'person' && e.text === 'Proshant Kulkarni'));
  });

  it('takes the writer from a bold name at a place before the date, after a standfirst', () => {
    const text = '# Qadeer century seals series\n\n**3rd ODI: Pakistan 315 for 4 beat New Zealand 311 for 8**\n\n*Pakistan win the series 2-1*\n\n**Danyal Rafiq-Butt** at the National Stadium · Sun 22 Feb 2026\n\nHaris Qadeer made 128 not out on Saturday as Pakistan chased down 312 with 14 balls to spare.\n';
    const a = parseArticle(text, 'odi.md');
    assert.equal(a.published, '2026-02-22');
    assert.ok(recognize(a, { tagger }).some((e) => e.type === 'person' && e.text === 'Danyal Rafiq-Butt'));
  });

  it('leaves a section label with pipes alone', () => {
    const a = parseArticle('Markets rally on rate hopes\n\nBusiness News | Markets | 12 March 2026\n\nShares rose on Thursday as traders bet on a cut in interest rates next month.\n', 'm.txt');
    assert.deepEqual(a.credits, []);
  });
});

describe('captions and their credits', () => {
  it('takes the photographer\'s short credit after an agency credit', () => {
    const line = 'Families wait for food aid in Cúcuta, Colombia. (AP Photo/Mariano Vilches-Rojas, File) (Mariano Vilches-Rojas)';
    assert.deepEqual(creditsOf(line), ['(AP Photo/Mariano Vilches-Rojas, File)', '(Mariano Vilches-Rojas)']);
  });

  it('leaves a bracketed aside before a credit in the caption', () => {
    assert.deepEqual(creditsOf('Storm damage in Galway (pictured on Friday). (AP Photo/Jane Doe)'), ['(AP Photo/Jane Doe)']);
  });

  it('reads "Photo shows" lines and an outlet with its photographer as a caption and its credit', () => {
    assert.ok(isCaptionLine('Photo shows boom gates at a rural level crossing beside a paddock'));
    const line = 'The level crossing at Whittingham, near Singleton. (ABC Newcastle: Jasper Lloyd-Hume)';
    assert.ok(isCaptionLine(line));
    assert.deepEqual(creditsOf(line), ['(ABC Newcastle: Jasper Lloyd-Hume)']);
    assert.ok(!isCaptionLine('Exports fell for a third month. (Source: Statistics Canada)'));
  });
});

describe('page furniture of news sites', () => {
  it('takes footers, acknowledgements of country and a wire\'s list of tickers as furniture', () => {
    for (const line of ['Footer', 'ABC acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, work, and gather.', 'Companies in this story: (TSX:PFE, TSX:RNH)', 'Topic:Rail Transport']) {
      assert.ok(isBoilerplateLine(line), line);
    }
  });

  it('does not search ticker symbols, but keeps the exchange and the company', () => {
    const text = 'Prairiefire to buy Riviere-Noire\n\nJan. 12, 2026\n\nCALGARY — Prairiefire Energy Inc. (TSX: PFE; NYSE: PFEN) says it has agreed to buy Riviere-Noire Hydro Inc. (TSX: RNH) for $3.4 billion.\n';
    const s = searched(text, 'cp.txt');
    for (const symbol of ['PFE;', 'PFEN', 'RNH']) assert.ok(!s.includes(symbol), symbol);
    for (const name of ['Prairiefire Energy Inc.', 'TSX', 'NYSE', 'Riviere-Noire Hydro Inc.']) assert.ok(s.includes(name), name);
  });
});
