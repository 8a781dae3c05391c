import * as vscode from 'vscode';

/** How long after a `.byline` folder appears its files are read once more. */
const LATE_FILE_DELAY_MS = 750;

/**
 * Watches a workspace-relative file under `.byline/` (e.g. `.byline/labels.yaml`) and calls
 * `onChange` with its uri when it is created, changed or deleted. A file written straight after its
 * folder was created can slip past the recursive file watcher, which starts watching the new folder
 * only after it sees it, so the folder's creation also counts as a change, now and once shortly after.
 */
export function watchBylineFile(relativePath: string, onChange: (uri: vscode.Uri) => void): vscode.Disposable {
  const folderName = relativePath.split('/')[0];
  const fileWatcher = vscode.workspace.createFileSystemWatcher(`**/${relativePath}`);
  const folderWatcher = vscode.workspace.createFileSystemWatcher(`**/${folderName}`, false, true, true);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const onFolderCreated = (folder: vscode.Uri) => {
    const file = vscode.Uri.joinPath(folder, ...relativePath.split('/').slice(1));
    onChange(file);
    const timer = setTimeout(() => {
      timers.delete(timer);
      onChange(file);
    }, LATE_FILE_DELAY_MS);
    timers.add(timer);
  };
  const subscriptions = [
    fileWatcher,
    folderWatcher,
    fileWatcher.onDidChange(onChange),
    fileWatcher.onDidCreate(onChange),
    fileWatcher.onDidDelete(onChange),
    folderWatcher.onDidCreate(onFolderCreated),
  ];
  return new vscode.Disposable(() => {
    for (const t of timers) clearTimeout(t);
    for (const s of subscriptions) s.dispose();
  });
}
