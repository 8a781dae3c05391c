import * as assert from 'node:assert/strict';
import { filterGroups, findEntityAt, groupEntities, sortGroups } from '../../../src/core/entities-view/entity-groups';
import type { Entity } from '../../../src/core/model/types';

/** Builds entities over a text by searching each surface form after the previous one. */
function entitiesIn(text: string, specs: Array<Omit<Entity, 'start' | 'end'>>): Entity[] {
  let from = 0;
  return specs.map((s) => {
    const start = text.indexOf(s.text, from);
    assert.ok(start >= 0, `fixture: ${s.text} not found`);
    from = start + s.text.length;
    return { ...s, start, end: from };
  });
}

const TEXT = 'Vladimir Putin met Pashinyan in Moscow on Nov. 9. Putin said on Dec. 2 and in 2020 that PUTIN and the CSTO on 9 November would...';
const ENTITIES = entitiesIn(TEXT, [
  { type: 'person', text: 'Vladimir Putin', canonical: 'Vladimir Putin' },
  { type: 'person', text: 'Pashinyan', canonical: 'Nikol Pashinyan' },
  { type: 'place', text: 'Moscow', canonical: 'Moscow' },
  { type: 'date', text: 'Nov. 9', canonical: 'Nov. 9', value: '2020-11-09' },
  { type: 'person', text: 'Putin', canonical: 'Vladimir Putin' },
  { type: 'date', text: 'Dec. 2', canonical: 'Dec. 2', value: '2020-12-02' },
  { type: 'date', text: '2020', canonical: '2020', value: '2020' },
  { type: 'person', text: 'PUTIN', canonical: 'vladimir putin' },
  { type: 'organization', text: 'CSTO', canonical: 'Collective Security Treaty Organization' },
  { type: 'date', text: '9 November', canonical: '9 November', value: '2020-11-09' },
]);

describe('groupEntities', () => {
  it('puts every mention of the same canonical name in one group regardless of case', () => {
    const putin = groupEntities(ENTITIES).find((g) => g.name === 'Vladimir Putin');
    assert.deepEqual(putin?.mentions.map((m) => m.text), ['Vladimir Putin', 'Putin', 'PUTIN']);
  });

  it('groups dates by resolved value, whatever their wording', () => {
    const nov9 = groupEntities(ENTITIES).find((g) => g.value === '2020-11-09');
    assert.deepEqual(nov9?.mentions.map((m) => m.text), ['Nov. 9', '9 November']);
    assert.equal(nov9?.name, '2020-11-09');
  });

  it('lists surface forms most frequent first', () => {
    const text = 'Putin, Vladimir Putin, Putin.';
    const groups = groupEntities(entitiesIn(text, [
      { type: 'person', text: 'Putin', canonical: 'Vladimir Putin' },
      { type: 'person', text: 'Vladimir Putin', canonical: 'Vladimir Putin' },
      { type: 'person', text: 'Putin', canonical: 'Vladimir Putin' },
    ]));
    assert.deepEqual(groups[0].forms, ['Putin', 'Vladimir Putin']);
  });

  it('keeps mentions in text order even when the input is not sorted', () => {
    const [group] = groupEntities([...ENTITIES].reverse().filter((e) => e.canonical.toLowerCase() === 'vladimir putin'));
    const starts = group.mentions.map((m) => m.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('returns no groups for no entities', () => {
    assert.deepEqual(groupEntities([]), []);
  });
});

describe('sortGroups', () => {
  const groups = groupEntities(ENTITIES);
  const count = (g: { mentions: unknown[] }) => g.mentions.length;

  it('orders dates by time, the coarser year before days within it', () => {
    const dates = sortGroups(groups.filter((g) => g.type === 'date'), 'count', count);
    assert.deepEqual(dates.map((g) => g.value), ['2020', '2020-11-09', '2020-12-02']);
  });

  it('orders dates by time even when sorting by name', () => {
    const dates = sortGroups(groups.filter((g) => g.type === 'date'), 'name', count);
    assert.deepEqual(dates.map((g) => g.value), ['2020', '2020-11-09', '2020-12-02']);
  });

  it('puts dates without a resolved value after resolved ones', () => {
    const unresolved = groupEntities([{ type: 'date', text: 'Wednesday', canonical: 'Wednesday', start: 0, end: 9 }]);
    const sorted = sortGroups([...unresolved, ...groups.filter((g) => g.type === 'date')], 'count', count);
    assert.equal(sorted.at(-1)?.name, 'Wednesday');
  });

  it('orders by mention count, most first, then by name', () => {
    const people = sortGroups(groups.filter((g) => g.type === 'person'), 'count', count);
    assert.deepEqual(people.map((g) => g.name), ['Vladimir Putin', 'Nikol Pashinyan']);
  });

  it('orders by name ignoring case when asked', () => {
    const people = sortGroups(groups.filter((g) => g.type === 'person'), 'name', count);
    assert.deepEqual(people.map((g) => g.name), ['Nikol Pashinyan', 'Vladimir Putin']);
  });
});

describe('filterGroups', () => {
  const groups = groupEntities(ENTITIES);

  it('matches the canonical name or any surface form, ignoring case', () => {
    assert.deepEqual(filterGroups(groups, 'csto').map((g) => g.type), ['organization']);
    assert.deepEqual(filterGroups(groups, 'pashin').map((g) => g.name), ['Nikol Pashinyan']);
  });

  it('ignores accents so "sao" finds "São Paulo"', () => {
    const sao = groupEntities([{ type: 'place', text: 'São Paulo', canonical: 'São Paulo', start: 0, end: 9 }]);
    assert.equal(filterGroups(sao, 'sao').length, 1);
  });

  it('keeps everything for an empty or blank filter', () => {
    assert.equal(filterGroups(groups, '  ').length, groups.length);
  });
});

describe('findEntityAt', () => {
  it('finds the mention under the offset and the one just before a caret at its end', () => {
    const moscow = ENTITIES.find((e) => e.text === 'Moscow')!;
    assert.equal(findEntityAt(ENTITIES, moscow.start)?.text, 'Moscow');
    assert.equal(findEntityAt(ENTITIES, moscow.end)?.text, 'Moscow');
    assert.equal(findEntityAt(ENTITIES, moscow.end + 1), undefined);
  });
});
