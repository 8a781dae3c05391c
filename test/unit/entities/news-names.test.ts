import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { parseArticle } from '../../../src/core/article/parse-article';
import { recognize } from '../../../src/core/entities/recognize';
import type { Entity } from '../../../src/core/model/types';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { readFixture } from '../helpers/fixtures';

const tagger = loadDefaultTagger();

/** The entities of a fixture article, read with the shipped model. */
function entitiesOf(file: string): Entity[] {
  return recognize(parseArticle(readFixture('ner', file), path.basename(file)), { tagger });
}

/** The type and canonical name of each mention of `text`, in order. */
const mentions = (entities: Entity[], text: string) => entities.filter((e) => e.text === text).map((e) => `${e.type}:${e.canonical}`);

describe('names news uses in its own ways, read with the shipped model', () => {
  it('reads clubs named after places as clubs in a transfer story, and the town a player grew up in as a place', () => {
    const entities = entitiesOf('boro-loan-striker.txt');
    assert.deepEqual(mentions(entities, 'Sheffield Wednesday'), ['organization:Sheffield Wednesday', 'organization:Sheffield Wednesday']);
    assert.deepEqual(mentions(entities, 'Valencia'), ['organization:Valencia', 'organization:Valencia']);
    assert.deepEqual(mentions(entities, 'Porto').map((m) => m.split(':')[0]), ['organization', 'organization', 'place', 'organization', 'organization', 'organization']);
    assert.ok(!entities.some((e) => e.type === 'date' && e.text === 'Wednesday'));
  });

  it('reads the seats of government as the government, and a street where people stand as a place', () => {
    const entities = entitiesOf('spending-review-row.md');
    for (const seat of ['No 10', 'Number 10', 'Treasury', 'Home Office', 'Foreign Office', 'Cabinet Office', 'Élysée', 'Kremlin', 'Pentagon', 'White House']) {
      assert.ok(mentions(entities, seat).length > 0 && mentions(entities, seat).every((m) => m.startsWith('organization:')), seat);
    }
    assert.deepEqual(mentions(entities, 'Downing Street').map((m) => m.split(':')[0]), ['organization', 'place']);
  });

  it("reads a person whose surname is a city as one person, links her surname to her, and keeps the city where it is one", () => {
    const entities = entitiesOf('sect-defector-inquiry.txt');
    assert.deepEqual(mentions(entities, 'Ottilie Lyon'), ['person:Ottilie Lyon']);
    const lyon = mentions(entities, 'Lyon');
    assert.equal(lyon.filter((m) => m === 'person:Ottilie Lyon').length, lyon.length - 1);
    assert.ok(lyon.includes('place:Lyon'));
  });

  it("reads a company's national arm as one organisation", () => {
    const entities = entitiesOf('streaming-market-share.txt');
    for (const arm of ['Veloxa UK', 'Sony Australia', 'Greenpeace Nordic', 'Amnesty UK']) assert.ok(mentions(entities, arm).every((m) => m === `organization:${arm}`) && mentions(entities, arm).length > 0, arm);
  });
});
