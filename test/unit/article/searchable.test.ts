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

  it('leaves the marks of a section heading out and keeps its words', () => {
    const text = '# Ferry quay opens at last\n\n12 March 2026\n\nThe county council opened the quay on Thursday.\n\n## Tromsø, the next stop\n\nThe second quay follows in May. Ticket #4 was sold first.\n';
    const a = parseArticle(text, 'quay.md');
    const searched = a.searchable.map((r) => text.slice(r.start, r.end));
    assert.ok(searched.includes('Tromsø, the next stop'));
    assert.ok(!searched.some((s) => s.includes('## ')));
    assert.ok(searched.some((s) => s.includes('Ticket #4 was sold first.')));
  });
});
