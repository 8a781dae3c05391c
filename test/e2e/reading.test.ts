import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Workbench } from './workbench';

const ARTICLE = '001_4f2a9c1e7b3d5a60.txt';

describe('reading an article in VS Code', function () {
  this.timeout(180_000);
  let wb: Workbench;

  before(async () => {
    wb = await Workbench.open();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await wb?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
  });
  after(async () => {
    await wb?.dispose();
  });

  it('shows the News Article language and the outlet and date in the status bar', async () => {
    await wb.openFile('001_4f2a9c1e7b3d5a60.txt');
    await wb.waitForStatus(/^News Article$/);
    const item = await wb.waitForStatus(/baltictribune\.com · 2023-01-18/);
    assert.match(item, /baltictribune\.com · 2023-01-18/);
    await wb.screenshot('article-status-bar');
  });

  it('highlights people, places, organisations and dates', async () => {
    const counts = await wb.waitForDecorations(4);
    assert.ok([...counts.values()].reduce((a, b) => a + b, 0) >= 10);
    await wb.screenshot('entity-highlights');
  });

  it('shows a hover card with the canonical name', async () => {
    const text = await wb.hover('Indriksone');
    assert.match(text, /Ilze Indriksone/);
    assert.match(text, /Person/);
    await wb.screenshot('entity-hover');
  });

  it('lists the article\'s entities in the Byline sidebar', async () => {
    const rows = await wb.entityRows(/^People/);
    for (const group of ['People', 'Places', 'Organisations', 'Dates']) assert.ok(rows.some((r) => r.startsWith(group)), `${group} row in ${rows.join(' | ')}`);
    await wb.screenshot('entities-sidebar');
  });

  it('moves the cursor to a mention picked in the sidebar', async () => {
    const text = readFileSync(path.join(wb.workspace, ARTICLE), 'utf8');
    const offset = text.indexOf('Ilze Indriksone');
    const line = text.slice(0, offset).split('\n').length;
    const column = offset - text.lastIndexOf('\n', offset - 1);
    await wb.entityRows(/^Ilze Indriksone/);
    await wb.page.locator('.part.sidebar .monaco-list-row[aria-label^="Ilze Indriksone"]').first().click();
    const mention = wb.page.locator('.part.sidebar .monaco-list-row[aria-level="3"]').first();
    await mention.waitFor();
    await mention.click();
    // The mention is selected, so the cursor sits at its end.
    await wb.waitForStatus(new RegExp(`^Ln ${line}, Col ${column + 'Ilze Indriksone'.length} \\(15 selected\\)`));
    await wb.screenshot('mention-revealed');
  });

  it('records a correction: the highlight goes and .byline/entities.yaml is written', async () => {
    await wb.entityRows(/^Elering/);
    await wb.page.locator('.part.sidebar .monaco-list-row[aria-label^="Elering"]').first().click();
    const mention = wb.page.locator('.part.sidebar .monaco-list-row[aria-level="3"]', { hasText: 'Elering' }).first();
    await mention.waitFor();
    await mention.click();
    const before = await wb.entityRows(/^Elering/);
    await wb.runCommand('Byline: Mark as Not an Entity');
    const file = path.join(wb.workspace, '.byline', 'entities.yaml');
    const deadline = Date.now() + 20_000;
    while (!existsSync(file) && Date.now() < deadline) await wb.page.waitForTimeout(100);
    assert.match(readFileSync(file, 'utf8'), /action: reject[\s\S]*text: Elering|text: Elering[\s\S]*action: reject/);
    assert.ok(before.some((r) => r.startsWith('Elering')));
    // The sidebar follows the new entities once the editor has re-applied the corrections.
    let after = await wb.entityRows(/^Organisations/);
    for (const stop = Date.now() + 20_000; after.some((r) => r.startsWith('Elering')) && Date.now() < stop; ) {
      await wb.page.waitForTimeout(200);
      after = await wb.entityRows(/^Organisations/);
    }
    assert.ok(!after.some((r) => r.startsWith('Elering')), after.join(' | '));
    await wb.screenshot('correction-applied');
  });

  it('keeps a Markdown article in Markdown with the Byline status', async () => {
    await wb.openFile('003_e7c41b08d2f9a316.md');
    await wb.waitForStatus(/^Markdown$/);
    await wb.waitForStatus(/tejopost\.pt · 2023-03-03/);
    await wb.screenshot('markdown-article');
  });
});
