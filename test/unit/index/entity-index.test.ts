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

  it('follows renames and deletions', () => {
    const copy = new EntityIndex();
    for (const f of index.files()) copy.set(index.get(f)!);
    copy.rename('b.txt', 'c.txt');
    assert.deepEqual(copy.lookup({ type: 'person', canonical: 'nikol pashinyan' })?.articles.map((a) => a.file), ['a.txt', 'c.txt']);
    copy.delete('a.txt');
    assert.equal(copy.lookup({ type: 'person', canonical: 'Nikol Pashinyan' })?.mentions, 1);
  });
});

describe('IndexCache', () => {
  it('round-trips analyses by content hash and ignores caches made with another key', () => {
    const cache = new IndexCache('model-1');
    const entities = [e('place', 'Armenia', 'Armenia', 3), e('date', 'last month', 'November 2020', 20, '2020-11')];
    cache.set({ file: 'x.txt', hash: 'abc', title: 'T', published: null, entities }, true);
    cache.setStamp('x.txt', { mtime: 5, size: 9, hash: 'abc' });
    const json = cache.serialize();
    const loaded = IndexCache.parse(json, 'model-1');
    assert.deepEqual(loaded.get('y.txt', 'abc'), { article: { file: 'y.txt', hash: 'abc', title: 'T', published: null, entities }, isArticle: true });
    assert.deepEqual(loaded.stampOf('x.txt'), { mtime: 5, size: 9, hash: 'abc' });
    assert.equal(IndexCache.parse(json, 'model-2').get('y.txt', 'abc'), undefined);
    assert.equal(IndexCache.parse('{torn', 'model-1').get('y.txt', 'abc'), undefined);
  });

  it('prunes analyses that no file refers to any more', () => {
    const cache = new IndexCache('k');
    cache.set({ file: 'a', hash: 'h1', title: null, published: null, entities: [] }, false);
    cache.set({ file: 'b', hash: 'h2', title: null, published: null, entities: [] }, false);
    cache.setStamp('b', { mtime: 1, size: 1, hash: 'h2' });
    cache.prune();
    assert.equal(cache.get('a', 'h1'), undefined);
    assert.ok(cache.get('b', 'h2'));
  });

  it('hashes content so that any change gives a new key', () => {
    assert.notEqual(hashText('Armenia'), hashText('Armenia '));
    assert.equal(hashText('Armenia'), hashText('Armenia'));
    assert.match(hashText(''), /^[0-9a-f]{14}$/);
  });
});
