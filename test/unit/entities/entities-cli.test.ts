import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fixturesDir } from '../helpers/fixtures';
import { runCliCaptured } from '../helpers/run-cli';

/** A temp folder with the entity fixtures, so corrections can be written beside them. */
function workspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'byline-entities-'));
  for (const name of ['harbour-strike.txt', 'notes.txt']) cpSync(path.join(fixturesDir, 'entities', name), path.join(root, name));
  return root;
}

describe('byline entities', () => {
  it('prints one JSON line per article with the info fields and sliceable entities', async () => {
    const root = workspace();
    const { code, stdout, stderr } = await runCliCaptured(['entities', '--json', root]);
    assert.equal(code, 0, stderr.join('\n'));
    // The folder walk keeps articles only: the notes file is left out.
    assert.equal(stdout.length, 1);
    const line = JSON.parse(stdout[0]);
    assert.deepEqual(Object.keys(line), ['file', 'article', 'entities']);
    assert.equal(line.article.published, '2022-03-18');
    assert.equal(line.article.dateline, 'SÃO PAULO');
    const text = readFileSync(line.file, 'utf8');
    for (const e of line.entities) assert.equal(text.slice(e.start, e.end), e.text);
    const lastFall = line.entities.find((e: { text: string }) => e.text === 'last fall');
    assert.deepEqual(lastFall, { type: 'date', text: 'last fall', start: lastFall.start, end: lastFall.end, canonical: 'Autumn 2021', value: '2021' });
  });

  it('analyses a named file that is not an article, with null article fields', async () => {
    const root = workspace();
    const { code, stdout } = await runCliCaptured(['entities', '--json', path.join(root, 'notes.txt')]);
    assert.equal(code, 0);
    const line = JSON.parse(stdout[0]);
    assert.equal(line.article.isArticle, false);
    assert.equal(line.article.title, null);
    assert.equal(line.article.published, null);
    // No publication date: the year keeps its value, the weekday gets none.
    const dates = line.entities.filter((e: { type: string }) => e.type === 'date').map((e: { text: string; value?: string }) => [e.text, e.value]);
    assert.deepEqual(dates, [['Monday', undefined], ['1997', '1997']]);
  });

  it('prints a grouped listing with counts, other forms and date values', async () => {
    const root = workspace();
    const { code, stdout } = await runCliCaptured(['entities', path.join(root, 'harbour-strike.txt')]);
    assert.equal(code, 0);
    const listing = stdout.join('\n');
    assert.match(listing, /^ {2}Dates$/mu);
    assert.match(listing, /Autumn 2021 = 2021/u);
    assert.match(listing, /Friday, 18 March 2022 = 2022-03-18 {2}×2 {2}\(March 18, 2022, Friday\)/u);
  });

  it('applies the nearest corrections file', async () => {
    const root = workspace();
    mkdirSync(path.join(root, '.byline'));
    writeFileSync(path.join(root, '.byline', 'entities.yaml'), 'byline: 1\ncorrections:\n  - action: add\n    text: Dockworkers\n    type: organization\n');
    const { code, stdout } = await runCliCaptured(['entities', '--json', path.join(root, 'harbour-strike.txt')]);
    assert.equal(code, 0);
    const entities = JSON.parse(stdout[0]).entities as Array<{ text: string; type: string }>;
    assert.ok(entities.some((e) => e.text === 'Dockworkers' && e.type === 'organization'));
  });

  it('reports a missing file in one line, still processes the others and exits 1', async () => {
    const root = workspace();
    const missing = path.join(root, 'missing.txt');
    const { code, stdout, stderr } = await runCliCaptured(['entities', '--json', missing, path.join(root, 'harbour-strike.txt')]);
    assert.equal(code, 1);
    assert.equal(stderr.length, 1);
    assert.ok(stderr[0].includes(missing));
    assert.equal(stdout.length, 1);
  });

  it('refuses to run without a path', async () => {
    const { code, stderr } = await runCliCaptured(['entities']);
    assert.equal(code, 2);
    assert.equal(stderr.length, 1);
  });
});
