import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixturesDir } from '../helpers/fixtures';
import { runCliCaptured } from '../helpers/run-cli';

function copy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-sidecars-'));
  cpSync(path.join(fixturesDir, 'sidecars'), dir, { recursive: true });
  return dir;
}

describe('byline annotations, validate and reanchor', () => {
  it('prints each annotation with its anchor status as JSON', async () => {
    const dir = copy();
    const { stdout } = await runCliCaptured(['annotations', '--json', path.join(dir, 'budget.txt')]);
    const json = JSON.parse(stdout[0]);
    assert.deepEqual(Object.keys(json), ['file', 'sidecar', 'annotations']);
    assert.deepEqual(json.annotations.map((a: { anchor: string }) => a.anchor), ['exact', 'exact', 'orphan']);
    assert.deepEqual(Object.keys(json.annotations[0]), ['id', 'label', 'status', 'quote', 'anchor', 'start', 'end']);
    assert.equal(json.annotations[2].start, null);
  });

  it('fails validation with file:line:col for a broken sidecar and for an orphan', async () => {
    const dir = copy();
    const { code, stdout } = await runCliCaptured(['validate', dir]);
    assert.equal(code, 1);
    assert.ok(stdout.some((l) => /broken\.txt\.byline\.yaml:\d+:\d+: /.test(l)));
    assert.ok(stdout.some((l) => /budget\.txt\.byline\.yaml:25:5: orphan annotation 0rph4n/.test(l)));
  });

  it('passes validation when every sidecar is sound', async () => {
    const dir = copy();
    const sidecar = path.join(dir, 'budget.txt.byline.yaml');
    writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace(/  - id: 0rph4n[\s\S]*$/, ''));
    const { code } = await runCliCaptured(['validate', sidecar]);
    assert.equal(code, 0);
  });

  it('writes moved anchors after the article changed, and leaves a broken sidecar byte for byte', async () => {
    const dir = copy();
    const articleFile = path.join(dir, 'budget.txt');
    writeFileSync(articleFile, `Correction appended at the top.\n\n${readFileSync(articleFile, 'utf8')}`);
    const brokenBefore = readFileSync(path.join(dir, 'broken.txt.byline.yaml'));
    const { code } = await runCliCaptured(['reanchor', dir]);
    assert.equal(code, 1); // the broken sidecar is reported
    assert.deepEqual(readFileSync(path.join(dir, 'broken.txt.byline.yaml')), brokenBefore);
    const after = await runCliCaptured(['annotations', '--json', articleFile]);
    const anchors = JSON.parse(after.stdout[0]).annotations.map((a: { anchor: string }) => a.anchor);
    assert.deepEqual(anchors, ['exact', 'exact', 'orphan']);
    const text = readFileSync(path.join(dir, 'budget.txt.byline.yaml'), 'utf8');
    assert.match(text, /# Written by hand: only id and quote\./);
    assert.match(text, /sha256: [0-9a-f]{64}/);
  });
});
