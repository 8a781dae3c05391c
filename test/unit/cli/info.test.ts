import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixturesDir } from '../helpers/fixtures';
import { runCliCaptured } from '../helpers/run-cli';

const articles = path.join(fixturesDir, 'articles');

describe('byline info', () => {
  it('prints one JSON object per file with the documented fields', async () => {
    const { code, stdout } = await runCliCaptured(['info', '--json', path.join(articles, 'markdown-clean.txt'), path.join(articles, 'scraped-wire.txt')]);
    assert.equal(code, 0);
    assert.equal(stdout.length, 2);
    const [clean, wire] = stdout.map((l) => JSON.parse(l));
    assert.deepEqual(Object.keys(clean), ['file', 'isArticle', 'confidence', 'reasons', 'title', 'published', 'publishedInferred', 'url', 'outlet', 'dateline', 'credits', 'captions', 'boilerplate', 'paragraphs']);
    assert.equal(clean.outlet, 'tbilisiherald.ge');
    assert.equal(clean.published, '2022-11-24');
    assert.equal(wire.dateline, 'SANTIAGO, Chile');
    assert.equal(wire.publishedInferred, true);
    assert.deepEqual(wire.boilerplate[0], { start: 0, end: 20, text: 'Skip to main content' });
  });

  it('walks folders and reports only the articles found there', async () => {
    const { stdout, stderr } = await runCliCaptured(['info', '--json', articles]);
    const files = stdout.map((l) => path.basename(JSON.parse(l).file)).sort();
    assert.deepEqual(files, ['bom-emoji.md', 'crlf-scraped.txt', 'markdown-article.md', 'markdown-clean.txt', 'scraped-wire.txt']);
    // The binary and Latin-1 fixtures are reported, one line each, naming the file.
    assert.equal(stderr.length, 2);
    assert.ok(stderr.some((l) => l.includes('binary.txt') && l.includes('binary')));
    assert.ok(stderr.some((l) => l.includes('latin1.txt') && l.includes('UTF-8')));
  });

  it('reports a named non-article with null article fields', async () => {
    const { code, stdout } = await runCliCaptured(['info', '--json', path.join(articles, 'notes.txt')]);
    assert.equal(code, 0);
    const json = JSON.parse(stdout[0]);
    assert.equal(json.isArticle, false);
    assert.equal(json.title, null);
    assert.deepEqual(json.paragraphs, []);
  });

  it('gives one line per bad input, a non-zero exit, and still processes the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'byline-cli-'));
    const emptyDir = mkdtempSync(path.join(tmpdir(), 'byline-empty-'));
    const { code, stdout, stderr } = await runCliCaptured(['info', path.join(dir, 'missing.txt'), emptyDir, path.join(articles, 'binary.txt'), path.join(articles, 'markdown-clean.txt')]);
    assert.equal(code, 1);
    assert.equal(stderr.length, 3);
    assert.ok(stderr[0].includes('missing.txt') && stderr[0].includes('no such file'));
    assert.ok(stderr[1].includes('no readable'));
    assert.ok(stdout.join('\n').includes('Georgian Parliament Passes Budget'));
    assert.ok(stderr.every((l) => !l.includes('    at ')));
  });

  it('refuses a file over the size limit with a clear message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'byline-big-'));
    const big = path.join(dir, 'huge.txt');
    writeFileSync(big, Buffer.alloc(17 * 1024 * 1024, 0x61));
    const { code, stderr } = await runCliCaptured(['info', big]);
    assert.equal(code, 1);
    assert.match(stderr[0], /huge\.txt: file is \d+ bytes, over the \d+-byte limit/);
  });

  it('answers --help, --version and unknown commands', async () => {
    assert.match((await runCliCaptured(['--help'])).stdout.join('\n'), /info\s+detect and parse/);
    assert.match((await runCliCaptured(['--version'])).stdout[0], /^\d+\.\d+\.\d+/);
    const unknown = await runCliCaptured(['frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr[0], /unknown command 'frobnicate'/);
    const noPath = await runCliCaptured(['info']);
    assert.equal(noPath.code, 2);
  });
});
