import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';

/* eslint-disable @typescript-eslint/no-require-imports */
const { launchBrowser } = require('../../scripts/vscode/browser') as { launchBrowser(): Promise<Browser> };
const { startCodeServer, workbenchUrl } = require('../../scripts/vscode/code-server') as {
  startCodeServer(o: { workspace: string; home?: string; port?: number }): Promise<{ port: number; stop(): void }>;
  workbenchUrl(port: number, ws: string, ext: string, tests?: string): string;
};
const { samplesWorkspace } = require('../../scripts/vscode/workspace') as { samplesWorkspace(): string };
const { repoRoot, screenshotsDir } = require('../../scripts/vscode/paths') as { repoRoot: string; screenshotsDir: string };

export { screenshotsDir };

/** How long a wait for something on screen lasts by default (BYLINE_UI_WAIT_MS overrides it). */
export const UI_WAIT_MS = Number(process.env.BYLINE_UI_WAIT_MS) || 30_000;

const ACTIVE_EDITOR = '.editor-group-container.active .monaco-editor';

export interface OpenOptions {
  /** The extension to load; default: BYLINE_E2E_EXTENSION, else this repository (Byline). */
  extensionPath?: string;
  /** The folder to open; default: a throwaway copy of samples/. */
  workspace?: string;
  /** code-server's user data folder, kept afterwards (to reopen with the same storage); default: a throwaway one. */
  home?: string;
  /** The server's port; a reopened window finds its workspace storage again only on the same one. */
  port?: number;
}

/** What a user sees and does in the VS Code window: every wait is on a condition, never a sleep. */
export class Workbench {
  private constructor(readonly page: Page, readonly workspace: string, private readonly close: () => Promise<void>) {}

  /** Serves the folder with the extension loaded in code-server, and opens it in Chromium. */
  static async open(options: OpenOptions = {}): Promise<Workbench> {
    const workspace = options.workspace ?? samplesWorkspace();
    const extensionPath = options.extensionPath ?? process.env.BYLINE_E2E_EXTENSION ?? repoRoot;
    const server = await startCodeServer({ workspace, home: options.home, port: options.port });
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(workbenchUrl(server.port, workspace, extensionPath));
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      await page.waitForSelector('.part.statusbar', { timeout: 30_000 });
      const opened = browser;
      return new Workbench(page, workspace, async () => {
        await opened.close().catch(() => undefined);
        server.stop();
      });
    } catch (error) {
      await browser?.close().catch(() => undefined);
      server.stop();
      throw error;
    }
  }

  async dispose(): Promise<void> {
    await this.close();
  }

  /** Polls `probe` until it returns something truthy; fails naming `what` (and the last value seen). */
  async waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeout = UI_WAIT_MS): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
      await this.page.waitForTimeout(100);
    }
  }

  /** Waits until an element matching `selector` is visible and returns it. */
  async waitForSelector(selector: string, timeout = UI_WAIT_MS): Promise<Locator> {
    const element = this.page.locator(selector).first();
    await element.waitFor({ state: 'visible', timeout });
    return element;
  }

  /** Waits until a file of the workspace exists and its content matches. */
  async waitForFile(relativePath: string, pattern: RegExp, timeout = UI_WAIT_MS): Promise<string> {
    const file = path.join(this.workspace, relativePath);
    const read = () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
    try {
      return await this.waitFor(`${relativePath} to match ${pattern}`, () => {
        const text = read();
        return text !== undefined && pattern.test(text) && text;
      }, timeout);
    } catch (error) {
      throw new Error(`${(error as Error).message}; it holds: ${JSON.stringify(read()?.slice(0, 500) ?? '(no file)')}`);
    }
  }

  /** Opens a file through Quick Open, as a user would, and waits for its editor. */
  async openFile(name: string): Promise<void> {
    // The row of exactly that file, not one whose name merely starts the same (a sidecar).
    const exact = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const row = this.page.locator('.quick-input-widget .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exact }) }).first();
    // A file created a moment ago may not be in Quick Open's file list yet: ask again, as a user would.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+P');
      const input = this.page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.fill(name);
      try {
        await row.waitFor({ timeout: 10_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    // Move the keyboard focus onto that row and press Enter: a click can land on a list being redrawn.
    await this.waitFor(`the Quick Open row of ${name} to have the focus`, async () => {
      const names = await this.page.locator('.quick-input-widget .monaco-list-row').evaluateAll((els) =>
        els.map((e) => ({ name: e.querySelector('.label-name')?.textContent ?? '', focused: e.classList.contains('focused'), index: Number(e.getAttribute('data-index')) })),
      );
      const target = names.find((n) => exact.test(n.name));
      const focused = names.find((n) => n.focused);
      if (!target) return false;
      if (focused && focused.index === target.index) return true;
      await this.page.keyboard.press(focused && focused.index > target.index ? 'ArrowUp' : 'ArrowDown');
      return false;
    }, 10_000);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.editor-group-container.active .tab.active .label-name').filter({ hasText: exact }).first().waitFor({ timeout: 20_000 });
    await this.page.locator(`${ACTIVE_EDITOR} .view-line`).first().waitFor();
  }

  /** The text of the visible lines of the active editor (spaces as spaces, not the NBSPs drawn). */
  async editorLines(): Promise<string[]> {
    return (await this.page.locator(`${ACTIVE_EDITOR} .view-line`).allInnerTexts()).map((l) => l.replace(/\u00a0/g, ' '));
  }

  /** Waits for an editor tab whose title contains `title` and brings it to the front. */
  async focusTab(title: string, timeout = UI_WAIT_MS): Promise<void> {
    const tab = this.page.locator(`.tab[aria-label*="${title}"]`).first();
    await tab.waitFor({ state: 'visible', timeout });
    await tab.click();
    await this.page.locator(`.editor-group-container.active .tab.active[aria-label*="${title}"]`).waitFor({ timeout });
  }

  /** Runs a command from the palette (F1) by its title, e.g. "Byline: Show Article Info". */
  async runCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    // The palette can close again right after it opens (a widget closing behind it takes the focus
    // with it), or miss the key while the workbench is busy: it is opened afresh then.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      try {
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(`>${title}`, { timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 4) throw error;
      }
    }
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Answers the open quick pick or input box with `text` (empty: accept the default). */
  async answer(text = ''): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    const input = widget.locator('input');
    await input.waitFor({ state: 'visible' });
    const title = widget.locator('.quick-input-title');
    const asked = await title.innerText().catch(() => '');
    if (text) await input.fill(text);
    await this.page.keyboard.press('Enter');
    // The next prompt may reuse the widget: wait until this one is gone, so answers never cross.
    await this.waitFor(`the prompt "${asked}" to be answered`, async () => !(await widget.isVisible()) || (await title.innerText().catch(() => '')) !== asked);
  }

  /** Texts of the status bar items. */
  async statusBarTexts(): Promise<string[]> {
    return this.page.locator('.part.statusbar .statusbar-item').allInnerTexts();
  }

  /** Waits until some status bar item's text matches. */
  async waitForStatus(pattern: RegExp, timeout = UI_WAIT_MS): Promise<string> {
    try {
      return await this.waitFor(`a status bar item matching ${pattern}`, async () => (await this.statusBarTexts()).find((t) => pattern.test(t)), timeout);
    } catch {
      throw new Error(`no status bar item matched ${pattern}; saw: ${(await this.statusBarTexts()).join(' | ')}`);
    }
  }

  /**
   * Waits for the status bar item an extension created with `createStatusBarItem(id)` (its element id
   * ends with `.${id}`) and returns its text.
   */
  async statusItem(id: string, timeout = UI_WAIT_MS): Promise<string> {
    const item = this.page.locator(`.part.statusbar .statusbar-item[id$=".${id}"]`).first();
    await item.waitFor({ state: 'visible', timeout });
    return (await item.innerText()).trim();
  }

  /** The language mode shown in the status bar ("News Article", "Markdown", …). */
  async languageMode(timeout = UI_WAIT_MS): Promise<string> {
    return this.statusItem('editor.mode', timeout);
  }

  /** Waits until the status bar shows the language mode `mode` for the active editor. */
  async waitForLanguageMode(mode: string, timeout = UI_WAIT_MS): Promise<void> {
    let shown = '';
    try {
      await this.waitFor(`the ${mode} language mode`, async () => (shown = await this.languageMode(Math.min(timeout, 2000)).catch(() => '(none)')) === mode, timeout);
    } catch {
      throw new Error(`timed out waiting for the ${mode} language mode; the status bar shows "${shown}"`);
    }
  }

  /** Messages of the notification toasts on screen. */
  async notifications(): Promise<string[]> {
    return this.page.locator('.notification-toast .notification-list-item-message').allInnerTexts();
  }

  async waitForNotification(pattern: RegExp, timeout = UI_WAIT_MS): Promise<string> {
    return this.waitFor(`a notification matching ${pattern}`, async () => (await this.notifications()).find((t) => pattern.test(t)), timeout);
  }

  /** Number of range decorations in the active editor, by decoration class (`ced-…`). */
  async decorationClasses(): Promise<Map<string, number>> {
    const classes = await this.page.locator(`${ACTIVE_EDITOR} .view-overlays .cdr[class*="ced-"]`).evaluateAll((els) => els.map((e) => [...e.classList].find((c) => c.startsWith('ced-')) ?? ''));
    const counts = new Map<string, number>();
    for (const c of classes) counts.set(c, (counts.get(c) ?? 0) + 1);
    return counts;
  }

  /** Waits until the active editor shows range decorations of at least `minKinds` classes. */
  async waitForDecorations(minKinds: number, timeout = UI_WAIT_MS): Promise<Map<string, number>> {
    let counts = new Map<string, number>();
    try {
      return await this.waitFor(`decorations of ${minKinds} kinds`, async () => {
        counts = await this.decorationClasses();
        return counts.size >= minKinds && counts;
      }, timeout);
    } catch {
      throw new Error(`expected decorations of ${minKinds} kinds, saw ${counts.size}`);
    }
  }

  /** Where the first visible occurrence of `word` is drawn in the active editor. */
  async wordBox(word: string): Promise<{ x: number; y: number; width: number; height: number }> {
    // Plain words share one token span with their neighbours, so measure the word itself.
    const box = await this.page.waitForFunction(({ w, editor }) => {
      const guard = document.querySelector(`${editor} .overflow-guard`)?.getBoundingClientRect();
      if (!guard) return null;
      for (const line of document.querySelectorAll(`${editor} .view-line`)) {
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
    }, { w: word, editor: ACTIVE_EDITOR }, { timeout: 20_000 }).then((h) => h.jsonValue());
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

  /**
   * Shows a view: opens its container from the activity bar (by the container's title) unless the
   * view is already in the sidebar, and expands the view if it is collapsed.
   */
  async openView(container: string, view: string): Promise<void> {
    const header = this.page.locator(`.part.sidebar .pane-header[aria-label^="${view}"]`);
    if ((await header.count()) === 0) {
      const item = this.page.locator(`.activitybar .action-item a[aria-label^="${container}"]`);
      await item.waitFor();
      await item.click();
    }
    await header.first().waitFor({ state: 'attached' });
    if ((await header.first().getAttribute('aria-expanded')) === 'false') await header.first().click();
  }

  /**
   * Waits until some row of the sidebar's views (trees and lists) matches, and returns all row labels
   * (trimmed: VS Code's tree labels end with a space).
   */
  async sidebarRows(expected: RegExp, timeout = UI_WAIT_MS): Promise<string[]> {
    const rows = this.page.locator('.part.sidebar .pane-body .monaco-list-row');
    let labels: string[] = [];
    try {
      return await this.waitFor(`a sidebar row matching ${expected}`, async () => {
        labels = await rows.evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? '').trim()));
        return labels.some((l) => expected.test(l)) && labels;
      }, timeout);
    } catch {
      throw new Error(`no sidebar row matched ${expected}; saw: ${labels.join(' | ')}`);
    }
  }

  /** Opens Byline's Entities view and waits for a row matching `expected`; returns all row labels. */
  async entityRows(expected: RegExp, timeout = UI_WAIT_MS): Promise<string[]> {
    await this.openView('Byline', 'Entities');
    return this.sidebarRows(expected, timeout);
  }

  /** Saves a screenshot of the window as test-results/screenshots/<name>.png. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    const file = path.join(screenshotsDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}

/** Standard mocha wiring for a UI suite: one window for the suite, a screenshot of each failure. */
export function useWorkbench(options: OpenOptions = {}): () => Workbench {
  let wb: Workbench | undefined;
  before(async function () {
    this.timeout(120_000);
    wb = await Workbench.open(options);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await wb?.screenshot(`failed-${this.currentTest.title.replace(/\W+/g, '-')}`).catch(() => undefined);
  });
  after(async () => {
    await wb?.dispose();
  });
  return () => {
    if (!wb) throw new Error('the workbench did not open');
    return wb;
  };
}
