import * as assert from 'node:assert/strict';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar/parse-sidecar';
import { reanchorAll, writeAnchors } from '../../../src/core/sidecar/reanchor';
import { articlePathFor, sidecarPathFor } from '../../../src/core/sidecar/sidecar-format';
import { readFixture } from '../helpers/fixtures';

const sidecarText = readFixture('sidecars', 'budget.txt.byline.yaml');
const article = readFixture('sidecars', 'budget.txt');

describe('sidecars', () => {
  it('names the sidecar beside its article and back', () => {
    assert.equal(sidecarPathFor('a/000_x.txt'), 'a/000_x.txt.byline.yaml');
    assert.equal(articlePathFor('a/000_x.txt.byline.yaml'), 'a/000_x.txt');
    assert.equal(articlePathFor('a/notes.yaml'), null);
  });

  it('reads annotations with defaults for hand-written ones', () => {
    const parsed = parseSidecar(sidecarText);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.annotations.map((a) => [a.id, a.label, a.status]), [['d3f1c9', 'statistic', 'verified'], ['h4nd01', 'claim', 'unverified'], ['0rph4n', 'claim', 'disputed']]);
    assert.equal(parsed.annotations[1].start, undefined);
  });

  it('round-trips unchanged: comments, unknown keys and order stay byte for byte', () => {
    assert.equal(serializeSidecar(parseSidecar(sidecarText).document), sidecarText);
    const crlf = sidecarText.replace(/\n/g, '\r\n');
    assert.equal(parseSidecar(crlf).annotations.length, 3);
    const emoji = sidecarText.replace('Matches the finance', 'Matches 👍 the finance');
    assert.equal(serializeSidecar(parseSidecar(emoji).document), emoji);
  });

  it('reports problems with line and column instead of throwing', () => {
    const parsed = parseSidecar('byline: 1\nannotations:\n  - id: a\n    quote: ""\n  - id: b\n    quote: x\n    status: maybe\n  - id: b\n    quote: y\n');
    assert.deepEqual(parsed.problems.map((p) => [p.code, p.line]), [['schema', 4], ['schema', 7], ['duplicate-id', 8]]);
    const broken = parseSidecar(readFixture('sidecars', 'broken.txt.byline.yaml'));
    assert.equal(broken.broken, true);
    assert.ok(broken.problems[0].line > 0);
  });

  it('writes new anchors keeping comments, unknown keys and orphans', () => {
    const edited = article.replace('Parliament speaker', 'The parliament speaker');
    const parsed = parseSidecar(sidecarText);
    const next = writeAnchors(parsed.document, edited, reanchorAll(edited, parsed.annotations));
    assert.ok(next);
    assert.ok(next.includes('# Claims checked for the Georgian budget story.'));
    assert.ok(next.includes('desk: caucasus # unknown keys are kept'));
    assert.ok(next.includes('id: 0rph4n'));
    const again = parseSidecar(next);
    const moved = again.annotations[0];
    assert.equal(edited.slice(moved.start, moved.end), moved.quote);
    assert.equal(again.annotations[1].start, edited.indexOf(again.annotations[1].quote));
  });

  it('marks a verified claim whose words changed as needing a recheck, keeping the old words', () => {
    const edited = article.replace('narrow to 2.8%', 'narrow to 2.9%');
    const parsed = parseSidecar(sidecarText);
    const anchored = reanchorAll(edited, parsed.annotations);
    assert.equal(anchored[0].result.anchor, 'fuzzy');
    assert.equal(anchored[0].status, 'needs-recheck');
    const next = parseSidecar(writeAnchors(parsed.document, edited, anchored)!);
    assert.equal(next.annotations[0].status, 'needs-recheck');
    assert.match(next.annotations[0].quote, /2\.9%/);
    assert.match(serializeSidecar(next.document), /previousQuote: the deficit would narrow to 2\.8%/);
  });

  it('never writes a sidecar that does not parse', () => {
    const broken = parseSidecar(readFixture('sidecars', 'broken.txt.byline.yaml'));
    assert.equal(writeAnchors(broken.document, 'A short article', []), null);
  });
});
