/**
 * Core as the extension and the CLI run it: one esbuild bundle with the settings of `esbuild.js`
 * (minified, Node 20). Timing the TypeScript sources through a loader instead adds the loader's
 * helpers to every function made at run time, about a third slower than what users get.
 */
import { buildSync } from 'esbuild';
import * as path from 'node:path';

type Core = typeof import('./core-entry');

let core: Core | undefined;

/** Bundles `core-entry.ts` into `.cache/bench/` once per process and loads it. */
export function bundledCore(): Core {
  if (core) return core;
  const repoRoot = path.resolve(__dirname, '..', '..');
  const outfile = path.join(repoRoot, '.cache', 'bench', 'core.js');
  buildSync({ entryPoints: [path.join(__dirname, 'core-entry.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, logLevel: 'warning' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  core = require(outfile) as Core;
  return core;
}
