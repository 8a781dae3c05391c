import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { parseArticle } from '../../../src/core/article/parse-article';
import { recognize } from '../../../src/core/entities/recognize';
import type { Entity } from '../../../src/core/model/types';
import { hasSeeds, readFixture, seedsDir } from '../helpers/fixtures';
import { fakeTagger } from './fake-tagger';

const tagger = fakeTagger({
  'SÃO PAULO': 'place', 'Port of Santos': 'place', 'National Waterway Transport Agency': 'organization', ANTAQ: 'organization',
  'Maria Fernanda Oliveira': 'person', Oliveira: 'person', Brazil: 'place', 'U.S.': 'place', EU: 'organization', 'Pedro Lima': 'person',
  'Associated Press': 'organization', Paranaguá: 'place',
});

function assertSliced(text: string, entities: Entity[]): void {
  for (const [i, e] of entities.entries()) {
    assert.equal(text.slice(e.start, e.end), e.text);
    if (i > 0) assert.ok(entities[i - 1].end <= e.start, 'sorted and non-overlapping');
  }
}

describe('recognize', () => {
  const text = readFixture('entities', 'harbour-strike.txt');

  it('returns names and dates of an article, sorted, with canonical names linked', () => {
    const entities = recognize(parseArticle(text), { tagger });
    assertSliced(text, entities);
    const by = (t: string) => entities.filter((e) => e.text === t);
    assert.equal(by('SÃO PAULO')[0].canonical, 'São Paulo');
    assert.equal(by('Oliveira')[0].canonical, 'Maria Fernanda Oliveira');
    assert.equal(by('ANTAQ')[0].canonical, 'National Waterway Transport Agency');
    assert.equal(by('U.S.')[0].canonical, 'United States');
    const dates = entities.filter((e) => e.type === 'date').map((e) => `${e.text}=${e.value}`);
    assert.deepEqual(dates, [
      'March 18, 2022=2022-03-18', 'Friday=2022-03-18', 'late Thursday=2022-03-17', 'March 2=2022-03-02', 'last month=2022-02',
      'this week=2022-W11', 'last year=2021', '2019=2019', 'Monday=2022-03-21', '1997=1997', 'last fall=2021',
    ]);
  });

  it('adds the dateline as a place when the tagger misses it', () => {
    const entities = recognize(parseArticle(text), { tagger: fakeTagger({}) });
    const dateline = entities.find((e) => e.text === 'SÃO PAULO');
    assert.deepEqual(dateline && [dateline.type, dateline.canonical], ['place', 'São Paulo']);
  });

  it('reads the people and places of credit lines from their shape, over what the tagger made of them', () => {
    const article = [
      'Court upholds four-year ban on climber', '', 'November 12, 2025', '', 'By Ana Lucía Restrepo, Sports Correspondent', '',
      'LAUSANNE, Switzerland, Nov 12 (Reuters) - The court upheld the ban on Wednesday, ending the hopes of the rider of racing again.', '',
      'His lawyer said in Bogota that his client was devastated and was studying an appeal to the federal court.', '',
      '(Reporting by Ana Lucía Restrepo in Bogota and Tobias Rüegg in Zurich; Editing by Clare Fallowfield)', '',
      'Associated Press writer Faith Wambui Chege in Garissa contributed to this report.', '',
    ].join('\r\n');
    const entities = recognize(parseArticle(article), { tagger: fakeTagger({ Bogota: 'place', 'Clare Fallowfield': 'organization', Reuters: 'organization' }) });
    assertSliced(article, entities);
    const named = entities.filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(named, [
      'person:Ana Lucía Restrepo', 'place:LAUSANNE', 'place:Switzerland', 'organization:Reuters', 'place:Bogota',
      'person:Ana Lucía Restrepo', 'place:Bogota', 'person:Tobias Rüegg', 'place:Zurich', 'person:Clare Fallowfield',
      'person:Faith Wambui Chege', 'place:Garissa',
    ]);
  });

  it('reads a co-author after "with" in a byline, with the place after "in"', () => {
    const article = ['Talks end in agreement on consulates', '', '21 October 2025', '', 'By Layla Haddad, with Simon Kerr in Beijing', '', 'The two countries agreed on Tuesday to reopen their consulates after talks.', ''].join('\n');
    const entities = recognize(parseArticle(article), { tagger: fakeTagger({}) });
    const named = entities.filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(named, ['person:Layla Haddad', 'person:Simon Kerr', 'place:Beijing']);
  });

  it("takes a byline's whole name over the surname the tagger found in it as a place", () => {
    const article = ['Vote count stalls in the capital', '', '2 December 2025', '', 'By Rosa Elena Lima and Tomás Ruiz', '', 'The count stalled on Tuesday as both candidates claimed victory.', ''].join('\n');
    const entities = recognize(parseArticle(article), { tagger: fakeTagger({ Lima: 'place' }) });
    const named = entities.filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(named, ['person:Rosa Elena Lima', 'person:Tomás Ruiz']);
  });

  it('leaves dates out when asked, and finds only dates and the dateline without a tagger', () => {
    assert.ok(recognize(parseArticle(text), { tagger, dates: false }).every((e) => e.type !== 'date'));
    const named = recognize(parseArticle(text)).filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(named, ['place:SÃO PAULO', 'organization:AP']);
  });

  it("marks the wire's or outlet's mark after the dateline as an organisation", () => {
    const article = ['Count stalls as both sides claim victory', '', '2 December 2025', '', 'TEGUCIGALPA, Dec 2 (Isthmus Wire) — The count stalled on Tuesday.', ''].join('\n');
    const named = recognize(parseArticle(article), { tagger: fakeTagger({}) }).filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(named, ['place:TEGUCIGALPA', 'organization:Isthmus Wire']);
  });

  it("marks the wire's mark of a dateline with no place as an organisation", () => {
    const article = ['Tin output cut as power costs climb', '', 'Nov 21 (Reuters) - Smelters cut output on Friday, the ministry said.', '', 'More cuts were possible, it said.', ''].join('\n');
    const named = recognize(parseArticle(article), { tagger: fakeTagger({}) }).filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(named, ['organization:Reuters']);
  });

  it('keeps offsets exact with CRLF line ends and a BOM', () => {
    const crlf = `\uFEFF${text.replace(/\n/gu, '\r\n')}`;
    const entities = recognize(parseArticle(crlf), { tagger });
    assertSliced(crlf, entities);
    const lf = recognize(parseArticle(text), { tagger });
    assert.deepEqual(entities.map((e) => [e.text, e.canonical, e.value]), lf.map((e) => [e.text, e.canonical, e.value]));
  });

  it('drops tagger spans that fall outside the text and lets dates win over overlapping names', () => {
    const bad = { find: () => [{ type: 'person' as const, start: -3, end: 2 }, { type: 'person' as const, start: 50, end: 10_000 }, { type: 'person' as const, start: 60, end: 67 }] };
    const entities = recognize(parseArticle(text), { tagger: bad });
    assertSliced(text, entities);
    assert.ok(entities.every((e) => e.start >= 0 && e.end <= text.length));
    // 60..67 overlaps the date line "March 18, 2022" (47..61): the date stays, the name goes.
    assert.equal(entities.find((e) => e.start === 47)?.type, 'date');
    assert.ok(!entities.some((e) => e.type === 'person'));
  });

  it('keeps names a tagger returns overlapping apart: a name is dropped only for an entity it overlaps', () => {
    const article = parseArticle(text);
    const span = fc.record({ start: fc.nat(text.length), length: fc.integer({ min: 1, max: 40 }), type: fc.constantFrom('person' as const, 'place' as const, 'organization' as const) });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), (raw) => {
        const spans = raw.map((s) => ({ type: s.type, start: s.start, end: Math.min(text.length, s.start + s.length) })).filter((s) => s.end > s.start);
        const entities = recognize(article, { tagger: { find: () => [...spans].sort((a, b) => a.start - b.start) } });
        assertSliced(text, entities);
        for (const s of spans) assert.ok(entities.some((e) => e.start < s.end && s.start < e.end), JSON.stringify(s));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a name that holds a month word, and the date when the name is not found', () => {
    const article = parseArticle('Singer Honours Late Mentor\n\nMarch 18, 2022\n\nThe singer thanked June Carter, who died in June 2003.\n');
    const withName = recognize(article, { tagger: fakeTagger({ 'June Carter': 'person' }) }).map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(withName.filter((e) => e.includes('June')), ['person:June Carter', 'date:June 2003']);
    const without = recognize(article, { tagger: fakeTagger({}) }).map((e) => `${e.type}:${e.text}`);
    assert.deepEqual(without.filter((e) => e.includes('June')), ['date:June', 'date:June 2003']);
  });

  it('returns sliceable entities for any text, quickly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom('', 'Friday ', 'Nov. 9, ', 'last fall '), (noise, date) => {
        const input = `${date}${noise}\r\n\r\nPutin met NATO on ${date}in 1994.`;
        const started = Date.now();
        const entities = recognize(parseArticle(input), { tagger: fakeTagger({ Putin: 'person', NATO: 'organization' }) });
        assertSliced(input, entities);
        return Date.now() - started < 5_000;
      }),
      { numRuns: 150 },
    );
  });

  it('handles empty and huge input', () => {
    assert.deepEqual(recognize(parseArticle('')), []);
    const huge = `Talks on Friday.\n\n${'Word after word in a long paragraph. '.repeat(20_000)}`;
    assertSliced(huge, recognize(parseArticle(huge), { tagger }));
  });

  (hasSeeds ? describe : describe.skip)('on the example articles', () => {
    const seed = (prefix: string) => {
      const name = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
      assert.ok(name, `seed ${prefix}`);
      const seedText = readFileSync(path.join(seedsDir, name), 'utf8');
      return { text: seedText, entities: recognize(parseArticle(seedText, name), { tagger: fakeTagger({ Putin: 'person', 'Vladimir Putin': 'person', 'Nikol Pashinyan': 'person', Pashinyan: 'person', 'Collective Security Treaty Organization': 'organization', CSTO: 'organization', AFP: 'organization' }) }) };
    };
    const dateValues = (entities: Entity[]) => entities.filter((e) => e.type === 'date').map((e) => `${e.text}=${e.value}`);

    it('resolves the dates of 000 against 2020-12-02', () => {
      const { text: seedText, entities } = seed('000');
      assertSliced(seedText, entities);
      assert.deepEqual(dateValues(entities), ['December 02, 2020=2020-12-02', 'Nov. 9=2020-11-09', 'Wednesday=2020-12-02', 'Nov. 9=2020-11-09', 'last month=2020-11', 'Wednesday=2020-12-02']);
      assert.ok(entities.filter((e) => e.text.startsWith('Pashinyan')).every((e) => e.canonical === 'Nikol Pashinyan'));
      assert.ok(entities.filter((e) => e.text === 'CSTO').every((e) => e.canonical === 'Collective Security Treaty Organization'));
      assert.equal(entities.find((e) => e.text === 'AFP')?.canonical, 'Agence France-Presse');
    });

    it('resolves the dates of 002 against the inferred 2021-05-14, skipping photo credits', () => {
      const { text: seedText, entities } = seed('002');
      assertSliced(seedText, entities);
      assert.deepEqual(dateValues(entities), [
        'Wednesday, April 7, 2021=2021-04-07', 'Friday, May 14, 2021=2021-05-14', 'Friday=2021-05-14', 'this week=2021-W19',
        'late Thursday=2021-05-13', 'last fall=2020', '1994=1994', 'November=2020-11',
      ]);
      assert.equal(entities.find((e) => e.text === 'YEREVAN')?.canonical, 'Yerevan');
    });
  });
});
