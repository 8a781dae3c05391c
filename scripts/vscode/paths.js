// Where the local VS Code (code-server) lives and which version: shared by setup, start and tests.
// BYLINE_TOOLS_DIR moves the install (e.g. to time a cold setup); BYLINE_CHROMIUM names another browser.
const path = require('node:path');

const repoRoot = path.resolve(__dirname, '..', '..');
const CODE_SERVER_VERSION = '4.100.3';
const toolsDir = process.env.BYLINE_TOOLS_DIR ? path.resolve(process.env.BYLINE_TOOLS_DIR) : path.join(repoRoot, '.tools', 'code-server');
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
  // The harness's own tests send the screenshots of their deliberately failing runs elsewhere.
  screenshotsDir: process.env.BYLINE_SCREENSHOTS_DIR ? path.resolve(process.env.BYLINE_SCREENSHOTS_DIR) : path.join(repoRoot, 'test-results', 'screenshots'),
};
