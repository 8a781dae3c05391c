import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/parse-article';
import { matchDateline } from '../../../src/core/article/wire-dateline';
import type { Article, TextRange } from '../../../src/core/model/types';
import { readFixture } from '../helpers/fixtures';

function slices(article: Article, ranges: TextRange[]): string[] {
  return ranges.map((r) => article.text.slice(r.start, r.end));
}

/** Every span the parser reports must cover exactly its text. */
function assertSpansSlice(article: Article): void {
  for (const span of [article.title, article.url, article.dateline, article.publishedSpan, ...article.credits, ...article.captions, ...article.photoCredits, ...article.boilerplate]) {
    if (span) assert.equal(article.text.slice(span.start, span.end), span.text);
  }
  let last = -1;
  for (const r of article.searchable) {
    assert.ok(r.start >= last && r.start < r.end && r.end <= article.text.length);
    last = r.end;
  }
}

describe('parseArticle', () => {
  it('reads a clean Markdown-style article: headline, date line, caption, credit and source footer', () => {
    const a = parseArticle(readFixture('articles', 'markdown-clean.txt'));
    assert.equal(a.title?.text, 'Georgian Parliament Passes Budget Amid Opposition Boycott');
    assert.equal(a.published, '2022-11-24');
    assert.equal(a.publishedInferred, false);
    assert.equal(a.url?.text, 'https://www.tbilisiherald.ge/2022/11/24/budget-a55120');
    assert.equal(a.outlet, 'tbilisiherald.ge');
    assert.deepEqual(a.credits.map((c) => c.text), ['Reuters contributed reporting.']);
    assert.deepEqual(a.captions.map((c) => c.text), ['Irakli Kobakhidze [Parliament.ge](https://www.parliament.ge)']);
    assert.deepEqual(a.photoCredits.map((c) => c.text), ['[Parliament.ge](https://www.parliament.ge)']);
    assert.equal(a.paragraphs.length, 4);
    assertSpansSlice(a);
  });

  it('reads a scraped wire story: furniture, FILE caption with photo credits, dateline, contributor line', () => {
    const a = parseArticle(readFixture('articles', 'scraped-wire.txt'));
    assert.equal(a.title?.text, 'Chile votes on new constitution draft after years of protest');
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['Skip to main content', 'Clear icon', '21º', 'Recommended Videos', '___']);
    assert.equal(a.dateline?.text, 'SANTIAGO, Chile');
    assert.deepEqual(a.credits.map((c) => c.text), ['Associated Press writer Patricia Luna contributed to this report.']);
    assert.equal(a.captions.length, 1);
    assert.ok(a.captions[0].text.startsWith('FILE - In this Sunday'));
    assert.deepEqual(a.photoCredits.map((c) => c.text), ['(Esteban Felix, AP Photo, File)', '(Esteban Felix, AP)']);
    assert.equal(a.url, null);
    assertSpansSlice(a);
  });

  it('infers the publication date from the latest full date when there is no date line', () => {
    const a = parseArticle(readFixture('articles', 'scraped-wire.txt'));
    assert.equal(a.published, '2023-12-17');
    assert.equal(a.publishedInferred, true);
    assert.equal(a.publishedSpan?.text, 'Dec. 17, 2023');
  });

  it('keeps the search away from URLs, link targets, furniture and photo credits', () => {
    const a = parseArticle(readFixture('articles', 'markdown-clean.txt'));
    const searchable = slices(a, a.searchable).join('\n');
    assert.ok(searchable.includes('Irakli Kobakhidze'));
    assert.ok(searchable.includes('approved'));
    assert.ok(!searchable.includes('parliament.ge'));
    assert.ok(!searchable.includes('(#)'));
    assert.ok(!searchable.includes('tbilisiherald'));
    const wire = parseArticle(readFixture('articles', 'scraped-wire.txt'));
    const wireText = slices(wire, wire.searchable).join('\n');
    assert.ok(!wireText.includes('Esteban Felix'));
    assert.ok(!wireText.includes('Recommended Videos'));
    assert.ok(wireText.includes('Gabriel Boric'));
  });

  it('takes a Markdown picture for a caption, never its file address for a photo credit', () => {
    const a = parseArticle('# Tram Line Approved in Lisbon\n\nMarch 3, 2023\n\n![A yellow tram in Lisbon](https://example.org/tram.jpg)\n\nLISBON — The council approved the plan on Thursday.\n');
    assert.deepEqual(a.captions.map((c) => c.text), ['![A yellow tram in Lisbon](https://example.org/tram.jpg)']);
    assert.deepEqual(a.photoCredits, []);
    const searchable = slices(a, a.searchable).join('\n');
    assert.ok(searchable.includes('A yellow tram in Lisbon'));
    assert.ok(!searchable.includes('example.org'));
  });

  it('takes the shapes of photo credits scraped pages use out of the search, and keeps the caption searchable', () => {
    const credits = ['(Photo: Gareth Lumsden/Northern Pictures)', '(Image: Jane Doe)', 'Jane Doe / ANP via Getty Images', 'Photo: Gareth Lumsden/Northern Pictures', 'Photo by Ellen de Vries'];
    for (const credit of credits) {
      const caption = `A tanker collects milk near Skipton, North Yorkshire, on Monday. ${credit}`;
      const text = `Watchdog opens probe into dairy merger\r\n\r\n${caption}\r\n\r\nLONDON — Britain's regulator said on Tuesday it would investigate.\r\n\r\nShares in Pennine fell 6% in London and/or Leeds.\r\n`;
      const a = parseArticle(text);
      const searched = slices(a, a.searchable).join(' ');
      assert.deepEqual(a.photoCredits.map((c) => c.text), [credit], credit);
      assert.ok(searched.includes('Skipton, North Yorkshire') && !/Lumsden|Jane Doe|Ellen/u.test(searched), searched);
      assert.ok(searched.includes('and/or Leeds') && a.captions.length === 1, credit);
      assertSpansSlice(a);
    }
    // A caption that opens with "Photo:" but describes the picture keeps its names searchable.
    const a = parseArticle('Putin meets Pashinyan\n\nPhoto: Vladimir Putin meets Nikol Pashinyan in Moscow.\n\nMOSCOW — The two leaders met on Friday.\n');
    assert.deepEqual(a.photoCredits, []);
  });

  it('reads a Markdown article with a byline and a multi-word dateline', () => {
    const a = parseArticle(readFixture('articles', 'markdown-article.md'));
    assert.equal(a.title?.text, 'Dutch Farmers Protest Nitrogen Rules in The Hague');
    assert.equal(a.published, '2022-06-22');
    assert.equal(a.dateline?.text, 'THE HAGUE, Netherlands');
    assert.deepEqual(a.credits.map((c) => c.text), ['By Sanne de Vries']);
    assert.equal(a.outlet, 'lowlandsreview.nl');
  });

  it('reads the datelines of the wires: AP, AFP, and Reuters with the day before its mark', () => {
    const cases: Array<[string, string, string | null]> = [
      ['NAIROBI, Kenya (AP) — Kenyan health authorities confirmed an outbreak.', 'NAIROBI, Kenya', 'AP'],
      ['PARIS (AFP) - France said on Monday it would act.', 'PARIS', 'AFP'],
      ['LONDON, March 4 (Reuters) - Britain said on Tuesday it would act.', 'LONDON', 'Reuters'],
      ['LAUSANNE, Switzerland, Nov 12 (Reuters) - The court upheld a ban.', 'LAUSANNE, Switzerland', 'Reuters'],
      ['WASHINGTON, Nov. 12 (UPI) -- The Senate voted on Tuesday.', 'WASHINGTON', 'UPI'],
      ['PARIS, 12 November (AFP) - France said on Monday it would act.', 'PARIS', 'AFP'],
    ];
    for (const [paragraph, place, agency] of cases) {
      assert.equal(matchDateline(paragraph)?.agency?.text, agency, paragraph);
      const text = `Court upholds four-year ban on climber\r\n\r\nNovember 12, 2025 4:07 PM GMT+1\r\n\r\n${paragraph}\r\n\r\nThe ruling ends his hopes of racing again.\r\n`;
      const a = parseArticle(text);
      assert.equal(a.dateline?.text, place, paragraph);
      assertSpansSlice(a);
    }
    // A sentence that opens with a capitalised word and a date is not a dateline.
    assert.equal(parseArticle('Ban upheld for climber\n\nMay 5, 2025\n\nOn March 4 (a Tuesday) - the court ruled.\n').dateline, null);
  });

  it('reads a dateline with a title-case place before a wire mark, but not a title-case word before a dash in prose', () => {
    for (const [paragraph, place] of [['Beijing (AFP) – Saudi Arabia and Iran agreed on Tuesday to act.', 'Beijing'], ['Rio de Janeiro (Reuters) - Brazil said on Monday it would act.', 'Rio de Janeiro'], ['Kyiv, Ukraine (AP) — Ukraine said it would act.', 'Kyiv, Ukraine']]) {
      const a = parseArticle(`Talks end in agreement on consulates\n\n21 October 2025, 18:05 GMT+8\n\n${paragraph}\n\nThe talks lasted two days.\n`);
      assert.equal(a.dateline?.text, place, paragraph);
      assertSpansSlice(a);
    }
    assert.equal(matchDateline('Beijing (Tuesday) - the talks ended.'), null);
    assert.equal(matchDateline('Smith - the talks ended.'), null);
  });

  it('leaves out a section label above the headline, and then finds the headline and a plain dateline', () => {
    const text = 'Skip to content\nHome\nNews\n\nTECH\n\nRegulator halts sign-ups at payments app after data leak\n\nBy Rizky Pratama\nOctober 9, 2025 | 14:20 WIB\n\nShare\nFacebook\nX\n\nJAKARTA — Indonesia\'s financial regulator on Thursday barred the company.\n\nThe company apologised.\n';
    const a = parseArticle(text);
    assert.equal(a.title?.text, 'Regulator halts sign-ups at payments app after data leak');
    assert.equal(a.dateline?.text, 'JAKARTA');
    assert.equal(a.published, '2025-10-09');
    assert.ok(a.boilerplate.some((b) => b.text === 'TECH') && a.boilerplate.some((b) => b.text === 'X'));
    assert.ok(!slices(a, a.searchable).some((r) => r.includes('TECH')));
    assertSpansSlice(a);
    // A short line with no headline after it is not a label.
    assert.ok(parseArticle('NEWS\n\nShort.\n').boilerplate.every((b) => b.text !== 'NEWS'));
  });

  it('reads an italic line with a photographer-only credit as a caption and leaves the credit out of the searched text', () => {
    const text = '# Farmers fight a copper mine over a river\n\n*November 18, 2025*\n\n![Farmers on the road](https://img.example.pe/a.jpg)\n*Farmers block the corridor near Llusco. Photo: Diego Salas Paredes*\n\nLLUSCO, Peru — The river used to run all year.\n';
    const a = parseArticle(text, 'a.md');
    assert.ok(a.captions.some((c) => c.text.startsWith('*Farmers block')), JSON.stringify(a.captions));
    assert.deepEqual(a.photoCredits.map((c) => c.text), ['Photo: Diego Salas Paredes']);
    assert.ok(!slices(a, a.searchable).some((r) => r.includes('Diego')));
    assert.ok(slices(a, a.searchable).some((r) => r.includes('Llusco.')));
    assertSpansSlice(a);
  });

  it('leaves "Topics:" and "Tags:" lines out of the searched text', () => {
    const text = 'Regulator halts sign-ups at payments app after data leak\n\nOctober 9, 2025\n\nJAKARTA — The regulator on Thursday barred KilatPay.\n\nTopics: OJK, KilatPay, fintech, Jakarta\n\nTags: payments, Indonesia\n';
    const a = parseArticle(text);
    assert.ok(!slices(a, a.searchable).some((r) => /Topics|Tags|fintech/u.test(r)), JSON.stringify(slices(a, a.searchable)));
    assert.ok(slices(a, a.searchable).some((r) => r.includes('barred KilatPay')));
  });

  it('gives offsets into the text as read with CRLF line endings', () => {
    const text = readFixture('articles', 'crlf-scraped.txt');
    assert.ok(text.includes('\r\n'));
    const a = parseArticle(text);
    assert.equal(a.title?.text, 'Norway expands Arctic oil licences despite climate protests');
    assert.equal(a.published, '2023-01-11');
    assert.equal(a.dateline?.text, 'OSLO');
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['Menu', 'Search']);
    assert.deepEqual(a.credits.map((c) => c.text), ['Reporting by Nerijus Adomaitis; Editing by Jan Harvey']);
    for (const p of a.paragraphs) assert.ok(!text.slice(p.start, p.end).includes('\r'));
    assertSpansSlice(a);
  });

  it('gives offsets that count a BOM and emoji as UTF-16 code units', () => {
    const text = readFixture('articles', 'bom-emoji.md');
    assert.equal(text.charCodeAt(0), 0xfeff);
    const a = parseArticle(text);
    assert.equal(a.title?.text, 'Zürich Café Owners Fight Rent Rises 🇨🇭');
    assert.equal(a.title?.start, 3); // BOM + "# "
    assert.equal(a.dateline?.text, 'ZÜRICH');
    assert.equal(a.outlet, 'alpinechronicle.ch');
    assertSpansSlice(a);
  });

  it('gives the same structure for LF and CRLF versions of one article, shifted by the extra characters', () => {
    const lf = readFixture('articles', 'scraped-wire.txt');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = parseArticle(lf);
    const b = parseArticle(crlf);
    assert.equal(b.title?.text, a.title?.text);
    assert.deepEqual(b.boilerplate.map((x) => x.text), a.boilerplate.map((x) => x.text));
    assert.deepEqual(slices(b, b.paragraphs), slices(a, a.paragraphs));
  });

  it('never throws on empty or odd input', () => {
    for (const text of ['', '\n\n\n', '\uFEFF', '\r', '#', '___', '😀'.repeat(1000), 'a'.repeat(200_000)]) {
      const a = parseArticle(text);
      assert.equal(a.detection.isArticle, false);
      assertSpansSlice(a);
    }
  });
});
