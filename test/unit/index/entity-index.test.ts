import * as assert from 'node:assert/strict';
import { EntityIndex } from '../../../src/core/index/entity-index';
import { IndexCache } from '../../../src/core/index/index-cache';
import type { Entity } from '../../../src/core/model/types';
import { hashText } from '../../../src/core/text/hash';

const e = (type: Entity['type'], text: string, canonical: string, start: number, value?: string): Entity => ({ type, text, canonical, start, end: start + text.length, ...(value ? { value } : {}) });

describe('EntityIndex', () => {
  const index = new EntityIndex();
  index.set({ file: 'a.txt', hash: 'h1', title: 'A', published: '2020-12-02', entities: [e('person', 'Nikol Pashinyan', 'Nikol Pashinyan', 0), e('person', 'Pashinyan', 'Nikol Pashinyan', 40), e('date', 'Nov. 9', 'November 9, 2020', 60, '2020-11-09')] });
  index.set({ file: 'b.txt', hash: 'h2', title: 'B', published: '2021-05-14', entities: [e('person', 'Pashinyan', 'Nikol Pashinyan', 5), e('date', 'November 9, 2020', 'November 9, 2020', 30, '2020-11-09')] });

  it('summarises each entity with forms, mentions and articles', () => {
    const [top] = index.summarize();
    assert.deepEqual(top, { type: 'person', canonical: 'Nikol Pashinyan', forms: ['Pashinyan', 'Nikol Pashinyan'], mentions: 3, articles: [{ file: 'a.txt', mentions: 2 }, { file: 'b.txt', mentions: 1 }] });
  });

  it('groups dates by resolved value', () => {
    const date = index.lookup({ type: 'date', canonical: 'whatever', value: '2020-11-09' });
    assert.equal(date?.mentions, 2);
    assert.deepEqual(date?.forms.sort(), ['Nov. 9', 'November 9, 2020']);
  });

  it('gives back the entities it was given', () => {
    assert.deepEqual(index.get('b.txt'), { file: 'b.txt', hash: 'h2', title: 'B', published: '2021-05-14', entities: [e('person', 'Pashinyan', 'Nikol Pashinyan', 5), e('date', 'November 9, 2020', 'November 9, 2020', 30, '2020-11-09')] });
    assert.equal(index.get('missing.txt'), undefined);
  });

  it('follows renames and deletions', () => {
    const copy = new EntityIndex();
    for (const f of index.files()) copy.set(index.get(f)!);
    copy.rename('b.txt', 'c.txt');
    assert.deepEqual(copy.lookup({ type: 'person', canonical: 'nikol pashinyan' })?.articles.map((a) => a.file), ['a.txt', 'c.txt']);
    copy.delete('a.txt');
    assert.equal(copy.lookup({ type: 'person', canonical: 'Nikol Pashinyan' })?.mentions, 1);
    assert.equal(copy.lookup({ type: 'date', canonical: 'x', value: '2020-11-09' })?.mentions, 1);
  });

  it('names an entity by its most used spelling, whatever the order articles came in', () => {
    const articles = [
      { file: 'x.txt', hash: 'x', title: null, published: null, entities: [e('organization', 'nato', 'nato', 0)] },
      { file: 'y.txt', hash: 'y', title: null, published: null, entities: [e('organization', 'NATO', 'NATO', 0), e('organization', 'NATO', 'NATO', 9)] },
    ];
    for (const order of [articles, [...articles].reverse()]) {
      const idx = new EntityIndex();
      for (const a of order) idx.set(a);
      assert.deepEqual(idx.summarize().map((s) => [s.canonical, s.mentions]), [['NATO', 3]]);
    }
  });

  it('orders articles with equal mentions by file name', () => {
    const idx = new EntityIndex();
    for (const file of ['c.txt', 'a.txt', 'b.txt']) idx.set({ file, hash: file, title: null, published: null, entities: [e('place', 'Oslo', 'Oslo', 0)] });
    idx.set({ file: 'd.txt', hash: 'd', title: null, published: null, entities: [e('place', 'Oslo', 'Oslo', 0), e('place', 'Oslo', 'Oslo', 10)] });
    assert.deepEqual(idx.lookup({ type: 'place', canonical: 'Oslo' })?.articles, [{ file: 'd.txt', mentions: 2 }, { file: 'a.txt', mentions: 1 }, { file: 'b.txt', mentions: 1 }, { file: 'c.txt', mentions: 1 }]);
  });

  it('finds the first mention of an entity in an article', () => {
    assert.deepEqual(index.firstMention('a.txt', { type: 'person', canonical: 'nikol pashinyan' }), e('person', 'Nikol Pashinyan', 'Nikol Pashinyan', 0));
    assert.deepEqual(index.firstMention('b.txt', { type: 'date', canonical: '', value: '2020-11-09' })?.start, 30);
    assert.equal(index.firstMention('b.txt', { type: 'place', canonical: 'Armenia' }), undefined);
  });

  it('summarises analyses packed by a cache together with plain ones', () => {
    const cache = new IndexCache('k');
    const compact = cache.set('h3', { isArticle: true, title: 'C', published: null, entities: [e('person', 'Pashinyan', 'Nikol Pashinyan', 7)] });
    const mixed = new EntityIndex();
    for (const f of index.files()) mixed.set(index.get(f)!);
    mixed.setCompact('c.txt', 'h3', compact);
    assert.equal(mixed.lookup({ type: 'person', canonical: 'Nikol Pashinyan' })?.mentions, 4);
    assert.deepEqual(mixed.get('c.txt')?.entities, [e('person', 'Pashinyan', 'Nikol Pashinyan', 7)]);
  });
});

describe('hashText', () => {
  it('hashes content so that any change gives a new key', () => {
    assert.notEqual(hashText('Armenia'), hashText('Armenia '));
    assert.equal(hashText('Armenia'), hashText('Armenia'));
    assert.match(hashText(''), /^[0-9a-f]{14}$/);
  });
});

describe('EntityIndex with many forms of one entity', () => {
  it('counts every form of an entity that has hundreds of them', () => {
    const idx = new EntityIndex();
    const entities = Array.from({ length: 300 }, (_, i) => e('date', `form ${i % 100}`, `d${i}`, i * 10, '2020'));
    idx.set({ file: 'a.txt', hash: 'a', title: null, published: null, entities });
    const summary = idx.lookup({ type: 'date', canonical: '', value: '2020' });
    assert.equal(summary?.mentions, 300);
    assert.equal(summary?.forms.length, 100);
    assert.deepEqual(summary?.forms.slice(0, 3), ['form 0', 'form 1', 'form 10']);
  });
});
