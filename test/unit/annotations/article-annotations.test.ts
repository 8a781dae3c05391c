import * as assert from 'node:assert/strict';
import { ArticleAnnotations, type AnnotationsChange } from '../../../src/core/annotations/article-annotations';
import { Emitter } from '../../../src/core/annotations/emitter';
import { readFixture } from '../helpers/fixtures';

const article = readFixture('sidecars', 'budget.txt');
const sidecar = readFixture('sidecars', 'budget.txt.byline.yaml');

describe('Emitter', () => {
  it('delivers values to listeners until they are disposed, and leaks none after dispose()', () => {
    const emitter = new Emitter<number>();
    const seen: number[] = [];
    const a = emitter.event((n) => seen.push(n));
    emitter.event((n) => seen.push(n * 10));
    emitter.fire(1);
    a.dispose();
    emitter.fire(2);
    assert.deepEqual(seen, [1, 10, 20]);
    emitter.dispose();
    assert.equal(emitter.listenerCount, 0);
    emitter.event(() => seen.push(99));
    emitter.fire(3);
    assert.equal(emitter.listenerCount, 0);
  });

  it('still calls the other listeners when one throws, then reports the error', () => {
    const emitter = new Emitter<void>();
    let called = false;
    emitter.event(() => {
      throw new Error('listener bug');
    });
    emitter.event(() => (called = true));
    assert.throws(() => emitter.fire(), /listener bug/);
    assert.equal(called, true);
  });
});

describe('ArticleAnnotations', () => {
  it('anchors a loaded sidecar and announces which annotations changed', () => {
    const model = new ArticleAnnotations('budget.txt', 'budget.txt.byline.yaml');
    const changes: AnnotationsChange[] = [];
    model.onDidChangeAnnotations((c) => changes.push(c));
    model.load(sidecar, article);
    assert.deepEqual(model.anchored.map((a) => a.result.anchor), ['exact', 'exact', 'orphan']);
    assert.deepEqual(changes[0], { articlePath: 'budget.txt', reason: 'loaded', changedIds: ['d3f1c9', 'h4nd01', '0rph4n'] });
    model.dispose();
  });

  it('shifts anchors while typing and re-anchors only those an edit touched', () => {
    const model = new ArticleAnnotations('budget.txt', 'budget.txt.byline.yaml');
    model.load(sidecar, article);
    const insert = 'Breaking: ';
    let text = insert + article;
    model.applyEdits([{ offset: 0, deleteLength: 0, insertText: insert }], text);
    for (const a of model.anchored.filter((x) => x.result.start !== null)) assert.equal(text.slice(a.result.start!, a.result.end!), a.annotation.quote);
    const at = text.indexOf('2.8%');
    text = `${text.slice(0, at)}2.9%${text.slice(at + 4)}`;
    model.applyEdits([{ offset: at, deleteLength: 4, insertText: '2.9%' }], text);
    const changed = model.anchored[0];
    assert.deepEqual([changed.result.anchor, changed.status], ['fuzzy', 'needs-recheck']);
    model.dispose();
  });

  it('keeps the last good annotations while the sidecar does not parse', () => {
    const model = new ArticleAnnotations('budget.txt', 'budget.txt.byline.yaml');
    model.load(sidecar, article);
    model.load('annotations: [\n', article);
    assert.equal(model.broken, true);
    assert.equal(model.anchored.length, 3);
    assert.equal(model.problems[0].code, 'yaml');
    model.dispose();
  });
});
