import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { StringIds } from '../../../src/core/ner/string-ids';

describe('string ids', () => {
  it('give each string one id, in order of first sight, as a map from strings to numbers would', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('Moscow', 'moscow', 'Zürich', '’s', '')), { maxLength: 300 }), (strings) => {
        const ids = new StringIds();
        const expected = new Map<string, number>();
        for (const s of strings) {
          let id = ids.get(s);
          if (id === 0) id = ids.add(s);
          if (!expected.has(s)) expected.set(s, expected.size + 1);
          assert.equal(id, expected.get(s));
        }
        assert.equal(ids.size, expected.size);
      }),
      { numRuns: 300 },
    );
  });

  it('keep every id while the table grows, and start again from 1 once cleared', () => {
    const ids = new StringIds();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    for (const w of words) ids.add(w);
    assert.ok(words.every((w, i) => ids.get(w) === i + 1));
    assert.equal(ids.get('w20000'), 0);
    ids.clear();
    assert.equal(ids.size, 0);
    assert.equal(ids.get('w1'), 0);
    assert.equal(ids.add('Putin'), 1);
  });
});
