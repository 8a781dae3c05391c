// Builds deliberately broken copies of Byline in a temp folder and runs the real test runners on them,
// so the harness tests can check that a broken extension makes `npm test` fail.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/* eslint-disable @typescript-eslint/no-require-imports */
const { tempDir } = require('../../scripts/vscode/workspace') as { tempDir(prefix: string): string };

export const repoRoot = path.resolve(__dirname, '..', '..');
export { tempDir };

/**
 * A copy of Byline's manifest (same name, languages, commands) with `extensionJs` as its
 * dist/extension.js, so Byline's own suites run against it unchanged.
 */
export function brokenByline(extensionJs: string): string {
  const dir = tempDir('byline-broken-');
  fs.copyFileSync(path.join(repoRoot, 'package.json'), path.join(dir, 'package.json'));
  for (const folder of ['syntaxes', 'media']) fs.cpSync(path.join(repoRoot, folder), path.join(dir, folder), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.writeFileSync(path.join(dir, 'dist', 'extension.js'), extensionJs);
  return dir;
}

export interface RunnerOutcome {
  code: number | null;
  output: string;
}

/**
 * Runs `node scripts/vscode/<script> args…` and collects its exit code and output. Its screenshots go
 * to a temp folder, so they never mix with those of the real run.
 */
export function runRunner(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunnerOutcome> {
  const screenshots = tempDir('byline-harness-shots-');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'vscode', script), ...args], {
      cwd: repoRoot,
      env: { ...process.env, BYLINE_SCREENSHOTS_DIR: screenshots, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
