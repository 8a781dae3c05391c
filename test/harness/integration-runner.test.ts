import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { brokenByline, repoRoot, runRunner, tempDir } from './broken-byline';

const testsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index');

describe('the integration runner', function () {
  this.timeout(240_000);

  before(function () {
    // The suites built by the run that called this one.
    if (!fs.existsSync(`${testsPath}.js`)) throw new Error(`${testsPath}.js is missing: run \`npm run test:integration\``);
  });

  it('exits non-zero when Byline\'s activation throws', async () => {
    const broken = brokenByline("exports.activate = () => { throw new Error('activation exploded'); };\n");
    const { code, output } = await runRunner('run-integration.js', ['--extension', broken, '--tests', testsPath, '--grep', 'activates without error']);
    assert.equal(code, 1, output);
    assert.match(output, /integration: 0 passed, 1 failed/);
    assert.match(output, /activation exploded/);
  });

  it('exits non-zero, without waiting for its timeout, when the suite crashes before writing results', async () => {
    const dir = tempDir('byline-crash-');
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'crash', publisher: 'test', version: '0.0.1', engines: { vscode: '^1.100.0' }, main: './extension.js' }));
    fs.writeFileSync(path.join(dir, 'extension.js'), 'exports.activate = () => {};\n');
    fs.writeFileSync(path.join(dir, 'suite.js'), "exports.run = async () => { throw new Error('the suite itself crashed'); };\n");
    const { code, output } = await runRunner('run-integration.js', ['--extension', dir, '--tests', path.join(dir, 'suite')]);
    assert.equal(code, 1, output);
    assert.match(output, /exited without writing results/);
    assert.match(output, /the suite itself crashed/);
  });
});
