// Bundles the integration suites so the extension host can load them: one CommonJS file holding
// index.ts and every test/integration/*.test.ts (listed for index.ts in BYLINE_INTEGRATION_SUITES),
// with `vscode` and `mocha` left to the host and node_modules.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { repoRoot } = require('./paths');

const sourceDir = path.join(repoRoot, 'test', 'integration');
const outDir = path.join(repoRoot, 'out', 'test', 'integration');

/** Builds the suite; returns the module path to pass as `extensionTestsPath` (no `.js`). */
async function buildIntegrationTests() {
  const suites = fs
    .readdirSync(sourceDir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort()
    .map((f) => f.slice(0, -'.test.ts'.length));
  if (suites.length === 0) throw new Error(`no *.test.ts in ${path.relative(repoRoot, sourceDir)}`);
  await esbuild.build({
    entryPoints: [path.join(sourceDir, 'index.ts')],
    outfile: path.join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    supported: { 'regexp-unicode-property-escapes': true },
    external: ['vscode', 'mocha'],
    define: { BYLINE_INTEGRATION_SUITES: JSON.stringify(suites) },
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(outDir, 'index');
}

module.exports = { buildIntegrationTests };
