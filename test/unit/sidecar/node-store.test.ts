import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { addAnnotation, updateAnnotation } from '../../../src/core/sidecar/edit-sidecar';
import { readSidecarFile, saveSidecarFile } from '../../../src/core/sidecar/node-store';
import { parseSidecar } from '../../../src/core/sidecar/parse-sidecar';

const article = 'Under the deal, Armenia ceded three districts to Azerbaijan. Russian peacekeepers deployed on 10 November.';
const info = { file: 'a.txt', title: null, url: null, published: null };
const start = '# kept\nbyline: 1\nannotations:\n  - id: base01\n    quote: Armenia ceded three districts\n  - id: base02\n    quote: Russian peacekeepers deployed\n';

function tempSidecar(text: string | null = start): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-store-'));
  const file = path.join(dir, 'a.txt.byline.yaml');
  if (text !== null) writeFileSync(file, text);
  return file;
}
const idsOn = (file: string) => parseSidecar(readFileSync(file, 'utf8')).annotations.map((a) => a.id);

describe('node sidecar store', () => {
  it('writes atomically and leaves no temporary file behind', async () => {
    const file = tempSidecar();
    const snap = await readSidecarFile(file);
    const next = updateAnnotation(snap.text!, 'base01', { status: 'verified' })!;
    const saved = await saveSidecarFile(snap, next);
    assert.equal(saved.outcome, 'written');
    assert.equal(readFileSync(file, 'utf8'), next);
    assert.deepEqual(readdirSync(path.dirname(file)), ['a.txt.byline.yaml']);
  });

  it('creates a sidecar that did not exist', async () => {
    const file = tempSidecar(null);
    const snap = await readSidecarFile(file);
    assert.equal(snap.text, null);
    const added = addAnnotation(undefined, article, info, { label: 'claim', start: 16, end: 45 })!;
    assert.equal((await saveSidecarFile(snap, added.text)).outcome, 'written');
    assert.deepEqual(idsOn(file), [added.id]);
  });

  it('refuses to write text that does not parse, leaving the file byte for byte', async () => {
    const file = tempSidecar();
    const before = readFileSync(file);
    const saved = await saveSidecarFile(await readSidecarFile(file), 'annotations: [\n  - {id');
    assert.equal(saved.outcome, 'refused');
    assert.deepEqual(readFileSync(file), before);
  });

  it('never overwrites a malformed sidecar on disk, whether it was broken when read or broke since', async () => {
    const broken = 'byline: 1\nannotations:\n  - id: x\n    quote: "unclosed\n';
    const file = tempSidecar(broken);
    const saved = await saveSidecarFile(await readSidecarFile(file), start);
    assert.equal(saved.outcome === 'refused' && saved.error.code, 'conflict');
    assert.equal(readFileSync(file, 'utf8'), broken);

    const file2 = tempSidecar();
    const snap = await readSidecarFile(file2);
    writeFileSync(file2, broken);
    assert.equal((await saveSidecarFile(snap, updateAnnotation(start, 'base01', { status: 'false' })!)).outcome, 'refused');
    assert.equal(readFileSync(file2, 'utf8'), broken);
  });

  it('merges by id when the file changed on disk since it was read', async () => {
    const file = tempSidecar();
    const snap = await readSidecarFile(file);
    writeFileSync(file, `${start}  - id: hand01 # added in an editor\n    quote: 10 November\n`);
    const saved = await saveSidecarFile(snap, updateAnnotation(snap.text!, 'base01', { status: 'verified' })!);
    assert.equal(saved.outcome, 'merged');
    assert.deepEqual(idsOn(file), ['base01', 'base02', 'hand01']);
    assert.match(readFileSync(file, 'utf8'), /# added in an editor/);
    assert.equal(parseSidecar(readFileSync(file, 'utf8')).annotations[0].status, 'verified');
  });

  it('loses nothing when many saves start from the same stale read and run at once', async () => {
    const file = tempSidecar();
    const snap = await readSidecarFile(file);
    const adds = Array.from({ length: 25 }, (_, i) => addAnnotation(snap.text!, article, info, { label: 'claim', start: i, end: i + 20 })!);
    const results = await Promise.all(adds.map((a) => saveSidecarFile(snap, a.text)));
    assert.ok(results.every((r) => r.outcome !== 'refused'));
    const ids = new Set(idsOn(file));
    for (const id of ['base01', 'base02', ...adds.map((a) => a.id)]) assert.ok(ids.has(id), id);
  });

  it('loses nothing when other programs rewrite, truncate and extend the file during saves', async () => {
    const file = tempSidecar();
    const expected = new Set(['base01', 'base02']);
    const tasks: Array<Promise<unknown>> = [];
    for (let i = 0; i < 30; i++) {
      const snapshot = await readSidecarFile(file);
      const added = addAnnotation(snapshot.text!, article, info, { label: 'claim', start: i % 40, end: (i % 40) + 12 })!;
      expected.add(added.id);
      tasks.push(saveSidecarFile(snapshot, added.text));
      // Another program, between Byline's read and write, in one synchronous step:
      const now = readFileSync(file, 'utf8');
      if (i % 3 === 0) {
        writeFileSync(file, `${now.trimEnd()}\n  - id: ext${i}\n    quote: ceded\n`);
        expected.add(`ext${i}`);
      } else if (i % 3 === 1) {
        // Truncated to its first annotation: a valid file that looks as if the rest were deleted.
        writeFileSync(file, now.slice(0, now.indexOf('  - id: base02')));
      } else {
        writeFileSync(file, `# rewritten by a formatter\n${now}`);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const outcomes = await Promise.all(tasks);
    assert.deepEqual(outcomes.filter((o) => (o as { outcome: string }).outcome === 'refused'), []);
    const onDisk = new Set(idsOn(file));
    // base02 and earlier adds were cut by the truncations, then restored by the merges.
    for (const id of expected) {
      if (id.startsWith('ext') || id.startsWith('base') || onDisk.has(id)) continue;
      assert.fail(`annotation ${id} was lost`);
    }
    for (const id of expected) if (!id.startsWith('ext')) assert.ok(onDisk.has(id), id);
  });

  it('writes its version back when the sidecar was renamed away meanwhile, so both names hold it', async () => {
    const file = tempSidecar();
    const snap = await readSidecarFile(file);
    const moved = path.join(path.dirname(file), 'b.txt.byline.yaml');
    renameSync(file, moved);
    const saved = await saveSidecarFile(snap, updateAnnotation(snap.text!, 'base02', { status: 'false' })!);
    assert.equal(saved.outcome, 'written');
    assert.deepEqual(idsOn(file), ['base01', 'base02']);
    assert.deepEqual(idsOn(moved), ['base01', 'base02']);
    rmSync(path.dirname(file), { recursive: true });
  });
});
