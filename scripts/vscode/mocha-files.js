// Runs the mocha test files of one folder in this process (TypeScript through tsx) and prints a
// one-line count, so each runner says what it ran.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

require('tsx/cjs');

/** Runs `dir`'s files whose names match `pattern`; resolves to mocha's stats. */
async function runMochaFiles(dir, pattern, label, { grep, timeout = 240_000 } = {}) {
  const mocha = new Mocha({ timeout, reporter: 'spec', ...(grep ? { grep } : {}) });
  const files = fs.readdirSync(dir).filter((f) => pattern.test(f)).sort();
  if (files.length === 0) throw new Error(`${label}: no test files in ${dir}`);
  for (const f of files) mocha.addFile(path.join(dir, f));
  const started = Date.now();
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  const pending = stats.pending ? `, ${stats.pending} skipped` : '';
  console.log(`${label}: ${stats.passes} passed, ${stats.failures} failed${pending} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (stats.passes === 0 && stats.failures === 0) return { ...stats, failures: 1 };
  return stats;
}

module.exports = { runMochaFiles };
