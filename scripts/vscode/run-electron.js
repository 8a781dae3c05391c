// `npm run test:electron`: the same integration suite in desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code (or have one: set BYLINE_VSCODE_EXECUTABLE to its binary).
// Without internet it says so and fails; `npm run test:integration` runs the suite in code-server.
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { buildIntegrationTests } = require('./build-tests');
const { repoRoot } = require('./paths');
const { samplesWorkspace, tempDir } = require('./workspace');

const VSCODE_VERSION = '1.100.3';
const { values: options } = parseArgs({ options: { grep: { type: 'string' } } });

async function main() {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  const { runTests } = require('@vscode/test-electron');
  const testsPath = await buildIntegrationTests();
  const resultsFile = path.join(tempDir('byline-electron-'), 'results.json');
  const started = Date.now();
  await runTests({
    ...(process.env.BYLINE_VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.BYLINE_VSCODE_EXECUTABLE } : { version: VSCODE_VERSION }),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsPath,
    launchArgs: [samplesWorkspace(), '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { BYLINE_TEST_RESULTS: resultsFile, ...(options.grep ? { BYLINE_TEST_GREP: options.grep } : {}) },
  });
  if (!fs.existsSync(resultsFile)) throw new Error('VS Code exited without the suite writing its results (did its run() fail to load?)');
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  console.log(`integration (desktop VS Code): ${results.passed} passed, ${results.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const f of results.failures) console.log(`  ✗ ${f.title}\n    ${f.error.split('\n').slice(0, 8).join('\n    ')}`);
  return results.failed > 0 || results.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const offline = /ENOTFOUND|EAI_AGAIN|getaddrinfo|ECONNREFUSED|ETIMEDOUT|ENETUNREACH/.test(String(error && (error.message || error)));
    console.error(
      offline
        ? `test:electron: desktop VS Code ${VSCODE_VERSION} cannot be downloaded here (no access to update.code.visualstudio.com: ${String(error.message || error).split('\n')[0]}).\n` +
            'Set BYLINE_VSCODE_EXECUTABLE to an installed VS Code binary, or run `npm run test:integration`, which runs the same suite in code-server.'
        : `test:electron failed: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  },
);
