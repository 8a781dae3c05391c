// `npm run test:integration`: the integration suite inside a real VS Code (code-server), then the
// harness's own check that a broken extension makes it fail.
const fs = require('node:fs');
const path = require('node:path');
const { buildIntegrationTests } = require('./build-tests');
const { repoRoot, resultsDir } = require('./paths');
const { runExtensionSuite } = require('./run-suite');
const { samplesWorkspace } = require('./workspace');
const { checkBrokenExtensionFails } = require('../../test/harness/broken-extension');

async function main() {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  const shots = path.join(resultsDir, 'screenshots');
  fs.mkdirSync(shots, { recursive: true });
  const testsPath = await buildIntegrationTests();
  const started = Date.now();
  const results = await runExtensionSuite({
    extensionPath: repoRoot,
    testsPath,
    workspace: samplesWorkspace(),
    screenshot: path.join(shots, 'integration-end.png'),
    onReady: (page) => page.screenshot({ path: path.join(shots, 'integration-live.png') }),
  });
  console.log(`integration: ${results.passed} passed, ${results.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s, in code-server)`);
  for (const f of results.failures) console.log(`  ✗ ${f.title}\n    ${f.error.split('\n').slice(0, 6).join('\n    ')}`);
  if (results.failed > 0 || results.passed === 0) return 1;
  const caught = await checkBrokenExtensionFails();
  console.log(`harness self-test: ${caught.message}`);
  return caught.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:integration failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
