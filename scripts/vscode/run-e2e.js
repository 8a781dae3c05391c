// `npm run test:e2e`: UI tests (test/e2e/*.test.ts) that drive the real VS Code (code-server) in
// Chromium as a user would, then the harness's own UI test (test/harness/e2e-*.test.ts), which proves
// that a Byline showing nothing makes this command fail. Screenshots go to test-results/screenshots/.
//
// Options (after `--`): --grep <text> runs only matching tests; --extension <dir> loads another
// extension instead of Byline (used by the harness test); --no-self-test skips test/harness/.
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { runMochaFiles } = require('./mocha-files');
const { repoRoot, screenshotsDir } = require('./paths');

const { values: options } = parseArgs({
  options: {
    grep: { type: 'string' },
    extension: { type: 'string' },
    'no-self-test': { type: 'boolean', default: false },
  },
});

async function main() {
  if (options.extension) process.env.BYLINE_E2E_EXTENSION = path.resolve(options.extension);
  else if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  fs.mkdirSync(screenshotsDir, { recursive: true });
  // Screenshots of failures from an earlier run would be misleading.
  for (const f of fs.readdirSync(screenshotsDir).filter((f) => f.startsWith('failed-'))) fs.rmSync(path.join(screenshotsDir, f));
  const e2e = await runMochaFiles(path.join(repoRoot, 'test', 'e2e'), /\.test\.ts$/, 'e2e (Chromium + code-server)', { grep: options.grep });
  const shots = fs.readdirSync(screenshotsDir).filter((f) => f.endsWith('.png') && !f.startsWith('integration-')).length;
  console.log(`e2e: ${shots} screenshots in ${path.relative(process.cwd(), screenshotsDir) || '.'}/`);
  if (e2e.failures > 0) return 1;
  if (options['no-self-test'] || options.extension || options.grep) return 0;
  const harness = await runMochaFiles(path.join(repoRoot, 'test', 'harness'), /^e2e-.*\.test\.ts$/, 'harness self-test (UI runner)');
  return harness.failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:e2e failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
