import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/article/parse-article';

describe('searchable text beside links', () => {
  it('drops link targets and autolinks but keeps link text, also next to a run of unclosed brackets', () => {
    const noise = '['.repeat(2000) + '](' .repeat(2000) + '<https://'.repeat(500);
    const text = `Ferry quay opens at last\n\n12 March 2026\n\nThe [county council](https://county.example/quay) opened the quay on Thursday, see <https://county.example/news>. ${noise}\n`;
    const a = parseArticle(text, 'quay.md');
    const searched = a.searchable.map((r) => text.slice(r.start, r.end)).join('\n');
    assert.ok(searched.includes('county council'));
    assert.ok(!searched.includes('county.example/quay'));
    assert.ok(!searched.includes('county.example/news'));
  });
});
