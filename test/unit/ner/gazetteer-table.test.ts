import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { GAZ, Gazetteer, type GazetteerMatch } from '../../../src/core/ner/gazetteer';
import { fnv1a } from '../../../src/core/ner/string-table';

/**
 * Name lists matched with plain strings and Maps, joining tokens as it goes: the meaning the packed
 * table must keep exactly.
 */
class ReferenceLists {
  private readonly entries = new Map<string, number>();
  private readonly firstWords = new Set<string>();
  private readonly prefixes = new Set<string>();
  private longest = 1;

  add(name: string, bit: number): void {
    const tokens = name.split(' ');
    if (!tokens[0] || tokens.length > 8) return;
    this.entries.set(name, (this.entries.get(name) ?? 0) | bit);
    this.firstWords.add(tokens[0]);
    for (let k = 1; k < tokens.length; k++) this.prefixes.add(tokens.slice(0, k).join(' '));
    this.longest = Math.max(this.longest, tokens.length);
  }

  get(name: string): number {
    return this.entries.get(name) ?? 0;
  }

  matches(words: readonly string[]): GazetteerMatch[] {
    const title = (w: string) => (w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase() ? w[0] + w.slice(1).toLowerCase() : w);
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < words.length; ) {
      const c = words[i].charCodeAt(0);
      if ((c >= 97 && c <= 122) || c < 65 || (!this.firstWords.has(words[i]) && !this.firstWords.has(title(words[i])))) {
        i++;
        continue;
      }
      let matched = 0;
      let bits = 0;
      for (let k = 0; k < this.longest && i + k < words.length; k++) {
        const name = words.slice(i, i + k + 1).join(' ');
        const alt = words.slice(i, i + k + 1).map(title).join(' ');
        const b = this.entries.get(name) ?? this.entries.get(alt) ?? 0;
        if (b) {
          matched = k + 1;
          bits = b;
        }
        if (!this.prefixes.has(name) && !this.prefixes.has(alt)) break;
      }
      if (matched) out.push({ first: i, last: i + matched - 1, bits });
      i += matched || 1;
    }
    return out;
  }
}

/** Two capitalised words with the same FNV-1a hash (checked below, not assumed). */
const COLLIDING = ['Q15pvu', 'Q1c3ea'] as const;
const VOCABULARY = ['South', 'SOUTH', 'Caucasus', 'CAUCASUS', 'Yerevan', 'YEREVAN', 'the', 'of', 'and', 'Organization', 'ORGANIZATION', 'for', 'Security', 'New', 'NEW', 'York', 'YORK', 'İSTANBUL', 'İstanbul', 'Ünited', 'ÜNITED', 'A', 'U.S.', 'Co-operation', '中国', 'Ελλάδα', 'ΕΛΛΆΔΑ', '😀', ',', '.', '', ...COLLIDING];
const token = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...VOCABULARY) }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) });
const bit = fc.constantFrom(...Object.values(GAZ));
const names = fc.array(fc.tuple(fc.array(token, { minLength: 1, maxLength: 9 }), bit), { maxLength: 25 });

describe('the packed name lists', () => {
  it('match the same names as plain string lookups, ALL-CAPS, prefixes and overlaps included', () => {
    fc.assert(
      fc.property(names, fc.array(fc.array(token, { maxLength: 14 }), { maxLength: 6 }), (listed, sentences) => {
        const reference = new ReferenceLists();
        const lists = new Gazetteer();
        for (const [tokens, b] of listed) {
          reference.add(tokens.join(' '), b);
          lists.add(tokens.join(' '), b);
        }
        const table = lists.table();
        // With and without the words of earlier sentences remembered.
        const memo = new Map<string, number>();
        for (const words of [...sentences, ...listed.map(([t]) => t), ...listed.map(([t]) => t.map((w) => w.toUpperCase()))]) {
          const expected = reference.matches(words);
          assert.deepEqual(table.matches(words), expected, JSON.stringify(words));
          assert.deepEqual(table.matches(words, memo), expected, JSON.stringify(words));
        }
        for (const [tokens] of listed) for (let k = 1; k <= tokens.length; k++) assert.equal(table.get(tokens.slice(0, k).join(' ')), reference.get(tokens.slice(0, k).join(' ')));
      }),
      { numRuns: 500 },
    );
  });

  it('do not take a word for a listed name that shares its hash', () => {
    const [listed, other] = COLLIDING;
    assert.equal(fnv1a(listed), fnv1a(other));
    const lists = new Gazetteer();
    lists.add(listed, GAZ.city);
    lists.add(`${listed} River`, GAZ.region);
    const table = lists.table();
    assert.deepEqual(table.matches(['In', other, 'River', 'and', listed]), [{ first: 4, last: 4, bits: GAZ.city }]);
    assert.equal(table.get(other), 0);
    assert.equal(table.get(`${other} River`), 0);
  });

  it('mark each token of a match by category and position, and others -1', () => {
    const lists = new Gazetteer();
    lists.add('South Caucasus', GAZ.region);
    lists.add('Yerevan', GAZ.city);
    const codes = lists.table().matchTokens(['In', 'the', 'SOUTH', 'CAUCASUS', ',', 'Yerevan']);
    assert.deepEqual([...codes], [-1, -1, GAZ.region * 4, GAZ.region * 4 + 2, -1, GAZ.city * 4 + 3]);
  });

  it('leave out names of more than 8 tokens, without a category, or not well-formed', () => {
    const lists = new Gazetteer();
    lists.add('A B C D E F G H I', GAZ.organization);
    lists.add('Nowhere', 0);
    lists.add('Bad\uD800', GAZ.city);
    assert.equal(lists.size, 0);
    assert.equal(lists.table().size, 0);
  });
});
