// `npm run test:integration`: the integration suite inside a real VS Code (code-server), with a look
// at the live window while the suite holds it, then the harness's own tests (test/harness/), which
// prove that a broken extension makes this command fail.
//
// Options (after `--`): --grep <text> runs only matching tests; --extension <dir> and --tests <module>
// run another extension or suite (used by the harness tests); --no-self-test skips test/harness/.
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { buildIntegrationTests } = require('./build-tests');
const { runMochaFiles } = require('./mocha-files');
const { repoRoot, screenshotsDir } = require('./paths');
const { runExtensionSuite } = require('./run-suite');
const { samplesWorkspace } = require('./workspace');

const { values: options } = parseArgs({
  options: {
    grep: { type: 'string' },
    extension: { type: 'string' },
    tests: { type: 'string' },
    workspace: { type: 'string' },
    'no-self-test': { type: 'boolean', default: false },
  },
});

/** What the suite's checkpoint lets us see: Byline's decorations and status item on screen. */
async function checkLiveWindow(page) {
  await page.screenshot({ path: path.join(screenshotsDir, 'integration-live.png') });
  const title = await page.title();
  if (!title.includes('[Extension Development Host]')) throw new Error(`window title "${title}" does not say [Extension Development Host]`);
  await page.locator('.monaco-editor .view-overlays .cdr[class*="ced-"]').first().waitFor({ state: 'attached', timeout: 20_000 });
  await page.locator('.part.statusbar .statusbar-item[id$=".byline.article"]').first().waitFor({ timeout: 20_000 });
}

async function main() {
  const extensionPath = path.resolve(options.extension ?? repoRoot);
  if (!options.extension && !fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  fs.mkdirSync(screenshotsDir, { recursive: true });
  for (const f of fs.readdirSync(screenshotsDir).filter((f) => f.startsWith('integration-'))) fs.rmSync(path.join(screenshotsDir, f));
  const testsPath = options.tests ? path.resolve(options.tests) : await buildIntegrationTests();
  const started = Date.now();
  const results = await runExtensionSuite({
    extensionPath,
    testsPath,
    workspace: options.workspace ? path.resolve(options.workspace) : samplesWorkspace(),
    screenshot: path.join(screenshotsDir, 'integration-end.png'),
    onReady: options.extension ? undefined : checkLiveWindow,
    env: options.grep ? { BYLINE_TEST_GREP: options.grep } : {},
  });
  const pending = results.pending ? `, ${results.pending} skipped` : '';
  console.log(`integration: ${results.passed} passed, ${results.failed} failed${pending} (${((Date.now() - started) / 1000).toFixed(1)} s, in the extension host of code-server)`);
  for (const f of results.failures) console.log(`  ✗ ${f.title}\n    ${f.error.split('\n').slice(0, 8).join('\n    ')}`);
  if (results.failed > 0) return 1;
  if (results.passed === 0) {
    console.log('integration: no test ran');
    return 1;
  }
  if (options['no-self-test'] || options.extension || options.tests || options.grep) return 0;
  const harness = await runMochaFiles(path.join(repoRoot, 'test', 'harness'), /^integration-.*\.test\.ts$/, 'harness self-test (integration runner)');
  return harness.failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:integration failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
