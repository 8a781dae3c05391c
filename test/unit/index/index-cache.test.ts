import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { INDEX_CACHE_FORMAT, IndexCache } from '../../../src/core/index/index-cache';
import { MentionTable } from '../../../src/core/index/mention-table';
import type { Entity } from '../../../src/core/model/types';

const e = (type: Entity['type'], text: string, canonical: string, start: number, value?: string): Entity => ({ type, text, canonical, start, end: start + text.length, ...(value ? { value } : {}) });

/** A cache with a few analyses of awkward text (BOM, emoji, CRLF, non-Latin scripts) and stamps. */
function sampleCache(key = 'model-1'): IndexCache {
  const cache = new IndexCache(key);
  cache.set('abc', { isArticle: true, title: '\uFEFFArmenia 🇦🇲 talks', published: '2020-12-02', entities: [e('place', 'Armenia', 'Armenia', 3), e('date', 'last month', 'November 2020', 20, '2020-11')] });
  cache.set('def:corr', { isArticle: false, title: null, published: null, entities: [e('person', 'Ле́ся\r\nУкраї́нка', 'Леся Українка', 0), e('organization', '', '', 5)] });
  cache.setStamp('/w/x.txt', { mtime: 1700000000123.456, size: 9, hash: 'abc', entry: 'abc' });
  cache.setStamp('/w/ü 😀.md', { mtime: -1, size: -1, hash: 'def', entry: 'def:corr' });
  return cache;
}

function decodeAll(cache: IndexCache): unknown {
  return cache.files().sort().map((file) => {
    const stamp = cache.stampOf(file)!;
    const a = cache.get(stamp.entry)!;
    return { file, stamp, isArticle: a.isArticle, title: a.title, published: a.published, entities: a.table.decode(a.mentions) };
  });
}

describe('IndexCache', () => {
  it('gives back every analysis and stamp after a round trip through bytes', () => {
    const cache = sampleCache();
    const loaded = IndexCache.load(cache.serialize(), 'model-1');
    assert.equal(loaded.status, 'loaded');
    assert.equal(loaded.isDirty, false);
    assert.deepEqual(decodeAll(loaded), decodeAll(cache));
  });

  it('round-trips any entities, titles and file names (property)', () => {
    const entity = fc.record({
      type: fc.constantFrom<Entity['type']>('person', 'place', 'organization', 'date'),
      text: fc.string({ unit: 'binary' }),
      start: fc.nat({ max: 1e6 }),
      canonical: fc.string({ unit: 'grapheme' }),
      value: fc.option(fc.string(), { nil: undefined }),
    }).map((x) => ({ ...x, end: x.start + x.text.length, ...(x.value === undefined ? {} : { value: x.value }) }) as Entity);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.option(fc.string({ unit: 'grapheme' })), fc.array(entity, { maxLength: 8 })), { maxLength: 6 }), (articles) => {
        const cache = new IndexCache('k');
        articles.forEach(([file, title, entities], i) => {
          cache.set(`h${i}`, { isArticle: i % 2 === 0, title, published: null, entities });
          cache.setStamp(file, { mtime: i, size: i * 10, hash: `h${i}`, entry: `h${i}` });
        });
        assert.deepEqual(decodeAll(IndexCache.load(cache.serialize(), 'k')), decodeAll(cache));
      }),
    );
  });

  it('ignores a cache made with another model or settings key', () => {
    const loaded = IndexCache.load(sampleCache('model-1').serialize(), 'model-2');
    assert.equal(loaded.status, 'other-version');
    assert.deepEqual(loaded.files(), []);
    assert.equal(loaded.get('abc'), undefined);
  });

  it('ignores a cache written in another format version', () => {
    const bytes = sampleCache().serialize();
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(4, INDEX_CACHE_FORMAT + 1, true);
    const loaded = IndexCache.load(bytes, 'model-1');
    assert.equal(loaded.status, 'other-version');
    assert.deepEqual(loaded.files(), []);
  });

  it('ignores a truncated cache at any length, without throwing', () => {
    const bytes = sampleCache().serialize();
    for (let length = 1; length < bytes.length; length++) {
      const loaded = IndexCache.load(bytes.subarray(0, length), 'model-1');
      assert.equal(loaded.status, 'damaged', `cut at ${length}`);
      assert.deepEqual(loaded.files(), []);
    }
  });

  it('ignores garbage, a JSON cache of an earlier version and damaged bytes, without throwing', () => {
    const bytes = sampleCache().serialize();
    const inputs = [
      new TextEncoder().encode('{"format":2,"key":"model-1","entries":{},"stamps":{}}'),
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) & 0xff),
      ...[0, 8, 12, 20, Math.floor(bytes.length / 2), bytes.length - 1].map((at) => {
        const copy = bytes.slice();
        copy[at] ^= 0x5a;
        return copy;
      }),
    ];
    for (const input of inputs) {
      const loaded = IndexCache.load(input, 'model-1');
      assert.notEqual(loaded.status, 'loaded');
      assert.deepEqual(loaded.files(), []);
    }
  });

  it('marks an unusable cache dirty so it is replaced on the next save', () => {
    assert.equal(IndexCache.load(new Uint8Array([1, 2, 3, 4]), 'k').isDirty, true);
    assert.equal(IndexCache.load(undefined, 'k').isDirty, false);
  });

  it('reads a cache from a buffer that does not start on a word boundary', () => {
    const bytes = sampleCache().serialize();
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    assert.deepEqual(decodeAll(IndexCache.load(shifted.subarray(1), 'model-1')), decodeAll(sampleCache()));
  });

  it('prunes analyses that no file refers to any more, and does not write them', () => {
    const cache = sampleCache();
    cache.deleteStamp('/w/x.txt');
    cache.prune();
    assert.equal(cache.get('abc'), undefined);
    const loaded = IndexCache.load(cache.serialize(), 'model-1');
    assert.deepEqual(loaded.files(), ['/w/ü 😀.md']);
    assert.ok(loaded.get('def:corr'));
  });

  it('moves a stamp on rename and is dirty only after a real change', () => {
    const loaded = IndexCache.load(sampleCache().serialize(), 'model-1');
    loaded.setStamp('/w/x.txt', { ...loaded.stampOf('/w/x.txt')! });
    assert.equal(loaded.isDirty, false);
    loaded.renameStamp('/w/x.txt', '/w/y.txt');
    assert.equal(loaded.isDirty, true);
    assert.equal(loaded.stampOf('/w/x.txt'), undefined);
    assert.equal(loaded.stampOf('/w/y.txt')?.entry, 'abc');
  });
});

describe('MentionTable.translate', () => {
  it('stores an analysis packed against another table (a worker batch) as the same entities', () => {
    const batch = new MentionTable();
    const entities = [e('person', 'Pashinyan', 'Nikol Pashinyan', 4), e('date', 'Nov. 9', 'November 9, 2020', 30, '2020-11-09'), e('person', 'Pashinyan', 'Nikol Pashinyan', 50)];
    const mentions = batch.encode(entities);
    const cache = new IndexCache('k');
    cache.set('other', { isArticle: true, title: null, published: null, entities: [e('place', 'Oslo', 'Oslo', 0)] });
    const stored = cache.set('h', { isArticle: true, title: 'T', published: null, mentions, table: batch });
    assert.notEqual(stored.table, batch);
    assert.deepEqual(stored.table.decode(stored.mentions), entities);
    cache.setStamp('a.txt', { mtime: 1, size: 1, hash: 'h', entry: 'h' });
    const loaded = IndexCache.load(cache.serialize(), 'k').get('h')!;
    assert.deepEqual(loaded.table.decode(loaded.mentions), entities);
  });
});
