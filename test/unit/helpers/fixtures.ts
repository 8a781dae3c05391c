import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
/** The real example articles, present beside the repository in CI but not in a bare clone. */
export const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
export const hasSeeds = existsSync(seedsDir);

/** Reads a fixture as text, exactly as stored (BOM and CRLF kept). */
export function readFixture(...parts: string[]): string {
  return readFileSync(path.join(fixturesDir, ...parts), 'utf8');
}
