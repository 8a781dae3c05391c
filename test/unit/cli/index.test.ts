import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixturesDir } from '../helpers/fixtures';
import { runCliCaptured } from '../helpers/run-cli';

/** A temp copy of the article fixtures, so corrections can be written beside them. */
function workspaceCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'byline-index-'));
  for (const name of ['markdown-clean.txt', 'scraped-wire.txt', 'markdown-article.md', 'notes.txt']) {
    cpSync(path.join(fixturesDir, 'articles', name), path.join(root, name));
  }
  return root;
}

describe('byline index', () => {
  const env = process.env.XDG_CACHE_HOME;
  before(() => {
    process.env.XDG_CACHE_HOME = mkdtempSync(path.join(tmpdir(), 'byline-cache-'));
  });
  after(() => {
    process.env.XDG_CACHE_HOME = env;
  });

  it('prints one JSON object per entity with forms, mentions and articles', async () => {
    const root = workspaceCopy();
    const { code, stdout } = await runCliCaptured(['index', '--json', root]);
    assert.equal(code, 0);
    const entities = stdout.map((l) => JSON.parse(l));
    assert.ok(entities.length > 0);
    for (const e of entities) {
      assert.deepEqual(Object.keys(e), ['type', 'canonical', 'forms', 'mentions', 'articles']);
      assert.equal(e.mentions, e.articles.reduce((n: number, a: { mentions: number }) => n + a.mentions, 0));
    }
    // Only articles are indexed: the notes file is not among the files.
    const files = new Set(entities.flatMap((e) => e.articles.map((a: { file: string }) => path.basename(a.file))));
    assert.ok(!files.has('notes.txt'));
  });

  it('gives the same answer from its cache on a second run', async () => {
    const root = workspaceCopy();
    const first = await runCliCaptured(['index', '--json', root]);
    const second = await runCliCaptured(['index', '--json', root]);
    assert.deepEqual(second.stdout, first.stdout);
  });

  it('applies corrections from the nearest .byline folder', async () => {
    const root = workspaceCopy();
    mkdirSync(path.join(root, '.byline'));
    writeFileSync(path.join(root, '.byline', 'entities.yaml'), 'byline: 1\ncorrections:\n  - action: add\n    text: Mtavari Arkhi\n    type: organization\n  - action: reject\n    text: Gabriel Boric\n');
    const { stdout } = await runCliCaptured(['index', '--json', '--no-cache', root]);
    const entities = stdout.map((l) => JSON.parse(l));
    assert.ok(entities.some((e) => e.type === 'organization' && e.canonical === 'Mtavari Arkhi'));
    assert.ok(!entities.some((e) => e.forms.includes('Gabriel Boric')));
  });

  describe('cache', () => {
    /** A workspace and a cache folder of its own, so the test can look at the cache file. */
    function setup(): { root: string; cacheFile: () => string } {
      const root = workspaceCopy();
      process.env.XDG_CACHE_HOME = mkdtempSync(path.join(tmpdir(), 'byline-cache-'));
      const folder = path.join(process.env.XDG_CACHE_HOME, 'byline');
      return { root, cacheFile: () => path.join(folder, readdirSync(folder).find((f) => f.endsWith('.bin'))!) };
    }
    const names = (stdout: string[]) => stdout.map((l) => JSON.parse(l) as { canonical: string; articles: Array<{ file: string }> });

    it('picks up a changed file on the next run', async () => {
      const { root } = setup();
      await runCliCaptured(['index', '--json', root]);
      const file = path.join(root, 'scraped-wire.txt');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/Gabriel Boric/gu, 'Michelle Bachelet'));
      // Same second as the first run on a coarse clock: the size alone tells the change here.
      const second = names((await runCliCaptured(['index', '--json', root])).stdout);
      const fresh = names((await runCliCaptured(['index', '--json', '--no-cache', root])).stdout);
      assert.deepEqual(second, fresh);
      assert.ok(second.some((e) => e.canonical === 'Michelle Bachelet'));
      assert.ok(!second.some((e) => e.canonical === 'Gabriel Boric'));
    });

    it('picks up a change that keeps the size once the modification time moves', async () => {
      const { root } = setup();
      const first = names((await runCliCaptured(['index', '--json', root])).stdout);
      const file = path.join(root, 'scraped-wire.txt');
      const text = readFileSync(file, 'utf8');
      assert.ok(text.includes('Santiago'));
      writeFileSync(file, text.replace('Santiago', 'Valdivia'));
      assert.equal(readFileSync(file).length, Buffer.byteLength(text));
      utimesSync(file, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
      const second = names((await runCliCaptured(['index', '--json', root])).stdout);
      assert.notDeepEqual(second, first);
      assert.deepEqual(second, names((await runCliCaptured(['index', '--json', '--no-cache', root])).stdout));
    });

    it('drops deleted files and adds new ones on the next run', async () => {
      const { root } = setup();
      await runCliCaptured(['index', '--json', root]);
      rmSync(path.join(root, 'markdown-clean.txt'));
      cpSync(path.join(fixturesDir, 'articles', 'crlf-scraped.txt'), path.join(root, 'added.txt'));
      const files = new Set(names((await runCliCaptured(['index', '--json', root])).stdout).flatMap((e) => e.articles.map((a) => path.basename(a.file))));
      assert.ok(!files.has('markdown-clean.txt'));
      assert.ok(files.has('added.txt'));
    });

    it('ignores and replaces a truncated or garbage cache file', async () => {
      const { root, cacheFile } = setup();
      const first = await runCliCaptured(['index', '--json', root]);
      const good = readFileSync(cacheFile());
      for (const broken of [good.subarray(0, good.length >> 1), Buffer.from('{"format":2,"entries":'), Buffer.alloc(0)]) {
        writeFileSync(cacheFile(), broken);
        const again = await runCliCaptured(['index', '--json', root]);
        assert.equal(again.code, 0);
        assert.deepEqual(again.stdout, first.stdout);
        assert.deepEqual(again.stderr, []);
      }
      assert.ok(readFileSync(cacheFile()).equals(good));
    });
  });
});
