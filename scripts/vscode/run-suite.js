// Runs one extension-host test suite in code-server: opens the workbench with the extension under
// development and its tests, then waits for the results file the suite writes (the host exits with
// 0 even when tests throw, so the file is the only truth).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { launchBrowser } = require('./browser');
const { startCodeServer, workbenchUrl } = require('./code-server');

/**
 * Returns `{passed, failed, failures, timedOut}`. `onReady(page)` runs while the suite holds the
 * window open (the suite writes a "ready" file and waits for "go"), for UI checks of live state.
 */
async function runExtensionSuite({ extensionPath, testsPath, workspace, timeoutMs = 240_000, screenshot, onReady, env = {} }) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-suite-'));
  const resultsFile = path.join(scratch, 'results.json');
  const readyFile = path.join(scratch, 'ready');
  const goFile = path.join(scratch, 'go');
  const server = await startCodeServer({ workspace, env: { BYLINE_TEST_RESULTS: resultsFile, BYLINE_TEST_READY: readyFile, BYLINE_TEST_GO: goFile, ...env } });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(workbenchUrl(server.port, workspace, extensionPath, testsPath));
    const deadline = Date.now() + timeoutMs;
    let readyHandled = false;
    while (!fs.existsSync(resultsFile)) {
      if (!readyHandled && fs.existsSync(readyFile)) {
        readyHandled = true;
        try {
          if (onReady) await onReady(page);
        } finally {
          fs.writeFileSync(goFile, 'go');
        }
      }
      if (Date.now() > deadline) {
        if (screenshot) await page.screenshot({ path: screenshot }).catch(() => undefined);
        return { passed: 0, failed: 1, failures: [{ title: 'suite', error: `no results within ${timeoutMs / 1000} s\n${server.output().slice(-2000)}` }], timedOut: true };
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    // The host may still be writing: read until the JSON is complete.
    for (;;) {
      try {
        const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
        if (screenshot) await page.screenshot({ path: screenshot }).catch(() => undefined);
        return results;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
  }
}

module.exports = { runExtensionSuite };
