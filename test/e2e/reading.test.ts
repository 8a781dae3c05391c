import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

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

  it('keeps a Markdown article in Markdown with the Byline status', async () => {
    await wb.openFile('003_e7c41b08d2f9a316.md');
    await wb.waitForStatus(/^Markdown$/);
    await wb.waitForStatus(/tejopost\.pt · 2023-03-03/);
    await wb.screenshot('markdown-article');
  });
});
