import * as assert from 'node:assert/strict';
import { addAnnotation, newAnnotationId, updateAnnotation } from '../../../src/core/sidecar/edit-sidecar';
import { parseSidecar } from '../../../src/core/sidecar/parse-sidecar';

const article = 'Under the deal, Armenia ceded three districts to Azerbaijan.';
const info = { file: 'a.txt', title: 'Deal', url: null, published: '2020-12-02' };

describe('addAnnotation', () => {
  it('starts a sidecar with the format version, the article block and the annotation', () => {
    const result = addAnnotation(undefined, article, info, { label: 'claim', start: 16, end: 45, note: 'Check the map.' });
    assert.ok(result);
    const parsed = parseSidecar(result.text);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.annotations[0].quote, 'Armenia ceded three districts');
    assert.equal(parsed.annotations[0].id, result.id);
    assert.match(result.text, /^byline: 1\n/);
    assert.match(result.text, /published: 2020-12-02/);
  });

  it('appends to an existing sidecar keeping its comments and unknown keys', () => {
    const existing = '# checked by the desk\nbyline: 1\nreviewer: dana # keep\nannotations:\n  - id: aaa111\n    quote: Armenia\n';
    const result = addAnnotation(existing, article, info, { label: 'statistic', start: 30, end: 35 });
    assert.ok(result);
    assert.ok(result.text.startsWith('# checked by the desk\nbyline: 1\nreviewer: dana # keep\n'));
    assert.deepEqual(parseSidecar(result.text).annotations.map((a) => a.id), ['aaa111', result.id]);
  });

  it('refuses to touch a sidecar that does not parse', () => {
    assert.equal(addAnnotation('annotations: [\n  - {id', article, info, { label: 'claim', start: 0, end: 5 }), null);
  });

  it('makes short ids that are not taken yet', () => {
    let n = 0;
    const rigged = () => [0, 0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5][n++ % 12];
    const id = newAnnotationId(new Set(['aaaaaa']), rigged);
    assert.equal(id.length, 6);
    assert.notEqual(id, 'aaaaaa');
  });
});

describe('updateAnnotation', () => {
  const start = addAnnotation(undefined, article, info, { label: 'claim', start: 16, end: 45 })!;

  it('changes a status and keeps the rest of the file', () => {
    const next = updateAnnotation(`# desk notes\n${start.text}`, start.id, { status: 'false' });
    assert.ok(next?.startsWith('# desk notes\n'));
    assert.equal(parseSidecar(next!).annotations[0].status, 'false');
  });

  it('re-attaches an annotation to a new selection', () => {
    const next = updateAnnotation(start.text, start.id, { anchor: { articleText: article, start: 49, end: 59 } });
    assert.equal(parseSidecar(next!).annotations[0].quote, 'Azerbaijan');
  });

  it('deletes an annotation, and refuses unknown ids and broken files', () => {
    assert.deepEqual(parseSidecar(updateAnnotation(start.text, start.id, { remove: true })!).annotations, []);
    assert.equal(updateAnnotation(start.text, 'nope', { status: 'false' }), null);
    assert.equal(updateAnnotation('annotations: [\n  - {id', start.id, { status: 'false' }), null);
  });
});
