import * as assert from 'node:assert/strict';
import { isNamesLine, splitBylineAndDate } from '../../../src/core/article/bylines';
import { isCreditLine } from '../../../src/core/article/line-patterns';
import { parseArticle } from '../../../src/core/article/parse-article';

const BODY = [
  'The council in Inverness voted on Tuesday to close two of its five libraries, despite a petition signed by 4,000 people.',
  '',
  'The closures will save about £300,000 a year, the council said, and the mobile library will visit the villages twice a month instead of once.',
  '',
  'Campaigners said they would ask the Scottish Government to step in before the buildings are sold next spring.',
  '',
];

describe('bylines in Markdown and bylines without "By"', () => {
  it('reads a byline whose name is a link or in bold as a credit line', () => {
    assert.ok(isCreditLine('By [Ailsa Mackintosh-Reid](https://news.example/authors/ailsa), Highlands Reporter'));
    assert.ok(isCreditLine('*By **Ailsa Mackintosh-Reid** in Inverness*'));
    assert.ok(isCreditLine('*An investigation by **Ailsa Mackintosh-Reid** for [The Firth Ledger](https://firth.example)*'));
    assert.ok(!isCreditLine('By [clicking here](https://news.example/terms) you agree to our terms.'));
  });

  it('takes a line of names only, with the particles of Irish and Malay names, but not a section label', () => {
    for (const line of ['Ailsa Mackintosh-Reid', '**Ailsa Mackintosh-Reid**', 'Síle Ó Briain and Rory Dunne', 'Ahmad Faiz bin Osman, Lee Wen & Tan Hui Min']) assert.ok(isNamesLine(line), line);
    for (const line of ['Breaking News', 'Rugby Union', 'Staff Reporter', 'Inverness', '![Ailsa Mackintosh-Reid](https://img.example/a.jpg)', 'Transfer news']) assert.ok(!isNamesLine(line), line);
  });

  it('splits a byline and a date sharing a line, in either order', () => {
    const line = 'By [Ailsa Mackintosh-Reid](https://news.example/authors/ailsa), Highlands Reporter · Sunday 1 March 2026, 06:00';
    const split = splitBylineAndDate(line)!;
    assert.equal(line.slice(split.credit.start, split.credit.end), 'By [Ailsa Mackintosh-Reid](https://news.example/authors/ailsa), Highlands Reporter');
    assert.equal(line.slice(split.date.start, split.date.end), 'Sunday 1 March 2026');
    const reversed = '1 March 2026 | By Ailsa Mackintosh-Reid';
    const r = splitBylineAndDate(reversed)!;
    assert.equal(reversed.slice(r.credit.start, r.credit.end), 'By Ailsa Mackintosh-Reid');
    assert.equal(reversed.slice(r.date.start, r.date.end), '1 March 2026');
    assert.equal(splitBylineAndDate('By Ailsa Mackintosh-Reid | Highlands Reporter'), null);
  });

  it('splits a bare writer\'s name and a date sharing a line, but not a desk\'s label', () => {
    const line = '**Maarja Kõiv-Tamm** · 2026-03-01 09:15';
    const split = splitBylineAndDate(line)!;
    assert.equal(line.slice(split.credit.start, split.credit.end), 'Maarja Kõiv-Tamm');
    assert.equal(line.slice(split.date.start, split.date.end), '2026-03-01');
    assert.equal(splitBylineAndDate('Breaking News · 2026-03-01 09:15'), null);
    const detailed = 'Maarja Kõiv-Tamm | ERR | Updated: Mar 1, 2026, 09:15 EET';
    const d = splitBylineAndDate(detailed)!;
    assert.equal(detailed.slice(d.credit.start, d.credit.end), 'Maarja Kõiv-Tamm | ERR');
    const text = ['# Council closes two libraries', '', line, '', ...BODY].join('\n');
    const a = parseArticle(text, 'libraries.md');
    assert.equal(a.published, '2026-03-01');
    assert.deepEqual(a.credits.map((c) => c.text), ['Maarja Kõiv-Tamm']);
  });

  for (const eol of ['\n', '\r\n']) {
    const name = eol === '\n' ? 'LF' : 'CRLF';

    it(`reports a Markdown byline sharing its line with the date as a credit, and the date as the date line (${name})`, () => {
      const text = ['# Council closes two libraries', '', 'By [Ailsa Mackintosh-Reid](https://news.example/authors/ailsa), Highlands Reporter · Sunday 1 March 2026, 06:00', '', ...BODY].join(eol);
      const a = parseArticle(text, 'libraries.md');
      assert.deepEqual(a.credits.map((c) => c.text), ['By [Ailsa Mackintosh-Reid](https://news.example/authors/ailsa), Highlands Reporter']);
      assert.equal(a.published, '2026-03-01');
      assert.equal(a.publishedInferred, false);
      assert.equal(a.publishedSpan?.text, 'Sunday 1 March 2026');
      assert.ok(a.detection.reasons.includes('date line'));
    });

    it(`reports a bold line of names above the date line as a credit (${name})`, () => {
      const text = ['# Council closes two libraries', '', '*Campaigners say the decision hits rural readers hardest*', '', '**Ailsa Mackintosh-Reid**', '', 'Sun 1 Mar 2026 06.00 GMT', '', ...BODY].join(eol);
      const a = parseArticle(text, 'libraries.md');
      assert.deepEqual(a.credits.map((c) => c.text), ['Ailsa Mackintosh-Reid']);
      assert.equal(a.publishedSpan?.text, 'Sun 1 Mar 2026');
      assert.equal(a.detection.isArticle, true);
    });

    it(`reports two names below the date line as a credit (${name})`, () => {
      const text = ['Council closes two libraries', '', 'Sun 1 Mar 2026 06.00 GMT', '', 'Síle Ó Briain and Rory Dunne', '', ...BODY].join(eol);
      assert.deepEqual(parseArticle(text, 'libraries.txt').credits.map((c) => c.text), ['Síle Ó Briain and Rory Dunne']);
    });
  }

  it('leaves a line of names away from the date line in the body', () => {
    const text = ['Council closes two libraries', '', 'Sun 1 Mar 2026 06.00 GMT', '', ...BODY, 'Rory Dunne', ''].join('\n');
    assert.deepEqual(parseArticle(text, 'libraries.txt').credits, []);
  });
});

describe('credit lines found in any case, and lines without a credit word', () => {
  it('keeps every kind of credit line', () => {
    assert.ok(isCreditLine('ADDITIONAL REPORTING BY TOMASZ WIERZBA'));
    assert.ok(isCreditLine('Corinne Aldous contributed reporting from Dunedin.'));
    assert.ok(isCreditLine('Media contact: Petra Lindqvist, Harbour Board'));
    assert.ok(isCreditLine('THIS ARTICLE HAS BEEN CORRECTED to fix a spelling.'));
    assert.ok(isCreditLine('**Words by Imogen Farrant**'));
  });
  it('reads a plain sentence as no credit', () => {
    assert.ok(!isCreditLine('The ferry to Stewart Island left an hour late on Tuesday.'));
    assert.ok(!isCreditLine('Reporting from the flooded valley was slow work.'));
  });
});
