// Entry point loaded by the extension host (`extensionTestsPath`). Runs the mocha suites in the host
// and writes their results to the file named by BYLINE_TEST_RESULTS, since the host's exit code does
// not reflect failures.
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

interface Failure {
  title: string;
  error: string;
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  // Suites are bundled into this file; install mocha's globals, then evaluate them.
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  require('./extension.test');
  require('./claims.test');
  const failures: Failure[] = [];
  let passed = 0;
  const resultsFile = process.env.BYLINE_TEST_RESULTS;
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => {
      passed++;
      console.log(`  ✓ ${test.fullTitle()}`);
    });
    runner.on('fail', (test, err: Error) => {
      failures.push({ title: test.fullTitle(), error: `${err.message}\n${err.stack ?? ''}`.slice(0, 4000) });
      console.log(`  ✗ ${test.fullTitle()}: ${err.message}`);
    });
  });
  const results = { passed, failed: failures.length, failures };
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(results, null, 2));
}
