/**
 * Runs a timing script as the product runs the core: bundled by esbuild with the settings of
 * `esbuild.js` (minified, Node 20) and started in a plain Node process, as `dist/cli.js` and the
 * extension's workers are. In the benchmark runner's own process, whose TypeScript loader compiled the
 * caller, the same bundled core ran about a fifth slower (and `compromise` about 7% slower).
 */
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/** Bundles `entry` into `.cache/bench/` (two levels below the repository root, as `__dirname`-relative paths in it expect) and runs it. */
export function runInPlainNode(entry: string): void {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const outfile = path.join(repoRoot, '.cache', 'bench', `${path.basename(entry, '.ts')}.js`);
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, minify: true, external: ['compromise'], logLevel: 'warning' });
  const result = spawnSync(process.execPath, [outfile], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`${path.basename(entry)} failed (exit ${result.status ?? result.signal})`);
}
