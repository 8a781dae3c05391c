import * as vscode from 'vscode';
import { bylineDiagnostic } from '../byline-diagnostic';
import { watchBylineFile } from '../byline-folder-watcher';
import { defaultLabelSet, type LabelSet, LABELS_FILE, loadLabelSet } from '../../core/annotations/labels';

/**
 * The claim labels and statuses of each workspace folder, read from its `.byline/labels.yaml`
 * (defaults without one), reloaded when that file changes; its problems go to the Problems panel.
 */
export class LabelSets implements vscode.Disposable {
  private readonly sets = new Map<string, LabelSet>();
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this._onDidChange.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('byline-labels');
  private readonly disposables: vscode.Disposable[] = [this._onDidChange, this.diagnostics];

  constructor() {
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) void this.load(folder);
    };
    this.disposables.push(
      watchBylineFile(LABELS_FILE, reload),
      // Saving in the editor applies at once, without waiting for the file watcher.
      vscode.workspace.onDidSaveTextDocument((doc) => doc.uri.path.endsWith(`/${LABELS_FILE}`) && reload(doc.uri)),
    );
    for (const folder of vscode.workspace.workspaceFolders ?? []) void this.load(folder);
  }

  /** The set that applies to a file: its workspace folder's, or the defaults. */
  for(uri: vscode.Uri | undefined): LabelSet {
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.sets.get(folder.uri.toString())) ?? defaultLabelSet();
  }

  /** Every label name in use across folders, in set order: the order of the Claims view's groups. */
  labelOrder(): string[] {
    const names = new Set<string>();
    for (const set of this.sets.size ? this.sets.values() : [defaultLabelSet()]) for (const l of set.labels) names.add(l.name);
    return [...names];
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const file = vscode.Uri.joinPath(folder.uri, LABELS_FILE);
    const set = await loadLabelSet(async () => {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch {
        return undefined;
      }
    });
    this.sets.set(folder.uri.toString(), set);
    this.diagnostics.set(
      file,
      set.problems.map((p) => bylineDiagnostic({ ...p, message: `${p.message} (the default labels are used meanwhile)` }, vscode.DiagnosticSeverity.Warning)),
    );
    this._onDidChange.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
