import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { parseArticle } from '../../../src/core/article/parse-article';
import { recognize } from '../../../src/core/entities/recognize';
import { readFixture } from '../helpers/fixtures';

interface ExpectedValues {
  files: Record<string, Array<{ text: string; start: number; value: string }>>;
}

describe('date values in the hand-labelled articles', () => {
  const expected = JSON.parse(readFixture('ner', 'date-values.json')) as ExpectedValues;
  for (const [file, dates] of Object.entries(expected.files)) {
    it(`gives every date of ${file} the value checked by hand`, () => {
      const text = readFixture('ner', file);
      const found = new Map(recognize(parseArticle(text, path.basename(file))).filter((e) => e.type === 'date').map((e) => [e.start, e]));
      for (const d of dates) {
        const date = found.get(d.start);
        assert.ok(date, `${file}: ${d.text} at ${d.start} not found`);
        assert.equal(date.text, d.text, `${file} at ${d.start}`);
        assert.equal(date.value, d.value, `${file}: ${d.text} at ${d.start}`);
      }
    });
  }
});
