import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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
});
