import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers/fixtures';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('layering', () => {
  it('keeps src/core free of vscode and of the extension and CLI layers', () => {
    const core = path.join(repoRoot, 'src', 'core');
    const offenders = sourceFiles(core).flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec === 'vscode' || /(?:^|\/)(?:extension|cli)(?:\/|$)/.test(path.relative(core, path.resolve(path.dirname(file), spec))) && spec.startsWith('.'))
        .map((spec) => `${path.relative(repoRoot, file)} imports ${spec}`),
    );
    assert.deepEqual(offenders, []);
  });

  it('keeps the CLI free of vscode and of the extension', () => {
    const cli = path.join(repoRoot, 'src', 'cli');
    const offenders = sourceFiles(cli).flatMap((file) =>
      importsOf(file).filter((spec) => spec === 'vscode' || spec.includes('/extension/')).map((spec) => `${path.relative(repoRoot, file)} imports ${spec}`),
    );
    assert.deepEqual(offenders, []);
  });
});
