import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';

/* eslint-disable @typescript-eslint/no-require-imports */
const { launchBrowser } = require('../../scripts/vscode/browser') as { launchBrowser(): Promise<Browser> };
const { startCodeServer, workbenchUrl } = require('../../scripts/vscode/code-server') as {
  startCodeServer(o: { workspace: string }): Promise<{ port: number; stop(): void }>;
  workbenchUrl(port: number, ws: string, ext: string, tests?: string): string;
};
const { samplesWorkspace } = require('../../scripts/vscode/workspace') as { samplesWorkspace(): string };
const { repoRoot, resultsDir } = require('../../scripts/vscode/paths') as { repoRoot: string; resultsDir: string };

export const screenshotsDir = path.join(resultsDir, 'screenshots');

/** What a user sees and does in the VS Code window: every wait is on a condition, never a sleep. */
export class Workbench {
  private constructor(readonly page: Page, readonly workspace: string, private readonly close: () => Promise<void>) {}

  /** Serves the samples (a temp copy) with Byline loaded, and opens them in Chromium. */
  static async open(): Promise<Workbench> {
    const workspace = samplesWorkspace();
    const server = await startCodeServer({ workspace });
    const browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(workbenchUrl(server.port, workspace, repoRoot));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.part.statusbar', { timeout: 30_000 });
    return new Workbench(page, workspace, async () => {
      await browser.close().catch(() => undefined);
      server.stop();
    });
  }

  async dispose(): Promise<void> {
    await this.close();
  }

  /** Opens a file through Quick Open, as a user would, and waits for its editor. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(name);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tab.active[aria-label*="${name}"]`).waitFor({ timeout: 20_000 });
    await this.page.locator('.monaco-editor .view-line').first().waitFor();
  }

  /** Runs a command from the palette by its title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Texts of the status bar items. */
  async statusBarTexts(): Promise<string[]> {
    return this.page.locator('.part.statusbar .statusbar-item').allInnerTexts();
  }

  /** Waits until some status bar item's text matches. */
  async waitForStatus(pattern: RegExp, timeout = 30_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const match = (await this.statusBarTexts()).find((t) => pattern.test(t));
      if (match) return match;
      if (Date.now() > deadline) throw new Error(`no status bar item matched ${pattern}; saw: ${(await this.statusBarTexts()).join(' | ')}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Number of range decorations in the visible editor, by decoration class. */
  async decorationClasses(): Promise<Map<string, number>> {
    const classes = await this.page.locator('.monaco-editor .view-overlays .cdr[class*="ced-"]').evaluateAll((els) => els.map((e) => [...e.classList].find((c) => c.startsWith('ced-')) ?? ''));
    const counts = new Map<string, number>();
    for (const c of classes) counts.set(c, (counts.get(c) ?? 0) + 1);
    return counts;
  }

  async waitForDecorations(minKinds: number, timeout = 30_000): Promise<Map<string, number>> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const counts = await this.decorationClasses();
      if (counts.size >= minKinds) return counts;
      if (Date.now() > deadline) throw new Error(`expected decorations of ${minKinds} kinds, saw ${counts.size}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Where the first visible occurrence of `word` is drawn in the active editor. */
  async wordBox(word: string): Promise<{ x: number; y: number; width: number; height: number }> {
    // Plain words share one token span with their neighbours, so measure the word itself.
    const box = await this.page.waitForFunction((w) => {
      const guard = document.querySelector('.editor-group-container.active .monaco-editor .overflow-guard')?.getBoundingClientRect();
      if (!guard) return null;
      for (const line of document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.textContent ?? '').indexOf(w);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + w.length);
          const r = range.getBoundingClientRect();
          // Only an occurrence inside the visible editor can be pointed at.
          if (r.x >= guard.x && r.right <= guard.right - 120 && r.y >= guard.y && r.bottom <= guard.bottom) return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
      }
      return null;
    }, word, { timeout: 20_000 }).then((h) => h.jsonValue());
    if (!box) throw new Error(`"${word}" is not on screen`);
    return box;
  }

  /** Moves the mouse onto the first occurrence of `word` in the editor and returns the hover's text. */
  async hover(word: string, expected?: RegExp): Promise<string> {
    const box = await this.wordBox(word);
    const hover = this.page.locator('.monaco-hover .hover-contents');
    for (let attempt = 0; attempt < 5; attempt++) {
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + attempt);
      try {
        await hover.first().waitFor({ state: 'visible', timeout: 4000 });
        const text = (await hover.allInnerTexts()).join('\n');
        if (!expected || expected.test(text)) return text;
      } catch {
        // Not shown yet: move away and back.
      }
      await this.page.mouse.move(5, 5);
    }
    throw new Error(`no hover${expected ? ` matching ${expected}` : ''} appeared over "${word}"`);
  }

  /** Selects a word by double-clicking it, as a user would. */
  async selectWord(word: string): Promise<void> {
    const box = await this.wordBox(word);
    await this.page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Answers the open quick pick or input box with `text` (empty: accept the default). */
  async answer(text = ''): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    if (text) await input.fill(text);
    await this.page.keyboard.press('Enter');
  }

  /** Rows of the sidebar views (Entities, Claims) whose label matches. */
  async sidebarRows(expected: RegExp, timeout = 30_000): Promise<string[]> {
    const rows = this.page.locator('.part.sidebar .pane-body .monaco-list-row');
    const deadline = Date.now() + timeout;
    for (;;) {
      const labels = await rows.evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? '').trim()));
      if (labels.some((l) => expected.test(l))) return labels;
      if (Date.now() > deadline) throw new Error(`no sidebar row matched ${expected}; saw: ${labels.join(' | ')}`);
      await this.page.waitForTimeout(150);
    }
  }

  /** Opens the Byline view container from the activity bar and returns the rows of the Entities view. */
  async entityRows(expected: RegExp, timeout = 30_000): Promise<string[]> {
    const item = this.page.locator('.activitybar .action-item a[aria-label^="Byline"]');
    await item.waitFor();
    // The view's header is hidden when it is alone in its container, so ask whether it is attached.
    if ((await this.page.locator('.part.sidebar .pane-header[aria-label^="Entities"]').count()) === 0) await item.click();
    // With a single view in the container VS Code hides its header, so look for the view's body.
    const header = this.page.locator('.pane-header[aria-label^="Entities"]');
    await header.waitFor({ state: 'attached' });
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    const rows = this.page.locator('.part.sidebar .pane-body .monaco-list-row');
    const deadline = Date.now() + timeout;
    for (;;) {
      const labels = await rows.evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? '').trim()));
      if (labels.some((l) => expected.test(l))) return labels;
      if (Date.now() > deadline) throw new Error(`no Entities row matched ${expected}; saw: ${labels.join(' | ')}`);
      await this.page.waitForTimeout(150);
    }
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    const file = path.join(screenshotsDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}
