import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseSidecar } from '../../../src/core/sidecar/parse-sidecar';
import { SidecarError } from '../../../src/core/sidecar/sidecar-format';
import { fixturesDir, repoRoot } from '../helpers/fixtures';

const problemsOf = (text: string) => parseSidecar(text).problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`);

describe('sidecar schema validation', () => {
  it('accepts every sound fixture, including hand-written ones with only id and quote', () => {
    for (const name of ['budget.txt.byline.yaml', 'crlf-emoji.txt.byline.yaml', 'minimal.txt.byline.yaml']) {
      assert.deepEqual(problemsOf(readFileSync(path.join(fixturesDir, 'sidecars', name), 'utf8')), [], name);
    }
  });

  it('points at the offending value with its line and column', () => {
    const text = 'byline: 1\nannotations:\n  - id: a\n    quote: x\n    start: -3\n    sources: https://one\n    tags: [ok, 7]\n';
    assert.deepEqual(problemsOf(text), [
      '5:12 schema `annotations[0].start` must be at least 0',
      '6:14 schema `annotations[0].sources` must be a list',
      '7:16 schema `annotations[0].tags[1]` must be a string',
    ]);
  });

  it('reports a missing quote at the annotation that lacks it', () => {
    assert.deepEqual(problemsOf('annotations:\n  - id: a\n  - quote: here\n    id: b\n  - id: c\n    note: no quote\n'), [
      '2:5 schema `annotations[0]` needs `quote`',
      '5:5 schema `annotations[2]` needs `quote`',
    ]);
  });

  it('keeps unknown keys without complaint, at every level', () => {
    assert.deepEqual(problemsOf('byline: 1\ndesk: x\narticle:\n  file: a.txt\n  editor: y\nannotations:\n  - id: a\n    quote: q\n    colour: red\n'), []);
  });

  it('checks the article block: dates, hashes and types', () => {
    const text = 'article:\n  file: 3\n  published: 2 Dec 2020\n  sha256: abc\n';
    assert.deepEqual(problemsOf(text).map((p) => p.split(' ').slice(0, 3).join(' ')), ['2:9 schema `article.file`', '3:14 schema `article.published`', '4:11 schema `article.sha256`']);
  });

  it('reads nothing from a format version it does not know, and says so once', () => {
    const parsed = parseSidecar('byline: 2\nannotations:\n  - id: a\n    quote: q\n    status: whatever\n');
    assert.deepEqual(parsed.problems.map((p) => [p.code, p.line]), [['version', 1]]);
    assert.deepEqual(parsed.annotations, []);
  });

  it('reports reversed offsets and anchors such an annotation by its quote alone', () => {
    const parsed = parseSidecar('annotations:\n  - id: a\n    quote: q\n    start: 9\n    end: 2\n');
    assert.deepEqual(parsed.problems.map((p) => [p.code, p.line]), [['range', 5]]);
    assert.equal(parsed.annotations[0].start, undefined);
  });

  it('accepts an empty file and an empty annotations list', () => {
    assert.deepEqual(problemsOf(''), []);
    assert.deepEqual(problemsOf('byline: 1\nannotations:\n'), []);
    assert.deepEqual(problemsOf('# only a comment\n'), []);
  });

  it('rejects a top level that is not a mapping', () => {
    assert.deepEqual(problemsOf('- id: a\n  quote: q\n'), ['1:1 schema must be a mapping']);
  });

  it('formats a problem as file:line:col for terminals and editors', () => {
    const [p] = parseSidecar('annotations: 3\n').problems;
    assert.equal(SidecarError.from(p, 'a.txt.byline.yaml').format(), 'a.txt.byline.yaml:1:14: `annotations` must be a list or empty');
  });

  it('publishes a schema that lists every status the code knows', () => {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'sidecar.schema.json'), 'utf8'));
    const { STATUSES } = require('../../../src/core/sidecar/sidecar-format') as typeof import('../../../src/core/sidecar/sidecar-format');
    assert.deepEqual(schema.properties.annotations.items.properties.status.enum.filter((s: unknown) => typeof s === 'string'), [...STATUSES]);
  });
});
