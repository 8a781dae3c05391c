import * as assert from 'node:assert/strict';
import { updateAnnotation } from '../../../src/core/sidecar/edit-sidecar';
import { mergeSidecar } from '../../../src/core/sidecar/merge-sidecar';
import { parseSidecar } from '../../../src/core/sidecar/parse-sidecar';

const base = [
  '# desk file',
  'byline: 1',
  'article:',
  '  file: a.txt',
  'annotations:',
  '  - id: one',
  '    quote: first claim',
  '    status: unverified',
  '  - id: two',
  '    quote: second claim',
  '    status: unverified',
  '',
].join('\n');

const merged = (ours: string, theirs: string) => {
  const result = mergeSidecar(base, ours, theirs);
  assert.ok(result.ok);
  return { ...result, parsed: parseSidecar(result.text) };
};
const statuses = (text: string) => Object.fromEntries(parseSidecar(text).annotations.map((a) => [a.id, a.status]));

describe('mergeSidecar', () => {
  it('keeps both sides when they changed different annotations', () => {
    const ours = updateAnnotation(base, 'one', { status: 'verified' })!;
    const theirs = base.replace('second claim\n    status: unverified', 'second claim\n    status: false');
    const { text } = merged(ours, theirs);
    assert.deepEqual(statuses(text), { one: 'verified', two: 'false' });
  });

  it('keeps comments the other side added', () => {
    const ours = updateAnnotation(base, 'one', { status: 'disputed' })!;
    const theirs = base.replace('  - id: two', '  # checked twice\n  - id: two');
    assert.match(merged(ours, theirs).text, /# checked twice/);
  });

  it('keeps annotations added on both sides, renaming ours when both chose the same id', () => {
    const add = (id: string, quote: string) => `${base}  - id: ${id}\n    quote: ${quote}\n`;
    const { parsed } = merged(add('new', 'ours added this'), add('new', 'theirs added this'));
    const quotes = parsed.annotations.map((a) => a.quote).sort();
    assert.deepEqual(quotes, ['first claim', 'ours added this', 'second claim', 'theirs added this']);
    assert.equal(new Set(parsed.annotations.map((a) => a.id)).size, 4);
  });

  it('removes an annotation we deleted only if nobody changed it meanwhile', () => {
    const ours = updateAnnotation(base, 'two', { remove: true })!;
    assert.deepEqual(Object.keys(statuses(merged(ours, base.replace('# desk', '# the desk')).text)), ['one']);
    const changed = base.replace('second claim\n    status: unverified', 'second claim\n    status: misleading');
    const kept = merged(ours, changed);
    assert.deepEqual(statuses(kept.text), { one: 'unverified', two: 'misleading' });
    assert.equal(kept.conflicts.length, 1);
  });

  it('brings back annotations missing on disk, since a truncated file looks like a deletion', () => {
    const ours = updateAnnotation(base, 'one', { status: 'verified' })!;
    const truncated = base.slice(0, base.indexOf('  - id: two'));
    assert.deepEqual(statuses(merged(ours, truncated).text), { one: 'verified', two: 'unverified' });
    assert.deepEqual(Object.keys(statuses(merged(ours, '').text)), ['one', 'two']);
  });

  it('lets this write win a field both sides changed, and says so', () => {
    const ours = updateAnnotation(base, 'one', { status: 'verified' })!;
    const theirs = base.replace('first claim\n    status: unverified', 'first claim\n    status: false');
    const result = merged(ours, theirs);
    assert.equal(statuses(result.text).one, 'verified');
    assert.deepEqual(result.conflicts, ['annotations[one].status']);
  });

  it('refuses to merge into a file that no longer parses', () => {
    const result = mergeSidecar(base, updateAnnotation(base, 'one', { status: 'verified' })!, 'annotations: [\n  - {id');
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.problem.code, 'conflict');
  });
});
