// `npm run test:electron`: the same integration suite in desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code. Here (no internet) it says so and fails.
const fs = require('node:fs');
const path = require('node:path');
const { buildIntegrationTests } = require('./build-tests');
const { repoRoot } = require('./paths');
const { samplesWorkspace } = require('./workspace');

async function main() {
  const { runTests } = require('@vscode/test-electron');
  const testsPath = await buildIntegrationTests();
  const resultsFile = path.join(repoRoot, 'test-results', 'electron-results.json');
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsPath,
    launchArgs: [samplesWorkspace(), '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { BYLINE_TEST_RESULTS: resultsFile },
  });
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  console.log(`integration (desktop VS Code): ${results.passed} passed, ${results.failed} failed`);
  return results.failed > 0 || results.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const offline = /ENOTFOUND|EAI_AGAIN|getaddrinfo|ECONNREFUSED/.test(String(error && (error.message || error)));
    console.error(offline
      ? 'test:electron: desktop VS Code cannot be downloaded here (no access to update.code.visualstudio.com). Use `npm run test:integration`, which runs the same suite in code-server.'
      : `test:electron failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
