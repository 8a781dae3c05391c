import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../../src/core/index/analyze-article';
import { EntityIndex } from '../../../src/core/index/entity-index';
import { IndexCache } from '../../../src/core/index/index-cache';
import { type IndexFileSystem, IndexUpdater, RACY_MS } from '../../../src/core/index/index-updater';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { decodeText } from '../../../src/core/text/decode';
import { fixturesDir } from '../helpers/fixtures';

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2025, 0, 15);

/** Files in memory, with a count of stats and reads so tests can tell what the updater touched. */
class MemoryFiles implements IndexFileSystem {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  reads = 0;
  stats = 0;

  write(file: string, text: string | Uint8Array, mtime = NOW - DAY): void {
    this.files.set(file, { bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text, mtime });
  }

  async stat(file: string) {
    this.stats++;
    const f = this.files.get(file);
    return f && { mtime: f.mtime, size: f.bytes.length };
  }

  async read(file: string) {
    this.reads++;
    const f = this.files.get(file);
    if (!f) return { error: 'cannot be read' };
    const decoded = decodeText(f.bytes);
    return decoded.ok ? { text: decoded.text } : { error: decoded.message };
  }
}

/** Fixtures that are not UTF-8 text: read (and reported) on every refresh, as they never get a stamp. */
const UNREADABLE = ['binary.txt', 'latin1.txt'];
const fixtureNames = readdirSync(path.join(fixturesDir, 'articles')).filter((n) => !UNREADABLE.includes(n));

function fixtureWorkspace(names = fixtureNames): MemoryFiles {
  const fs = new MemoryFiles();
  for (const name of names) fs.write(`/w/${name}`, readFileSync(path.join(fixturesDir, 'articles', name)));
  return fs;
}

/** Runs a refresh and analyses what it leaves pending, as the CLI and the extension do. */
async function update(updater: IndexUpdater, files: readonly string[]) {
  const tagger = loadDefaultTagger();
  const result = await updater.refresh(files);
  for (const p of result.pending) {
    const { isArticle, title, published, entities } = analyzeArticle(p.text!, p.file, { tagger });
    updater.accept(p, { isArticle, title, published, entities });
  }
  return result;
}

function updaterFor(fs: MemoryFiles, cache = new IndexCache('model'), context = () => '') {
  return new IndexUpdater(new EntityIndex(), cache, { files: fs, now: () => NOW, contextOf: context });
}

/** The index analysing every file from scratch gives, for comparison. */
async function freshIndex(fs: MemoryFiles): Promise<EntityIndex> {
  const index = new EntityIndex();
  for (const file of [...fs.files.keys()].sort()) {
    const read = await fs.read(file);
    if ('error' in read) continue;
    const { isArticle, ...article } = analyzeArticle(read.text, file, { tagger: loadDefaultTagger() });
    if (isArticle) index.set(article);
  }
  return index;
}

function sameIndex(actual: EntityIndex, expected: EntityIndex): void {
  assert.deepEqual(actual.files().sort(), expected.files().sort());
  for (const file of expected.files()) assert.deepEqual(actual.get(file), expected.get(file));
  assert.deepEqual(actual.summarize(), expected.summarize());
}

describe('IndexUpdater', () => {
  const files = fixtureNames.map((n) => `/w/${n}`);

  it('indexes a workspace from a saved cache without reading or analysing any file, same as a fresh analysis', async () => {
    const fs = fixtureWorkspace();
    const cold = updaterFor(fs);
    const first = await update(cold, files);
    assert.ok(first.pending.length > 0);
    assert.ok(cold.index.size > 0);
    const bytes = cold.cache.serialize();

    fs.reads = 0;
    const warm = updaterFor(fs, IndexCache.load(bytes, 'model'));
    const second = await update(warm, files);
    assert.equal(second.pending.length, 0);
    assert.equal(fs.reads, 0);
    assert.ok(second.changed);
    sameIndex(warm.index, await freshIndex(fs));
    sameIndex(warm.index, cold.index);
  });

  it('re-analyses a changed file and only that one', async () => {
    const fs = fixtureWorkspace();
    const updater = updaterFor(fs);
    await update(updater, files);
    const text = readFileSync(path.join(fixturesDir, 'articles', 'scraped-wire.txt'), 'utf8');
    fs.write('/w/scraped-wire.txt', text.replace(/Gabriel Boric/gu, 'Michelle Bachelet'), NOW - DAY / 2);
    fs.reads = 0;
    const warm = updaterFor(fs, IndexCache.load(updater.cache.serialize(), 'model'));
    const result = await update(warm, files);
    assert.deepEqual(result.pending.map((p) => p.file), ['/w/scraped-wire.txt']);
    assert.equal(fs.reads, 1);
    sameIndex(warm.index, await freshIndex(fs));
    assert.ok(!warm.index.summarize().some((s) => s.forms.includes('Gabriel Boric')));
  });

  it('reads but does not re-analyse a file that was only touched', async () => {
    const fs = fixtureWorkspace();
    const updater = updaterFor(fs);
    await update(updater, files);
    const f = fs.files.get('/w/markdown-clean.txt')!;
    fs.write('/w/markdown-clean.txt', f.bytes, f.mtime + 1000);
    fs.reads = 0;
    const result = await update(updater, files);
    assert.equal(result.pending.length, 0);
    assert.equal(fs.reads, 1);
    assert.equal(updater.cache.stampOf('/w/markdown-clean.txt')?.mtime, f.mtime + 1000);
  });

  it('picks up added files and drops deleted ones', async () => {
    const fs = fixtureWorkspace();
    const updater = updaterFor(fs);
    await update(updater, files);
    const indexedBefore = updater.index.files();
    assert.ok(indexedBefore.includes('/w/markdown-article.md'));
    fs.files.delete('/w/markdown-article.md');
    fs.write('/w/new/copy.txt', readFileSync(path.join(fixturesDir, 'articles', 'markdown-article.md')));
    const warm = updaterFor(fs, IndexCache.load(updater.cache.serialize(), 'model'));
    const result = await update(warm, [...files.filter((f) => f !== '/w/markdown-article.md'), '/w/new/copy.txt', '/w/markdown-article.md']);
    // Same text under a new name: found in the cache by content, not analysed again.
    assert.equal(result.pending.length, 0);
    assert.ok(!warm.index.has('/w/markdown-article.md'));
    assert.ok(warm.index.has('/w/new/copy.txt'));
    assert.equal(warm.cache.stampOf('/w/markdown-article.md'), undefined);
    sameIndex(warm.index, await freshIndex(fs));
  });

  it('does not trust the stamp of a file modified just before it was read', async () => {
    const fs = fixtureWorkspace();
    fs.write('/w/markdown-clean.txt', readFileSync(path.join(fixturesDir, 'articles', 'markdown-clean.txt')), NOW - RACY_MS / 2);
    const updater = updaterFor(fs);
    await update(updater, files);
    fs.reads = 0;
    await update(updater, files);
    assert.equal(fs.reads, 1);
  });

  it('re-analyses files when what else decides the analysis (the corrections) changes', async () => {
    const fs = fixtureWorkspace();
    let context = 'corrections-1';
    const updater = updaterFor(fs, new IndexCache('model'), () => context);
    await update(updater, files);
    context = 'corrections-2';
    fs.reads = 0;
    const result = await update(updater, files);
    assert.ok(result.pending.length > 0);
    assert.equal(fs.reads, result.pending.length);
  });

  it('reports files that cannot be read as text and keeps them out of the index', async () => {
    const fs = fixtureWorkspace([...fixtureNames, ...UNREADABLE]);
    const updater = updaterFor(fs);
    const result = await update(updater, [...files, ...UNREADABLE.map((n) => `/w/${n}`)]);
    assert.deepEqual(result.failed.map((f) => f.file).sort(), ['/w/binary.txt', '/w/latin1.txt']);
    assert.ok(!updater.index.has('/w/binary.txt'));
    assert.ok(!updater.index.has('/w/notes.txt'));
  });

  it('indexes files that are no articles when asked to include them', async () => {
    const fs = fixtureWorkspace();
    const updater = new IndexUpdater(new EntityIndex(), new IndexCache('model'), { files: fs, now: () => NOW, include: (file, isArticle) => isArticle || file === '/w/notes.txt' });
    await update(updater, files);
    assert.ok(updater.index.has('/w/notes.txt'));
    assert.ok(!updater.index.has('/w/code.txt'));
  });

  it('starts cold, without throwing, from a damaged cache', async () => {
    const fs = fixtureWorkspace();
    const cold = updaterFor(fs);
    await update(cold, files);
    const bytes = cold.cache.serialize();
    const damaged = updaterFor(fs, IndexCache.load(bytes.subarray(0, bytes.length - 8), 'model'));
    const result = await update(damaged, files);
    assert.ok(result.pending.length > 0);
    sameIndex(damaged.index, cold.index);
  });
});
