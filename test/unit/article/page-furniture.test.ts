import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/parse-article';
import { FERRY_STORY, searchedText } from '../helpers/ferry-story';

describe('page furniture around a story', () => {
  const page = [
    'World | Elections',
    '4 min read',
    '',
    'Count stalls in the capital as both front-runners claim victory',
    '',
    'Dec 2, 2025 11:40 AM CST',
    '',
    'TEGUCIGALPA, Dec 2 (Isthmus Wire) — The count stalled for a second day on Tuesday.',
    '',
    'The ward office in Tela on Monday, Dec. 1, 2025. (KXYZ Photo/Ana Ruiz)',
    '',
    'Officials said the count would resume on Wednesday.',
    '',
  ].join('\n');
  const a = parseArticle(page, 'story.txt');

  it('takes a section path and a reading time above the headline as furniture, not the headline', () => {
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['World | Elections', '4 min read']);
    assert.equal(a.title?.text, 'Count stalls in the capital as both front-runners claim victory');
    assert.equal(a.published, '2025-12-02');
  });

  it('finds the dateline after them, with the span of its wire mark', () => {
    assert.equal(a.dateline?.text, 'TEGUCIGALPA');
    assert.equal(a.datelineAgency?.text, 'Isthmus Wire');
    assert.equal(page.slice(a.datelineAgency!.start, a.datelineAgency!.end), 'Isthmus Wire');
  });

  it("takes an outlet's photo credit in AP style as a photo credit", () => {
    assert.deepEqual(a.photoCredits.map((c) => c.text), ['(KXYZ Photo/Ana Ruiz)']);
  });

  it('keeps a headline with a bar in it when its parts are long', () => {
    const b = parseArticle('Floods close the main roads into the city | What we know so far\n\nRain fell all night on Monday and officials closed the roads.\n', 'b.txt');
    assert.equal(b.boilerplate.length, 0);
  });
});

describe('bylines', () => {
  it('takes a byline naming where the writer filed from as a credit line', () => {
    const a = parseArticle('Derby ends in late winner\n\n16 February 2026\n\nBy Ana Ruiz in Seville\n\nThe home side won in stoppage time on Sunday night.\n', 'd.txt');
    assert.deepEqual(a.credits.map((c) => c.text), ['By Ana Ruiz in Seville']);
  });
});

describe('date lines with a weekday', () => {
  it('takes a weekday joined to the day into the date, and leaves a short one set off by a comma after a label out', () => {
    const joined = parseArticle('Derby ends in late winner\n\nBy Ana Ruiz\nMon 16 Feb 2026 09.12 GMT\n\nThe home side won in stoppage time on Sunday night.\n', 'd.txt');
    assert.equal(joined.publishedSpan?.text, 'Mon 16 Feb 2026');
    assert.equal(joined.published, '2026-02-16');
    const comma = parseArticle('Derby ends in late winner\n\nPublished: Wed, Jan 11, 2023\n\nThe home side won in stoppage time on Sunday night.\n', 'd.txt');
    assert.equal(comma.publishedSpan?.text, 'Jan 11, 2023');
  });

  it('keeps a short weekday that opens the date line, time and all after it', () => {
    const a = parseArticle('Derby ends in late winner\n\nBy Ana Ruiz in Seville\nWed, Jan 11, 2023 at 9:40 PM\n\nThe home side won in stoppage time on Wednesday night.\n', 'd.txt');
    assert.equal(a.publishedSpan?.text, 'Wed, Jan 11, 2023');
    assert.equal(a.published, '2023-01-11');
  });

  it('keeps a weekday written out in full before a date written month first, as in body text', () => {
    const a = parseArticle('Ferry services resume after the storm\n\nCoastal Times\nThursday, February 5, 2026\n\nFerries sailed again on Thursday after two days in port.\n', 'f.txt');
    assert.equal(a.publishedSpan?.text, 'Thursday, February 5, 2026');
    assert.equal(a.published, '2026-02-05');
  });

  it('keeps a short weekday set off by a comma after a label when the month-first date has no comma of its own', () => {
    const a = parseArticle('Harbour dues rise again\n\nBy Ana Ruiz\nPosted: Fri, March 6th 2026 at 8:10 AM | Updated: 9:02 AM\n\nBoat owners will pay more from April.\n', 'h.md');
    assert.equal(a.publishedSpan?.text, 'Fri, March 6th 2026');
    assert.equal(a.published, '2026-03-06');
  });

  it('keeps a weekday set off by a comma before a date written day first', () => {
    const a = parseArticle('Engineers claim trial over flood wall\n\nBy Nurul Ain\nWednesday, 04 Mar 2026\n1:45 PM MYT\n\nTwo engineers claimed trial in the Sessions Court on Wednesday.\n', 'c.txt');
    assert.equal(a.publishedSpan?.text, 'Wednesday, 04 Mar 2026');
    assert.equal(a.published, '2026-03-04');
  });
});

describe('related links', () => {
  it('takes a list of links under a heading of its own ("## Related") as furniture, the heading with it', () => {
    const text = '# Minister quits over green belt plans\n\nThe minister resigned on Tuesday after a row over planning rules for the countryside.\n\n## Related\n\n- [Why Labour MPs are nervous](https://example.com/a)\n- [Schools minister quits](https://example.com/b)\n';
    const a = parseArticle(text, 'r.md');
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['## Related', '- [Why Labour MPs are nervous](https://example.com/a)', '- [Schools minister quits](https://example.com/b)']);
    assert.ok(a.searchable.every((r) => !text.slice(r.start, r.end).includes('Labour')));
  });
});

describe('section labels and menu entries in sentence case', () => {
  it('takes "Rugby union" in a menu and above the headline as furniture, not as the headline', () => {
    const text = 'Skip to main content\nSport\nFootball\nRugby union\nTennis\n\nRugby union\n\nLeinster sign Connacht prop on a three-year deal\n\n12 March 2026\n\nLeinster have signed the Connacht prop on a three-year deal, the province said on Thursday.\n';
    const a = parseArticle(text, 'rugby.txt');
    assert.equal(a.title?.text, 'Leinster sign Connacht prop on a three-year deal');
    assert.deepEqual(a.boilerplate.filter((b) => b.text === 'Rugby union').length, 2);
  });
});

describe("a page's footer after the story", () => {
  const story = [...FERRY_STORY, ''];

  for (const eol of ['\n', '\r\n']) {
    const name = eol === '\n' ? 'LF' : 'CRLF';

    it(`takes the footer menu naming the outlet, its policies and its copyright as furniture (${name})`, () => {
      const text = [...story, 'Arctic Courier', 'About us', 'Contact us', 'Careers', 'Privacy policy', '© 2026 Arctic Courier AS. All rights reserved.', ''].join(eol);
      const a = parseArticle(text, 'ferry.txt');
      assert.deepEqual(a.boilerplate.map((b) => b.text), ['Arctic Courier', 'About us', 'Contact us', 'Careers', 'Privacy policy', '© 2026 Arctic Courier AS. All rights reserved.']);
      assert.ok(!searchedText(a).includes('Arctic Courier'));
      assert.ok(searchedText(a).includes('Tromsø'));
    });

    it(`takes a wire's footer menu ("About Nordwire") and standards line as furniture (${name})`, () => {
      const text = [...story, 'Our Standards: The Nordwire Editorial Principles.', '', 'Site Index', 'Browse', 'World', 'Business', 'About Nordwire', 'Nordwire News Agency', ''].join(eol);
      const a = parseArticle(text, 'ferry.txt');
      assert.ok(!searchedText(a).includes('Nordwire'));
      assert.ok(searchedText(a).includes('in the autumn'));
    });
  }

  it('takes a copyright line that opens with the outlet as furniture', () => {
    const a = parseArticle([...story, 'Arctic Courier © 2026. All Rights Reserved.', ''].join('\n'), 'ferry.txt');
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['Arctic Courier © 2026. All Rights Reserved.']);
  });

  it('keeps a list of short capitalised lines that ends the story when no footer entry is in it', () => {
    const text = [...story, 'Board members voting for', 'Elin Varga', 'Ola Berg', 'Kari Holm', ''].join('\n');
    const a = parseArticle(text, 'ferry.txt');
    assert.ok(searchedText(a).includes('Ola Berg'));
  });

  it('keeps a menu-like list in the body when the story goes on after it', () => {
    const text = [...story, 'Contact us', 'Elin Varga', 'Ola Berg', '', 'The terminal will cost 40 million kroner, paid by Troms County.', ''].join('\n');
    const a = parseArticle(text, 'ferry.txt');
    assert.ok(searchedText(a).includes('Ola Berg'));
  });
});

describe('a cookie banner and a language menu above the story', () => {
  for (const eol of ['\n', '\r\n']) {
    const page = [
      'We value your privacy',
      'We and our partners use cookies to measure traffic. You can accept or refuse them at any time.',
      'Accept all',
      'Reject all',
      '',
      'Language',
      'Français',
      'English',
      'Español',
      'العربية',
      '',
      'Europe',
      '',
      'Dutch farmers block motorways for a second day over nitrogen rules',
      '',
      '12 March 2026',
      '',
      'Farmers drove tractors onto the A12 near Utrecht on Thursday.',
      '',
    ].join(eol);
    const a = parseArticle(page, 'story.txt');

    it(`takes the banner, its buttons, the languages and the section label as furniture, and finds the headline (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const furniture = a.boilerplate.map((b) => b.text);
      for (const line of ['We value your privacy', 'Accept all', 'Reject all', 'Français', 'العربية', 'Europe']) assert.ok(furniture.includes(line), line);
      assert.ok(furniture.some((b) => b.startsWith('We and our partners use cookies')));
      assert.equal(a.title?.text, 'Dutch farmers block motorways for a second day over nitrogen rules');
      assert.ok(!a.searchable.some((r) => page.slice(r.start, r.end).includes('Europe')));
    });
  }

  it('keeps a sentence about cookies in the story as body text', () => {
    const text = ['Bakers fear a sugar tax', '', '12 March 2026', '', 'The bakery sells 4,000 cookies a week, its owner said.', ''].join('\n');
    const a = parseArticle(text, 'story.txt');
    assert.ok(a.paragraphs.some((p) => text.slice(p.start, p.end).includes('cookies a week')));
  });
});
