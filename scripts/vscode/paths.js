// Where the local VS Code (code-server) lives and which version: shared by setup, start and tests.
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const CODE_SERVER_VERSION = '4.100.3';
const toolsDir = path.join(repoRoot, '.tools', 'code-server');
const codeServerDir = path.join(toolsDir, 'node_modules', 'code-server');

module.exports = {
  repoRoot,
  CODE_SERVER_VERSION,
  toolsDir,
  codeServerDir,
  vscodeDir: path.join(codeServerDir, 'lib', 'vscode'),
  entry: path.join(codeServerDir, 'out', 'node', 'entry.js'),
  marker: path.join(toolsDir, `.ready-${CODE_SERVER_VERSION}`),
  chromium: process.env.BYLINE_CHROMIUM || '/usr/bin/chromium',
  resultsDir: path.join(repoRoot, 'test-results'),
};
