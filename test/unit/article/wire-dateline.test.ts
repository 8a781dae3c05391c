import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/parse-article';
import { matchDateline } from '../../../src/core/article/wire-dateline';
import { recognize } from '../../../src/core/entities/recognize';
import type { Article } from '../../../src/core/model/types';

/** A short wire story opening with `dateline`, with a date line above it when one is given. */
function story(dateline: string, dateLine?: string): string {
  return [
    'Harbour authority approves new container terminal',
    ...(dateLine ? [dateLine] : []),
    `${dateline} The port authority approved a new container terminal on the east quay today, after two years of hearings and a court challenge by residents of the old town.`,
    'The terminal is due to open in stages, and the first berth should take ships within three years, the authority said in a statement issued after the vote.',
  ].join('\n\n') + '\n';
}

interface Expected {
  place: string | null;
  agency: string;
  published: string;
  inferred?: boolean;
  dateText: string;
}

function assertDateline(a: Article, e: Expected): void {
  assert.equal(a.detection.isArticle, true, a.detection.reasons.join(', '));
  assert.equal(a.dateline?.text ?? null, e.place);
  assert.equal(a.datelineAgency?.text, e.agency);
  assert.equal(a.text.slice(a.datelineAgency!.start, a.datelineAgency!.end), e.agency);
  assert.equal(a.published, e.published);
  assert.equal(a.publishedInferred, e.inferred ?? false);
  assert.equal(a.publishedSpan?.text, e.dateText);
  if (a.dateline) assert.equal(a.text.slice(a.dateline.start, a.dateline.end), e.place);
}

describe('wire and press-release datelines', () => {
  it('reads a Reuters dateline with the day and no year, the year taken from the nearest full date in the text', () => {
    const a = parseArticle(story('LONDON, Nov 21 (Reuters) -').replace('three years', 'three years, by Dec. 2, 2025'));
    assertDateline(a, { place: 'LONDON', agency: 'Reuters', published: '2025-11-21', inferred: true, dateText: 'Nov 21' });
    // Across a year's end the nearer year wins: a January dateline, a late-December date in the text.
    const january = parseArticle(story('LONDON, Jan 2 (Reuters) -').replace('three years', 'three years, it said on Dec. 30, 2025'));
    assert.equal(january.published, '2026-01-02');
  });

  it('keeps a stated date line over the day in a Reuters dateline, and leaves the date unknown when nothing gives the year', () => {
    const a = parseArticle(story('LONDON, Nov 21 (Reuters) -', 'November 22, 2025 4:07 PM GMT'));
    assertDateline(a, { place: 'LONDON', agency: 'Reuters', published: '2025-11-22', dateText: 'November 22, 2025' });
    const noYear = parseArticle(story('LONDON, Nov 21 (Reuters) -'));
    assert.equal(noYear.published, null);
    assert.equal(noYear.dateline?.text, 'LONDON');
  });

  it('reads an AP dateline with a full date', () => {
    assertDateline(parseArticle(story('WASHINGTON, Nov. 21, 2026 (AP) —')), { place: 'WASHINGTON', agency: 'AP', published: '2026-11-21', dateText: 'Nov. 21, 2026' });
  });

  it('reads a PR Newswire dateline with the month spelled out', () => {
    assertDateline(parseArticle(story('NEW YORK, November 21, 2026 /PRNewswire/ --')), { place: 'NEW YORK', agency: 'PRNewswire', published: '2026-11-21', dateText: 'November 21, 2026' });
  });

  it('reads a PR Newswire dateline with a state after the city', () => {
    assertDateline(parseArticle(story('PITTSBURGH, Pa., Feb. 12, 2026 /PRNewswire/ --')), { place: 'PITTSBURGH, Pa.', agency: 'PRNewswire', published: '2026-02-12', dateText: 'Feb. 12, 2026' });
  });

  it('reads a dateline with no place, only the day and the wire mark', () => {
    const a = parseArticle(story('Nov 21 (Reuters) -').replace('three years', 'three years, by Dec. 2, 2025'));
    assertDateline(a, { place: null, agency: 'Reuters', published: '2025-11-21', inferred: true, dateText: 'Nov 21' });
    assert.ok(a.detection.reasons.includes('dateline (Reuters)'), a.detection.reasons.join(', '));
  });

  it('reads a Business Wire dateline, the date after the mark and no spaces round the dashes', () => {
    const a = parseArticle(story('SAN FRANCISCO--(BUSINESS WIRE)--Nov. 21, 2026--'));
    assertDateline(a, { place: 'SAN FRANCISCO', agency: 'BUSINESS WIRE', published: '2026-11-21', dateText: 'Nov. 21, 2026' });
    // Without a date, the place and the mark are still read.
    const undated = matchDateline('SAN FRANCISCO--(BUSINESS WIRE)--Tessaline Energy Corp. said today');
    assert.deepEqual(undated && { place: undated.place, agency: undated.agency?.text, date: undated.date }, { place: 'SAN FRANCISCO', agency: 'BUSINESS WIRE', date: null });
  });

  it('reads a GlobeNewswire dateline', () => {
    assertDateline(parseArticle(story('TORONTO, Nov. 21, 2026 (GLOBE NEWSWIRE) --')), { place: 'TORONTO', agency: 'GLOBE NEWSWIRE', published: '2026-11-21', dateText: 'Nov. 21, 2026' });
  });

  it('reads the marks of the other distribution services, with the date before, after or inside the mark', () => {
    const cases: Array<[string, string, string, string]> = [
      ['MIAMI, Feb. 12, 2026 /PRNewswire-HISPANIC PR WIRE/ --', 'MIAMI', 'PRNewswire-HISPANIC PR WIRE', 'Feb. 12, 2026'],
      ['TORONTO, Feb. 12, 2026 /CNW/ -', 'TORONTO', 'CNW', 'Feb. 12, 2026'],
      ['NEW YORK, NY, Feb. 12, 2026 (ACCESSWIRE) --', 'NEW YORK, NY', 'ACCESSWIRE', 'Feb. 12, 2026'],
      ['NEW YORK, NY / ACCESSWIRE / February 12, 2026 /', 'NEW YORK, NY', 'ACCESSWIRE', 'February 12, 2026'],
      ['WASHINGTON, DC, UNITED STATES, February 12, 2026 /EINPresswire.com/ --', 'WASHINGTON, DC, UNITED STATES', 'EINPresswire.com', 'February 12, 2026'],
      ['CALGARY, ALBERTA--(Marketwired - Feb. 12, 2026) -', 'CALGARY, ALBERTA', 'Marketwired', 'Feb. 12, 2026'],
      ['Vancouver, British Columbia--(Newsfile Corp. - February 12, 2026) -', 'Vancouver, British Columbia', 'Newsfile Corp.', 'February 12, 2026'],
      ['SAN DIEGO (PRWEB) February 12, 2026 --', 'SAN DIEGO', 'PRWEB', 'February 12, 2026'],
    ];
    for (const [dateline, place, agency, dateText] of cases) {
      assertDateline(parseArticle(story(dateline)), { place, agency, published: '2026-02-12', dateText });
    }
  });

  it('takes no prose for a dateline: a date and a bracket, a hyphenated place, a title-case word before a dash', () => {
    for (const line of ['March 4 (Tuesday) - the court ruled.', 'On March 4 (a Tuesday) - the court ruled.', 'LONDON-based lenders said on Monday.', 'Smith - the talks ended.', 'Feb. 12, 2026 / 9:00 am / the board met.']) {
      assert.equal(matchDateline(line), null, line);
    }
  });

  it('gives the dateline to the entities: its places, the wire as an organisation, and "today" on the dateline\'s date', () => {
    const text = story('PITTSBURGH, Pa., Feb. 12, 2026 /PRNewswire/ --').replace('on the east quay today', 'on the east quay on Feb. 20, 2026, and said today');
    const a = parseArticle(text);
    assert.equal(a.published, '2026-02-12');
    const entities = recognize(a);
    const find = (t: string) => entities.find((e) => e.text === t);
    assert.equal(find('PITTSBURGH')?.type, 'place');
    assert.equal(find('Pa.')?.type, 'place');
    assert.equal(find('PRNewswire')?.type, 'organization');
    assert.equal(find('Feb. 12, 2026')?.value, '2026-02-12');
    assert.equal(find('today')?.value, '2026-02-12');
  });

  describe('openings that hold no dateline', () => {
    it('reads no dateline in a paragraph opening with a small letter or a mark', () => {
      assert.equal(matchDateline('and KINGSTON – the ferry left late.'), null);
      assert.equal(matchDateline('* MARSEILLE – the strike went on.'), null);
      assert.equal(matchDateline('“LISBON (Reuters) - fares rose,” she said.'), null);
    });

    it('reads a title-case place or a date only with a mark in brackets or slashes', () => {
      assert.equal(matchDateline('Porto Alegre - the river rose overnight.'), null);
      assert.equal(matchDateline('March 3 - the river rose overnight.'), null);
      assert.equal(matchDateline('Porto Alegre (Reuters) - The river rose overnight.')?.place, 'Porto Alegre');
      assert.equal(matchDateline('March 3 (Reuters) - The river rose overnight.')?.date?.day, 3);
      assert.equal(matchDateline('Porto Alegre /PRNewswire/ -- Fares rose.')?.agency?.text, 'PRNewswire');
      assert.equal(matchDateline('12 March, 2026 (AP) - Fares rose.')?.date?.year, 2026);
    });
  });
});
