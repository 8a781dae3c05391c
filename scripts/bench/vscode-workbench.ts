/**
 * For benchmarks that drive the real VS Code (code-server in Chromium): the UI test's Workbench,
 * or undefined (with a note printed) when the build or code-server is missing. Loaded on demand so
 * the other benchmarks run without the browser tooling.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '..', '..');

export type WorkbenchClass = (typeof import('../../test/e2e/workbench'))['Workbench'];

export async function loadWorkbench(): Promise<WorkbenchClass | undefined> {
  const ready = existsSync(path.join(repo, 'dist', 'extension.js')) && existsSync(path.join(repo, '.tools', 'code-server'));
  if (!ready) {
    console.log('skipped: needs `npm run build` and `npm run setup:vscode` (code-server and Chromium)');
    return undefined;
  }
  return (await import('../../test/e2e/workbench')).Workbench;
}
