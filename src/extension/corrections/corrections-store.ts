import * as vscode from 'vscode';
import { bylineDiagnostic } from '../byline-diagnostic';
import { watchBylineFile } from '../byline-folder-watcher';
import { addCorrection, CORRECTIONS_PATH, parseCorrections } from '../../core/corrections/corrections-file';
import type { Correction } from '../../core/corrections/corrections';

/**
 * The analyst's entity corrections, one `.byline/entities.yaml` per workspace folder: loaded on
 * demand, reloaded when the file changes (by hand, by git or by Byline), and written only through
 * `add`, which refuses to touch a file that does not parse.
 */
export class CorrectionsStore implements vscode.Disposable {
  private readonly byFolder = new Map<string, Correction[]>();
  private readonly _onDidChange = new vscode.EventEmitter<void>();
  readonly onDidChange = this._onDidChange.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('byline-corrections');
  private readonly disposables: vscode.Disposable[] = [this._onDidChange, this.diagnostics];

  constructor() {
    const reload = () => {
      this.byFolder.clear();
      void this.load();
    };
    this.disposables.push(watchBylineFile(CORRECTIONS_PATH, reload));
  }

  private fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, CORRECTIONS_PATH);
  }

  /** Loads every folder's corrections (cached until the files change). */
  async load(): Promise<void> {
    let loaded = false;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const key = folder.uri.toString();
      if (this.byFolder.has(key)) continue;
      loaded = true;
      const uri = this.fileOf(folder);
      let text: string | undefined;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        text = undefined;
      }
      const parsed = text === undefined ? { corrections: [], problems: [] } : parseCorrections(text);
      this.diagnostics.set(
        uri,
        parsed.problems.map((p) => bylineDiagnostic(p, vscode.DiagnosticSeverity.Error)),
      );
      this.byFolder.set(key, parsed.corrections);
    }
    if (loaded) this._onDidChange.fire();
  }

  /** The corrections that apply to a document (those of its workspace folder), loaded already. */
  correctionsFor(uri: vscode.Uri): Correction[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return (folder && this.byFolder.get(folder.uri.toString())) ?? [];
  }

  /** Records a correction in the document's folder; returns false (after telling the user) if refused. */
  async add(documentUri: vscode.Uri, correction: Correction): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(documentUri);
    if (!folder) {
      void vscode.window.showWarningMessage('Byline: corrections are kept per workspace folder; open the article inside a folder first.');
      return false;
    }
    const uri = this.fileOf(folder);
    let existing: string | undefined;
    try {
      existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      existing = undefined;
    }
    const next = addCorrection(existing, correction);
    if (next === null) {
      void vscode.window.showErrorMessage(`Byline: ${CORRECTIONS_PATH} has errors (see Problems); fix it first. It was left unchanged.`);
      return false;
    }
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.byline'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(next));
    this.byFolder.delete(folder.uri.toString());
    await this.load();
    return true;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
