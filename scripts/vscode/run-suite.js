// Runs one extension-host test suite in code-server: opens the workbench with the extension under
// development and its tests, then waits for the results file the suite writes (the host exits with
// 0 even when tests throw, so the file is the only truth).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { launchBrowser } = require('./browser');
const { startCodeServer, workbenchUrl } = require('./code-server');

const HOST_EXITED = /Extension Host Process exited with code/g;
// Noise of an offline code-server: the marketplace, a missing proprietary module, 404s.
const NOISE = /ENOTFOUND|ERR_NAME_NOT_RESOLVED|vsda|404|Failed to load resource/;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const countExits = (output) => (output.match(HOST_EXITED) ?? []).length;

/** Parses the results file; the suite writes it atomically, but allow a moment for a slow disk. */
async function readResults(file) {
  for (let attempt = 0; ; attempt++) {
    try {
      const results = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (typeof results.passed === 'number' && typeof results.failed === 'number') return { failures: [], ...results };
      throw new Error('results file has no counts');
    } catch (error) {
      if (attempt >= 50) return { passed: 0, failed: 1, failures: [{ title: 'suite', error: `unreadable results file ${file}: ${error.message}` }] };
      await sleep(100);
    }
  }
}

/**
 * Returns `{passed, failed, pending, failures}`. `onReady(page)` runs while the suite holds the
 * window open (the suite writes a "ready" file and waits for "go"), for UI checks of live state.
 * A suite that ends without writing results (its `run()` threw, or did not load) fails at once
 * rather than at the timeout, with the errors the extension host logged.
 */
async function runExtensionSuite({ extensionPath, testsPath, workspace, timeoutMs = 300_000, screenshot, onReady, env = {} }) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-suite-'));
  const resultsFile = path.join(scratch, 'results.json');
  const readyFile = path.join(scratch, 'ready');
  const goFile = path.join(scratch, 'go');
  const server = await startCodeServer({ workspace, env: { BYLINE_TEST_RESULTS: resultsFile, BYLINE_TEST_READY: readyFile, BYLINE_TEST_GO: goFile, ...env } });
  let browser;
  const errors = [];
  const fail = (error) => ({ passed: 0, failed: 1, pending: 0, failures: [{ title: 'suite', error }] });
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' && !NOISE.test(m.text())) errors.push(m.text().replace(/%c\s*ERR\s*color: #f33\s*/, '').slice(0, 600));
    });
    const exitsBefore = countExits(server.output());
    await page.goto(workbenchUrl(server.port, workspace, extensionPath, testsPath));
    const deadline = Date.now() + timeoutMs;
    let readyHandled = false;
    let liveFailure;
    let hostGoneAt;
    const shoot = () => (screenshot ? page.screenshot({ path: screenshot }).catch(() => undefined) : undefined);
    while (!fs.existsSync(resultsFile)) {
      if (!readyHandled && fs.existsSync(readyFile)) {
        readyHandled = true;
        try {
          if (onReady) await onReady(page);
        } catch (error) {
          liveFailure = { title: 'live UI check while the suite held the window', error: error instanceof Error ? error.stack ?? error.message : String(error) };
        } finally {
          fs.writeFileSync(goFile, 'go');
        }
      }
      if (hostGoneAt === undefined && countExits(server.output()) > exitsBefore) hostGoneAt = Date.now();
      if (hostGoneAt !== undefined && Date.now() - hostGoneAt > 3000) {
        await shoot();
        return fail(`the extension host exited without writing results (did the suite's run() throw or fail to load?)\n${errors.slice(-5).join('\n') || server.output().slice(-2000)}`);
      }
      if (server.exited()) return fail(`code-server exited while the suite ran:\n${server.output().slice(-2000)}`);
      if (Date.now() > deadline) {
        await shoot();
        return fail(`no results within ${timeoutMs / 1000} s\n${errors.slice(-5).join('\n')}\n${server.output().slice(-2000)}`);
      }
      await sleep(250);
    }
    const results = await readResults(resultsFile);
    await shoot();
    if (liveFailure) return { ...results, failed: results.failed + 1, failures: [...results.failures, liveFailure] };
    return results;
  } finally {
    await browser?.close().catch(() => undefined);
    server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

module.exports = { runExtensionSuite };
