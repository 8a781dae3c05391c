import * as assert from 'node:assert/strict';
import { sortGroups } from '../../../src/core/entities-view/entity-groups';
import { summarizeArticles } from '../../../src/core/entities-view/workspace-summary';
import type { Entity } from '../../../src/core/model/types';

const mention = (type: Entity['type'], text: string, canonical: string, start: number, value?: string): Entity => ({
  type, text, canonical, start, end: start + text.length, ...(value ? { value } : {}),
});

const A = [mention('person', 'Putin', 'Vladimir Putin', 0), mention('person', 'Vladimir Putin', 'Vladimir Putin', 10), mention('date', 'Nov. 9', 'Nov. 9', 30, '2020-11-09')];
const B = [mention('person', 'PUTIN', 'vladimir putin', 5), mention('date', '9 November', '9 November', 20, '2020-11-09'), mention('place', 'Baku', 'Baku', 40)];

describe('summarizeArticles', () => {
  const summaries = summarizeArticles([{ uri: 'file:///a.txt', entities: A }, { uri: 'file:///b.txt', entities: B }]);
  const find = (name: string) => summaries.find((s) => s.name.toLowerCase() === name.toLowerCase());

  it('counts mentions of one entity over all articles, per article most first', () => {
    const putin = find('Vladimir Putin');
    assert.equal(putin?.total, 3);
    assert.deepEqual(putin?.articles, [{ uri: 'file:///a.txt', count: 2 }, { uri: 'file:///b.txt', count: 1 }]);
  });

  it('meets dates from different articles on their resolved value', () => {
    const nov9 = find('2020-11-09');
    assert.equal(nov9?.total, 2);
    assert.deepEqual(nov9?.forms.sort(), ['9 November', 'Nov. 9']);
  });

  it('sorts workspace entities by their total like article groups', () => {
    const people = summaries.filter((s) => s.type !== 'date');
    assert.deepEqual(sortGroups(people, 'count', (s) => s.total).map((s) => s.name), ['Vladimir Putin', 'Baku']);
  });

  it('summarises no articles as nothing', () => {
    assert.deepEqual(summarizeArticles([]), []);
    assert.deepEqual(summarizeArticles([{ uri: 'x', entities: [] }]), []);
  });
});
