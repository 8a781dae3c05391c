import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { fnv1a, fnv1aSpace, StringTable } from '../../../src/core/ner/string-table';
import { WordClusters } from '../../../src/core/ner/word-clusters';

/** Two words with the same FNV-1a hash (checked below, not assumed). */
const COLLIDING = ['w4pvu', 'wb3ea'] as const;

/** Words of every width of UTF-8: ASCII, accents, CJK, emoji (surrogate pairs), and the empty string. */
const word = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('', 'é', 'ß', '中国', '😀', 'kyiv', 'Kyiv', 'İstanbul'));

describe('the string table', () => {
  it('finds every key at its index, and nothing else, the same as a Map of the same words', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (keys, others) => {
        const table = StringTable.build(keys);
        const map = new Map(keys.map((k, i) => [k, i]));
        assert.equal(table.size, keys.length);
        for (const q of [...keys, ...others]) assert.equal(table.indexOf(q), map.get(q) ?? -1, JSON.stringify(q));
      }),
      { numRuns: 300 },
    );
  });

  it('gives each key back by its index, in every width of UTF-8', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), (keys) => {
        const table = StringTable.build(keys);
        keys.forEach((k, i) => assert.equal(table.keyAt(i), k));
      }),
      { numRuns: 200 },
    );
  });

  it('tells apart words that share a hash', () => {
    const [a, b] = COLLIDING;
    assert.equal(fnv1a(a), fnv1a(b));
    const both = StringTable.build(['x', a, 'y', b]);
    assert.equal(both.indexOf(a), 1);
    assert.equal(both.indexOf(b), 3);
    const one = StringTable.build([a]);
    assert.equal(one.indexOf(b), -1);
  });

  it('misses unknown words, prefixes and extensions of keys, and a lone surrogate', () => {
    const table = StringTable.build(['Moscow', 'Yerevan', '\uFFFD']);
    for (const q of ['moscow', 'Mosco', 'Moscows', 'Paris', '', '\uD800']) assert.equal(table.indexOf(q), -1, q);
  });

  it('finds words joined by spaces without joining them, hashed word by word', () => {
    const table = StringTable.build(['Security Treaty Organization', 'Treaty']);
    const words = ['Collective', 'Security', 'Treaty', 'Organization'];
    const hash = fnv1a('Organization', fnv1aSpace(fnv1a('Treaty', fnv1aSpace(fnv1a('Security')))));
    assert.equal(hash, fnv1a('Security Treaty Organization'));
    assert.equal(table.findJoined(hash, words, 1, 3), 0);
    assert.equal(table.findJoined(fnv1a('Treaty'), words, 2, 1), 1);
    assert.equal(table.findJoined(fnv1a('Collective Security'), words, 0, 2), -1);
  });

  it('refuses keys given twice or that are not well-formed text', () => {
    assert.throws(() => StringTable.build(['a', 'b', 'a']), RangeError);
    assert.throws(() => StringTable.build(['ok', 'bad\uDC00']), RangeError);
  });

  it('answers a miss even when a malformed table has no empty slot', () => {
    const table = new StringTable({ hashes: new Uint32Array([1, 2]), offsets: new Uint32Array([0, 1, 2]), slots: new Uint32Array([1, 2]), blob: new Uint8Array([97, 98]) });
    assert.equal(table.indexOf('zz'), -1);
  });
});

describe('packed word clusters', () => {
  it('give each word its ids at every level, the last ones for a word listed twice, and nothing for unknown words', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.integer({ min: 0, max: 1023 }), fc.integer({ min: 0, max: 1023 })), { maxLength: 50 }), fc.array(word, { maxLength: 20 }), (rows, others) => {
        const words = rows.map(([w]) => w);
        const ids = [rows.map(([, a]) => a), rows.map(([, , b]) => b)];
        const map = new Map(words.map((w, i) => [w, [ids[0][i], ids[1][i]]]));
        const clusters = WordClusters.build({ words, ids });
        for (const q of [...words, ...others, ...COLLIDING]) assert.deepEqual(clusters.lookup(q), map.get(q), JSON.stringify(q));
      }),
      { numRuns: 200 },
    );
  });
});
