import * as assert from 'node:assert/strict';
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
});
