import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { useWorkbench } from './workbench';

const ARTICLE = '001_4f2a9c1e7b3d5a60.txt';

describe('reading an article in VS Code', function () {
  this.timeout(180_000);
  const workbench = useWorkbench();
  let wb: ReturnType<typeof workbench>;
  before(() => {
    wb = workbench();
  });

  it('loads Byline as the extension under development', async () => {
    assert.match(await wb.page.title(), /\[Extension Development Host\]/);
  });

  it('shows the News Article language and the outlet and date in the status bar', async () => {
    await wb.openFile(ARTICLE);
    await wb.waitForLanguageMode('News Article');
    await wb.waitFor('the Byline status item with outlet and date', async () => /baltictribune\.com · 2023-01-18/.test(await wb.statusItem('byline.article')));
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
    // The file may appear empty for a moment while it is written: wait for its content.
    await wb.waitForFile(path.join('.byline', 'entities.yaml'), /action: reject[\s\S]*text: Elering|text: Elering[\s\S]*action: reject/);
    assert.ok(before.some((r) => r.startsWith('Elering')));
    // The sidebar follows the new entities once the editor has re-applied the corrections.
    let after: string[] = [];
    try {
      await wb.waitFor('Elering to leave the Entities view', async () => {
        after = await wb.entityRows(/^Organisations/);
        return !after.some((r) => r.startsWith('Elering'));
      }, 20_000);
    } catch {
      assert.fail(`Elering is still listed: ${after.join(' | ')}`);
    }
    await wb.screenshot('correction-applied');
  });

  it('keeps a Markdown article in Markdown with the Byline status', async () => {
    await wb.openFile('003_e7c41b08d2f9a316.md');
    await wb.waitForLanguageMode('Markdown');
    await wb.waitFor('the Byline status item of the Markdown article', async () => /tejopost\.pt · 2023-03-03/.test(await wb.statusItem('byline.article')));
    await wb.screenshot('markdown-article');
  });

  it('shows what Byline parsed with "Byline: Show Article Info" from the command palette', async () => {
    await wb.openFile('003_e7c41b08d2f9a316.md');
    await wb.waitForStatus(/tejopost/);
    await wb.runCommand('Byline: Show Article Info');
    await wb.focusTab('(article info)');
    // The report is rendered (Markdown preview): values read as they are, without escapes.
    const report = await wb.waitFor('the rendered article info report', async () => {
      for (const frame of wb.page.frames()) {
        const text = await frame.evaluate('document.body ? document.body.innerText : ""').catch(() => '') as string;
        if (/Outlet\s+tejopost\.pt/.test(text)) return text;
      }
      return undefined;
    });
    assert.match(report, /Published\s+2023-03-03/);
    assert.ok(!report.includes('tejopost\\.pt'), 'no Markdown escapes on screen');
    await wb.screenshot('article-info');
  });
});
