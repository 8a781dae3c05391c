import * as assert from 'node:assert/strict';
import { articleReport } from '../../../src/core/article/article-report';
import { parseArticle } from '../../../src/core/article/parse-article';
import { escapeMarkdown } from '../../../src/core/text/markdown';
import { readFixture } from '../helpers/fixtures';

describe('articleReport', () => {
  it('shows the dateline with its wire or distribution mark, and a stated date as not inferred', () => {
    const report = articleReport(parseArticle(readFixture('article', 'prnewswire-release.txt')), 'release.txt');
    assert.ok(report.includes(`| Dateline | ${escapeMarkdown('BOSTON, Mass. (PRNewswire)')} |`), report);
    assert.ok(report.includes('| Published | 2026-03-03 |'), report);
  });

  it('shows a mark alone when the dateline names no place, and says when the date was inferred', () => {
    const text = 'Port approves new terminal\n\nNov 21 (Reuters) - The port approved the terminal, due by Dec. 2, 2025.\n\nThe first berth opens within three years.\n';
    const report = articleReport(parseArticle(text), 'story.txt');
    assert.ok(report.includes(`| Dateline | ${escapeMarkdown('(Reuters)')} |`), report);
    assert.ok(report.includes('| Published | 2025-11-21 (inferred from the dates in the text) |'), report);
  });
});
