import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseSidecar } from '../../../src/core/sidecar/parse-sidecar';
import { fixturesDir } from '../helpers/fixtures';
import { runCliCaptured } from '../helpers/run-cli';

function copyFixtures(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'byline-claims-'));
  cpSync(path.join(fixturesDir, 'sidecars'), dir, { recursive: true });
  return dir;
}
const idsIn = (file: string) => parseSidecar(readFileSync(file, 'utf8')).annotations.map((a) => a.id);

describe('byline claim commands', () => {
  it('lists every article of a folder as one JSON line each, with current offsets', async () => {
    const dir = copyFixtures();
    const { stdout } = await runCliCaptured(['annotations', '--json', dir]);
    const lines = stdout.map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => path.basename(l.file)), ['broken.txt', 'budget.txt', 'crlf-emoji.txt', 'minimal.txt']);
    const minimal = lines[3];
    const text = readFileSync(path.join(dir, 'minimal.txt'), 'utf8');
    for (const a of minimal.annotations) assert.equal(text.slice(a.start, a.end), a.quote);
  });

  it('accepts a sidecar path as well as its article', async () => {
    const dir = copyFixtures();
    const bySidecar = await runCliCaptured(['annotations', '--json', path.join(dir, 'minimal.txt.byline.yaml')]);
    const byArticle = await runCliCaptured(['annotations', '--json', path.join(dir, 'minimal.txt')]);
    assert.deepEqual(bySidecar.stdout, byArticle.stdout);
  });

  it('reports a verified claim whose words changed as needs-recheck, without writing', async () => {
    const dir = copyFixtures();
    const file = path.join(dir, 'crlf-emoji.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('600,000 drams', '650,000 drams'));
    const sidecarBefore = readFileSync(`${file}.byline.yaml`);
    const { stdout } = await runCliCaptured(['annotations', '--json', file]);
    const row = JSON.parse(stdout[0]).annotations.find((a: { id: string }) => a.id === 'dr4ms6');
    assert.deepEqual([row.anchor, row.status], ['fuzzy', 'needs-recheck']);
    assert.deepEqual(readFileSync(`${file}.byline.yaml`), sidecarBefore);
  });

  it('prints a readable line per annotation without --json', async () => {
    const dir = copyFixtures();
    const { code, stdout } = await runCliCaptured(['annotations', path.join(dir, 'budget.txt')]);
    assert.equal(code, 0);
    assert.match(stdout[0], /budget\.txt: 3 annotations/);
    assert.ok(stdout.some((l) => /0rph4n .*orphan/.test(l)));
  });

  it('validates with file:line:col for schema problems and passes sound sidecars', async () => {
    const dir = copyFixtures();
    const sidecar = path.join(dir, 'minimal.txt.byline.yaml');
    assert.equal((await runCliCaptured(['validate', sidecar])).code, 0);
    writeFileSync(sidecar, `${readFileSync(sidecar, 'utf8')}  - id: g1\n    quote: Officials said\n    status: maybe\n`);
    const { code, stdout } = await runCliCaptured(['validate', sidecar]);
    assert.equal(code, 1);
    assert.ok(stdout.some((l) => l.startsWith(`${sidecar}:9:13: `) && l.includes('status')), stdout.join('\n'));
    assert.ok(stdout.some((l) => l.startsWith(`${sidecar}:7:5: duplicate annotation id "g1"`)), stdout.join('\n'));
  });

  it('re-anchors and writes back keeping CRLF, emoji, comments and unknown keys', async () => {
    const dir = copyFixtures();
    const file = path.join(dir, 'crlf-emoji.txt');
    writeFileSync(file, `Update 🔔: corrected.\r\n\r\n${readFileSync(file, 'utf8')}`);
    const { code } = await runCliCaptured(['reanchor', file]);
    assert.equal(code, 0);
    const written = readFileSync(`${file}.byline.yaml`, 'utf8');
    assert.ok(!/[^\r]\n/.test(written), 'CRLF kept');
    assert.match(written, /# Café protest 🧁/);
    assert.match(written, /reviewed-by: desk # an unknown key/);
    assert.match(written, /sha256: [0-9a-f]{64}/);
    const text = readFileSync(file, 'utf8');
    for (const a of parseSidecar(written).annotations) assert.equal(text.slice(a.start, a.end), a.quote);
    const again = await runCliCaptured(['reanchor', file]);
    assert.match(again.stdout[0], /unchanged/);
  });

  it('fills offsets and context into hand-written annotations and keeps an orphan', async () => {
    const dir = copyFixtures();
    assert.equal((await runCliCaptured(['reanchor', path.join(dir, 'minimal.txt'), path.join(dir, 'budget.txt')])).code, 0);
    const minimal = parseSidecar(readFileSync(path.join(dir, 'minimal.txt.byline.yaml'), 'utf8')).annotations;
    assert.ok(minimal.every((a) => a.start !== undefined && a.prefix !== undefined));
    assert.deepEqual(idsIn(path.join(dir, 'budget.txt.byline.yaml')), ['d3f1c9', 'h4nd01', '0rph4n']);
  });

  it('leaves sidecars alone when their article was renamed, corrupted or removed', async () => {
    const dir = copyFixtures();
    const before = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(path.join(dir, f))]));
    renameSync(path.join(dir, 'budget.txt'), path.join(dir, 'budget-renamed.txt'));
    writeFileSync(path.join(dir, 'minimal.txt'), Buffer.from([0, 1, 2, 0xff]));
    const { code, stderr } = await runCliCaptured(['reanchor', dir]);
    assert.equal(code, 1);
    assert.ok(stderr.some((l) => l.includes('budget.txt')));
    for (const name of ['budget.txt.byline.yaml', 'minimal.txt.byline.yaml', 'broken.txt.byline.yaml']) {
      assert.deepEqual(readFileSync(path.join(dir, name)), before[name], name);
    }
  });

  it('exports every format, to standard output or to a file', async () => {
    const dir = copyFixtures();
    const budget = path.join(dir, 'budget.txt');
    const csv = await runCliCaptured(['export', '--format', 'csv', budget]);
    assert.match(csv.stdout[0], /^file,id,label,status,anchor,start,end,quote/);
    const out = path.join(dir, 'claims.jsonld');
    assert.equal((await runCliCaptured(['export', '--format', 'claimreview', budget, '-o', out])).code, 0);
    const reviews = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(reviews.map((r: { reviewRating: { ratingValue: number } }) => r.reviewRating.ratingValue), [5, 3]);
    const w3c = JSON.parse((await runCliCaptured(['export', '--format', 'w3c', budget])).stdout.join('\n'));
    assert.equal(w3c.type, 'AnnotationCollection');
  });

  it('exports brat as one .ann and .txt pair per article into a folder', async () => {
    const dir = copyFixtures();
    const out = path.join(dir, 'brat');
    const { code } = await runCliCaptured(['export', '--format', 'brat', path.join(dir, 'budget.txt'), path.join(dir, 'crlf-emoji.txt'), '-o', out]);
    assert.equal(code, 0);
    assert.deepEqual(readdirSync(out).sort(), ['budget.ann', 'budget.txt', 'crlf-emoji.ann', 'crlf-emoji.txt']);
    const text = [...readFileSync(path.join(out, 'crlf-emoji.txt'), 'utf8')];
    for (const line of readFileSync(path.join(out, 'crlf-emoji.ann'), 'utf8').split('\n').filter((l) => l.startsWith('T'))) {
      const [, spec, words] = line.split('\t');
      const spans = spec.split(' ').slice(1).join(' ').split(';').map((s) => s.split(' ').map(Number));
      assert.equal(spans.map(([s, e]) => text.slice(s, e).join('')).join(' '), words);
    }
  });

  it('rejects an unknown format and a missing PATH with a usage error', async () => {
    assert.equal((await runCliCaptured(['export', '--format', 'xml'])).code, 2);
    assert.equal((await runCliCaptured(['annotations'])).code, 2);
    assert.equal((await runCliCaptured(['reanchor'])).code, 2);
  });
});
