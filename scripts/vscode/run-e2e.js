// `npm run test:e2e`: UI tests that drive the real VS Code (code-server) in Chromium, as a user would.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');
const { repoRoot } = require('./paths');

require('tsx/cjs');

async function main() {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  const mocha = new Mocha({ timeout: 180_000, reporter: 'spec' });
  const dir = path.join(repoRoot, 'test', 'e2e');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort()) mocha.addFile(path.join(dir, f));
  const started = Date.now();
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  console.log(`e2e: ${stats.passes} passed, ${stats.failures} failed (${((Date.now() - started) / 1000).toFixed(1)} s, Chromium + code-server); screenshots in test-results/screenshots/`);
  return stats.failures > 0 || stats.passes === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:e2e failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
