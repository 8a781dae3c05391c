import * as assert from 'node:assert/strict';
import { matchDateLine } from '../../../src/core/article/date-line';
import { parseArticle } from '../../../src/core/article/parse-article';

const BODY = 'The harbour authority closed the northern pier on Friday after a crane collapsed onto the quay, injuring two dock workers. Engineers are inspecting the remaining cranes, and the pier is expected to reopen next week, a spokeswoman said.';

describe('date lines written day first', () => {
  it('reads a dotted date line day first', () => {
    assert.equal(matchDateLine('14.05.2026, 09:30')?.iso, '2026-05-14');
    assert.equal(matchDateLine('03.11.2025 18:02')?.iso, '2025-11-03');
  });

  it('reads a slash date line day first when a 24-hour clock follows it', () => {
    const a = parseArticle(`Crane collapse shuts northern pier at the harbour\n\nPublished: 06/03/2026 - 17:45\n\n${BODY}\n`);
    assert.equal(a.published, '2026-03-06');
    assert.equal(a.publishedInferred, false);
  });

  it('keeps a slash date line month first on a page with no day-first evidence', () => {
    const a = parseArticle(`Crane collapse shuts northern pier at the harbour\n\nPublished: 06/03/2026 5:45 PM EST\n\n${BODY}\n`);
    assert.equal(a.published, '2026-06-03');
  });

  it('finds a date line below a cookie banner, a language menu and a section label', () => {
    const text = [
      'We use cookies to improve your experience. You can accept them or change your settings at any time.',
      'Accept\nRefuse',
      'Deutsch\nEnglish\nFrançais',
      'Ports',
      'Crane collapse shuts northern pier at the harbour',
      '*Two dock workers hurt; engineers check the other cranes*',
      '19.02.2026, 08:15',
      BODY,
    ].join('\n\n');
    const a = parseArticle(text);
    assert.equal(a.published, '2026-02-19');
    assert.equal(a.publishedInferred, false);
  });

  it('leaves a date-only line deep in a story alone', () => {
    const long = `${BODY} ${BODY}`;
    const text = ['Crane collapse shuts northern pier', long, long, long, '12.01.2026', long].join('\n\n');
    assert.equal(parseArticle(text).publishedInferred, true);
  });
});
