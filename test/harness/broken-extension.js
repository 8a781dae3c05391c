// The harness must turn a broken extension into a failing run. This builds one whose activation
// throws, with a suite that asserts activation works, runs it, and reports whether it was caught.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runExtensionSuite } = require('../../scripts/vscode/run-suite');

async function checkBrokenExtensionFails() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-broken-'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'broken', publisher: 'test', version: '0.0.1', engines: { vscode: '^1.100.0' }, main: './extension.js', activationEvents: ['onStartupFinished'] }));
  fs.writeFileSync(path.join(dir, 'extension.js'), "exports.activate = () => { throw new Error('activation exploded'); };\n");
  fs.writeFileSync(
    path.join(dir, 'suite.js'),
    `const vscode = require('vscode');
const fs = require('fs');
exports.run = async () => {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'broken');
  let failures = [];
  try { await ext.activate(); } catch (e) { failures.push({ title: 'activates', error: String(e) }); }
  fs.writeFileSync(process.env.BYLINE_TEST_RESULTS, JSON.stringify({ passed: failures.length ? 0 : 1, failed: failures.length, failures }));
};
`,
  );
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-broken-ws-'));
  const results = await runExtensionSuite({ extensionPath: dir, testsPath: path.join(dir, 'suite'), workspace, timeoutMs: 120_000 });
  const ok = results.failed > 0;
  return { ok, message: ok ? `a broken extension was caught (${results.failures[0].error.split('\n')[0]})` : 'a broken extension passed: the harness cannot be trusted' };
}

module.exports = { checkBrokenExtensionFails };
