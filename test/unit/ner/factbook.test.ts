import * as assert from 'node:assert/strict';
import { alternates, cleanName, peopleIn, readProfile, takeGroups, withoutNotes } from '../../../scripts/ner/factbook';
import { factbookEntries, type FactbookFilter } from '../../../scripts/ner/factbook-lists';
import { GAZ } from '../../../src/core/ner/gazetteer';

/** A country profile in the Factbook's house style (invented, not copied from the Factbook). */
const profile = {
  Government: {
    'Country name': {
      'conventional long form': { text: 'Republic of Veldmark' },
      'conventional short form': { text: 'Veldmark' },
      'local short form': { text: 'Veldmarkia/Veldo' },
      note: { text: 'the name Veldmark means field mark' },
    },
    Capital: { name: { text: 'Ostburg; note - Westhaven is the seat of government' } },
    'Administrative divisions': {
      text: '3 provinces (provinsen, singular - provins) and 1 district*; Nordland (North Land), Suedmark, Capital District*; note - Suedmark was part of Nordland until 1990',
    },
    'Political parties and leaders': {
      text: 'Christian Union or CU [Anna KOVALD] ++ Left Party or Die Linke [Piet VAN DAM, acting];; Green Alliance (Groenen) [collective leadership] ++ Unity [Marek HOLM]',
    },
    'Political pressure groups and leaders': { text: 'Veldmark Farmers Union ++ trade unions; student groups', other: { text: 'business associations' } },
    'Legislative branch': {
      description: { text: 'bicameral Parliament or Staten consists of the Upper Chamber or Eerste Kamer (50 seats; members elected (indirectly) by provincial councils) and the House of Deputies (150 seats)' },
    },
    'Judicial branch': {
      'highest court(s)': { text: 'Supreme Court of Veldmark (consists of 9 judges); Constitutional Court or Grondwettelijk Hof (12 judges)' },
      'subordinate courts': { text: 'Court of Appeal; District Courts; cantonal courts' },
    },
    'Executive branch': {
      'chief of state': { text: 'President Jonas BRANDT (since 4 May 2012); Vice President LI Wen (since 2012)' },
      'head of government': { text: 'Prime Minister Maria Elena DE LA CRUZ (since 2014)' },
      cabinet: { text: 'Council of Ministers appointed by the president' },
    },
    'International organization participation': { text: 'EU, OSCE (observer), Arctic Council (observer), G-20, CD' },
  },
};

const filter = (listed: Record<string, number> = {}, common: string[] = [], stop: string[] = []): FactbookFilter => ({
  listed: (n) => listed[n] ?? 0,
  common: (w) => common.includes(w),
  stop: new Set(stop),
});

describe('names from Factbook country profiles', () => {
  const names = readProfile(profile);

  it('splits party lists on ";;", "++" and commas, takes "X or ACRONYM" as two names and leaves out leaders and lower-case phrases', () => {
    for (const name of ['Christian Union', 'CU', 'Left Party', 'Die Linke', 'Green Alliance', 'Groenen', 'Unity', 'Veldmark Farmers Union']) assert.ok(names.organizations.includes(name), name);
    for (const name of ['trade unions', 'student groups', 'business associations', 'Anna KOVALD', 'collective leadership']) assert.ok(!names.organizations.includes(name), name);
  });

  it('reads legislatures, courts, the cabinet and international organisations', () => {
    for (const name of ['Parliament', 'Staten', 'Upper Chamber', 'Eerste Kamer', 'House of Deputies', 'Supreme Court of Veldmark', 'Constitutional Court', 'Grondwettelijk Hof', 'Court of Appeal', 'Council of Ministers']) {
      assert.ok(names.organizations.includes(name), `${name}: ${JSON.stringify(names.organizations)}`);
    }
    assert.deepEqual(names.international, ['EU', 'OSCE', 'Arctic Council', 'G-20', 'CD']);
  });

  it('reads country names in every form, the capital without its note, and divisions with their alternate names', () => {
    assert.deepEqual(names.countries, ['Republic of Veldmark', 'Veldmark', 'Veldmarkia', 'Veldo']);
    assert.deepEqual(names.cities, ['Ostburg']);
    assert.deepEqual(names.regions, ['Nordland', 'North Land', 'Suedmark', 'Capital District']);
  });

  it("reads leaders' given names and surnames (in title case), titles left out, surname-first names too", () => {
    const shown = names.people.map((p) => `${p.given} / ${p.surname}`);
    assert.deepEqual(shown, ['Anna / Kovald', 'Piet / Van Dam', 'Marek / Holm', 'Jonas / Brandt', 'Wen / Li', 'Maria Elena / De La Cruz']);
  });

  it('returns no names for a profile without a government section, or input that is not a profile', () => {
    for (const p of [{}, null, 'text', { Government: 'none' }]) assert.deepEqual(readProfile(p), { organizations: [], international: [], countries: [], cities: [], regions: [], people: [] });
  });

  it('cleans candidates and rejects what does not read as a name', () => {
    assert.equal(cleanName(' the Bundestag* '), 'Bundestag');
    assert.equal(cleanName('Majlis an-Nuwwab al-Iraqiyy'), 'Majlis an-Nuwwab al-Iraqiyy');
    for (const bad of ['Sunni militias', 'none', 'NA', '', '1990', 'OeVP-dominated', 'Party of']) assert.equal(cleanName(bad), null, bad);
    assert.deepEqual(alternates('Nationalism Coalition/Al Wataniyah'), ['Nationalism Coalition', 'Al Wataniyah']);
    assert.equal(withoutNotes('Berlin; note - the seat'), 'Berlin');
    assert.deepEqual(takeGroups('A (b (c)) D', '(', ')'), { rest: 'A D', groups: ['b (c)'] });
    assert.deepEqual(peopleIn('XI Jinping and Salih al-MUTLAQ, Queen ELIZABETH II'), [
      { given: 'Jinping', surname: 'Xi' },
      { given: 'Salih', surname: 'al-Mutlaq' },
    ]);
  });

  it('handles CRLF, emoji and unbalanced brackets without throwing', () => {
    const odd = { Government: { 'Political parties and leaders': { text: 'Party of Joy 🎉 [Ana LIMA\r\n ++ Baky) Front ((' } } };
    assert.ok(Array.isArray(readProfile(odd).organizations));
  });
});

describe('which Factbook names join the gazetteer', () => {
  const names = readProfile(profile);

  it('leaves out single ordinary words, short acronyms, kinds of court and stop-listed names, keeping names of several words', () => {
    const entries = new Map(factbookEntries(names, filter({}, ['unity', 'parliament', 'court'], ['Staten'])));
    for (const name of ['Unity', 'Parliament', 'CU', 'CD', 'District Courts', 'Staten']) assert.ok(!entries.has(name), name);
    for (const name of ['Left Party', 'Die Linke', 'OSCE', 'G-20', 'Supreme Court of Veldmark', 'Eerste Kamer']) assert.equal(entries.get(name), GAZ.organization, name);
  });

  it('leaves out acronyms that are words in capitals and parties\' three-letter acronyms, keeping international ones', () => {
    const shouting = { Government: { 'Political parties and leaders': { text: 'The Humanist Effort or THE ++ Civic Party Alliance or CPA ++ Union for Veldmark Renewal or UFVR' }, 'International organization participation': { text: 'MUST, ISA, IAEA' } } };
    const entries = new Map(factbookEntries(readProfile(shouting), filter({}, ['the', 'must'])));
    for (const name of ['THE', 'MUST', 'CPA']) assert.ok(!entries.has(name), name);
    for (const name of ['UFVR', 'ISA', 'IAEA', 'Civic Party Alliance']) assert.equal(entries.get(name), GAZ.organization, name);
  });

  it('adds a name only when no other list has it, so an existing entry keeps its meaning', () => {
    const entries = new Map(factbookEntries(names, filter({ Veldmark: GAZ.country, EU: GAZ.organization, Nordland: GAZ.city })));
    for (const name of ['Veldmark', 'EU', 'Nordland']) assert.ok(!entries.has(name), name);
    assert.equal(entries.get('Republic of Veldmark'), GAZ.country);
    assert.equal(entries.get('Suedmark'), GAZ.region);
  });

  it('drops place names made only of ordinary words ("Capital District")', () => {
    const entries = new Map(factbookEntries(names, filter({}, ['capital', 'district', 'north', 'land'])));
    assert.ok(!entries.has('Capital District'));
    assert.ok(!entries.has('North Land'));
  });

  it("lists leaders' given names as people, a frequent word only when several leaders bear it", () => {
    const two = { Government: { 'Executive branch': { 'chief of state': { text: 'President Mark TALL; Vice President Mark LOW; Premier Grace HOLM' } } } };
    const entries = new Map(factbookEntries({ ...names, people: [...names.people, ...readProfile(two).people] }, filter({}, ['mark', 'grace'])));
    for (const name of ['Anna', 'Jonas', 'Maria', 'Elena', 'Wen', 'Mark']) assert.equal(entries.get(name), GAZ.person, name);
    for (const name of ['Kovald', 'Brandt', 'Anna Kovald', 'Grace']) assert.ok(!entries.has(name), name);
  });

  it('gives the same entries in the same order on every run', () => {
    assert.deepEqual(factbookEntries(names, filter()), factbookEntries(readProfile(profile), filter()));
  });
});
