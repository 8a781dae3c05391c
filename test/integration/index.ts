// Entry point loaded by the extension host (`extensionTestsPath`). Runs the mocha suites in the host
// and writes their results to the file named by BYLINE_TEST_RESULTS, since the host's exit code does
// not reflect failures. Every `*.test.ts` in this folder is a suite: build-tests.js bundles them all
// and lists their names in BYLINE_INTEGRATION_SUITES. BYLINE_TEST_GREP runs only matching tests.
import { renameSync, writeFileSync } from 'node:fs';
import Mocha from 'mocha';

declare const BYLINE_INTEGRATION_SUITES: string[];

// Failures then point at test/integration/*.test.ts lines rather than the bundle's.
process.setSourceMapsEnabled(true);

interface Failure {
  title: string;
  error: string;
}

interface Results {
  passed: number;
  failed: number;
  pending: number;
  failures: Failure[];
}

function describeError(err: unknown): string {
  return (err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err)).slice(0, 4000);
}

function writeResults(results: Results): void {
  const file = process.env.BYLINE_TEST_RESULTS;
  if (!file) return;
  // Written whole, then renamed: the harness polls for this file and must never see half of it.
  writeFileSync(`${file}.partial`, JSON.stringify(results, null, 2));
  renameSync(`${file}.partial`, file);
}

async function runSuites(): Promise<Results> {
  const grep = process.env.BYLINE_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, ...(grep ? { grep } : {}) });
  // Suites are bundled into this file; install mocha's globals, then evaluate them.
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  for (const name of BYLINE_INTEGRATION_SUITES) require(`./${name}.test.ts`);
  const results: Results = { passed: 0, failed: 0, pending: 0, failures: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => {
      results.passed++;
      console.log(`  ✓ ${test.fullTitle()}`);
    });
    runner.on('pending', () => results.pending++);
    runner.on('fail', (test, err: unknown) => {
      results.failed++;
      results.failures.push({ title: test.fullTitle(), error: describeError(err) });
      console.log(`  ✗ ${test.fullTitle()}: ${err instanceof Error ? err.message : String(err)}`);
    });
  });
  return results;
}

export async function run(): Promise<void> {
  let results: Results;
  try {
    results = await runSuites();
  } catch (err) {
    // A suite that fails to load must still fail the run, not end it silently.
    results = { passed: 0, failed: 1, pending: 0, failures: [{ title: 'loading the integration suites', error: describeError(err) }] };
  }
  writeResults(results);
}
