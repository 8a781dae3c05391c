// Bundles the integration suites so the extension host can load them: one CommonJS file per entry,
// with `vscode` and `mocha` left to the host and node_modules.
const esbuild = require('esbuild');
const path = require('node:path');
const { repoRoot } = require('./paths');

async function buildIntegrationTests() {
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'integration', 'index.ts')],
    outfile: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(repoRoot, 'out', 'test', 'integration', 'index');
}

module.exports = { buildIntegrationTests };
