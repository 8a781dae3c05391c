import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useWorkbench } from './workbench';

const ARTICLE = '002_9b1e6d3c2a7f4e85.txt';

describe('tagging a claim in VS Code', function () {
  this.timeout(180_000);
  const workbench = useWorkbench();
  let wb: ReturnType<typeof workbench>;
  before(() => {
    wb = workbench();
  });

  it('tags a selection, draws it, lists it in the Claims view and writes the sidecar', async () => {
    await wb.openFile(ARTICLE);
    await wb.waitForStatus(/lakesidedaily|2023-03-16/);
    await wb.selectWord('shillings');
    await wb.runCommand('Byline: Tag Claim');
    await wb.answer(); // label: claim
    await wb.answer(); // status: unverified
    await wb.answer('Check against the Treasury statement.');
    await wb.answer(); // source
    await wb.answer(); // speaker
    const written = await wb.waitForFile(`${ARTICLE}.byline.yaml`, /Check against the Treasury statement\./);
    assert.match(written, /quote: shillings/);
    await wb.openView('Byline', 'Claims');
    await wb.sidebarRows(/“shillings”/);
    await wb.screenshot('claim-tagged');
  });

  it('keeps the claim on its words after an edit above it', async () => {
    await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
    await wb.page.keyboard.press('Control+Home');
    await wb.page.keyboard.type('Updated story. ');
    await wb.waitForStatus(/^Ln 1, Col 16$/);
    // The claim's mark is the only decoration on "shillings" (not an entity): it must sit on the word.
    const word = await wb.wordBox('shillings');
    await wb.waitFor('the claim mark on "shillings" after the edit', async () => {
      const boxes = await wb.page.locator('.editor-group-container.active .view-overlays .cdr').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, width: r.width, y: r.y })));
      return boxes.some((b) => Math.abs(b.x - word.x) < 3 && Math.abs(b.width - word.width) < 4 && Math.abs(b.y - word.y) < 12);
    }, 10_000);
    await wb.screenshot('claim-follows-edit');
  });

  it('shows the claim in a hover card and edits its note in place', async () => {
    await wb.page.keyboard.press('Escape');
    const card = await wb.hover('shillings', /claim · unverified/);
    assert.match(card, /Check against the Treasury statement\./);
    await wb.page.locator('.monaco-hover a', { hasText: 'Edit note' }).first().click();
    const editor = await wb.waitForSelector('.review-widget .edit-container .monaco-editor');
    await editor.click();
    await wb.page.keyboard.press('Control+A');
    await wb.page.keyboard.type('Treasury figure confirmed by phone.');
    await wb.screenshot('claim-note-editing');
    await wb.page.locator('.review-widget .edit-container .monaco-text-button', { hasText: 'Save Note' }).first().click();
    const written = await wb.waitForFile(`${ARTICLE}.byline.yaml`, /note: .*Treasury figure confirmed by phone\./s);
    assert.ok(!written.includes('Check against the Treasury statement.'));
    await wb.waitFor('the saved note shown in place', async () => (await wb.page.locator('.review-widget .comment-body').allInnerTexts()).some((t) => t.includes('Treasury figure confirmed by phone.')));
    await wb.screenshot('claim-note-in-place');
  });

  it('groups the Claims view by label and filters it', async () => {
    await wb.runCommand('Byline: Group Claims by Label');
    await wb.openView('Byline', 'Claims');
    const rows = await wb.sidebarRows(/^claim\b/);
    assert.ok(rows.some((r) => /“shillings”/.test(r)), `claim rows: ${rows.join(' | ')}`);
    await wb.runCommand('Byline: Filter Claims…');
    await wb.answer('no-such-words');
    await wb.waitFor('the filter to hide the claim', async () => !(await wb.sidebarRows(/.*/)).some((r) => /“shillings”/.test(r)));
    await wb.runCommand('Byline: Clear Claim Filter');
    await wb.sidebarRows(/“shillings”/);
    await wb.screenshot('claims-by-label');
  });

  it('moves the sidecar with the article renamed in the Explorer', async () => {
    const renamed = `renamed_${ARTICLE}`;
    await wb.page.keyboard.press('Escape');
    await wb.page.keyboard.press('Control+Shift+E');
    const row = wb.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${ARTICLE}"]`).first();
    await row.waitFor();
    // The sidecar's row appears below the article's when the Explorer catches up: wait for it, so
    // the click cannot land on a row that is moving.
    await wb.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${ARTICLE}.byline.yaml"]`).first().waitFor();
    await row.click();
    await wb.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${ARTICLE}"][aria-selected="true"]`).first().waitFor();
    await wb.page.keyboard.press('F2');
    const input = wb.page.locator('.explorer-folders-view .monaco-inputbox input').first();
    await input.waitFor({ state: 'visible' });
    await input.fill(renamed);
    await wb.page.keyboard.press('Enter');
    await wb.waitForFile(`${renamed}.byline.yaml`, /Treasury figure confirmed by phone\./);
    await wb.waitFor('the old sidecar to be gone', () => !fs.existsSync(path.join(wb.workspace, `${ARTICLE}.byline.yaml`)));
    await wb.screenshot('claim-sidecar-moved');
  });

  it('reports a sidecar broken by hand in Problems and leaves it exactly as written', async () => {
    const sidecar = `renamed_${ARTICLE}.byline.yaml`;
    await wb.openFile(sidecar);
    await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
    await wb.page.keyboard.press('Control+End');
    await wb.page.keyboard.type('\n  - id: [unclosed\n');
    await wb.page.keyboard.press('Control+S');
    const written = await wb.waitForFile(sidecar, /id: \[unclosed/);
    await wb.page.keyboard.press('Control+Shift+M');
    await wb.waitFor('a Byline entry in Problems', async () => (await wb.page.locator('.markers-panel .monaco-list-row').allInnerTexts()).some((t) => /Byline/.test(t) && /fixed|flow|unclosed|expected/i.test(t)));
    await wb.screenshot('claim-sidecar-broken');
    // Tagging more claims in that article is refused, and the file stays as the analyst left it.
    await wb.openFile(`renamed_${ARTICLE}`);
    await wb.selectWord('shillings');
    await wb.runCommand('Byline: Tag Claim');
    await wb.answer();
    await wb.answer();
    await wb.answer();
    await wb.answer();
    await wb.answer();
    await wb.waitForNotification(/left as it is/);
    assert.equal(fs.readFileSync(path.join(wb.workspace, sidecar), 'utf8'), written);
  });
});
