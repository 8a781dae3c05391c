import * as vscode from 'vscode';
import { parseArticle } from '../../core/article/parse-article';
import { addAnnotation, type NewAnnotation, updateAnnotation } from '../../core/sidecar/edit-sidecar';
import { parseSidecar } from '../../core/sidecar/parse-sidecar';
import { type AnchoredAnnotation, reanchorAll } from '../../core/sidecar/reanchor';
import { articlePathFor, SIDECAR_SUFFIX, sidecarPathFor } from '../../core/sidecar/sidecar-format';

/** The claims of one article, anchored in its current text. */
export interface ArticleClaims {
  article: vscode.Uri;
  sidecar: vscode.Uri;
  anchored: AnchoredAnnotation[];
  /** The sidecar does not parse: its last good annotations are shown read-only, the file is left alone. */
  broken: boolean;
}

const sidecarOf = (uri: vscode.Uri) => uri.with({ path: sidecarPathFor(uri.path) });

/**
 * Claims per article, read from `ARTICLE.byline.yaml` sidecars: re-anchored on open, on edits and
 * when a sidecar changes on disk (by hand or by git); problems go to the Problems panel; a sidecar
 * that does not parse is never overwritten. Renaming an article in VS Code moves its sidecar.
 */
export class ClaimsStore implements vscode.Disposable {
  private readonly claims = new Map<string, ArticleClaims>();
  private readonly lastGood = new Map<string, AnchoredAnnotation[]>();
  private readonly _onDidChange = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidChange = this._onDidChange.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('byline-sidecars');
  private readonly disposables: vscode.Disposable[] = [this._onDidChange, this.diagnostics];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const reload = (sidecar: vscode.Uri) => {
      const article = articlePathFor(sidecar.path);
      if (article) void this.load(sidecar.with({ path: article }));
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!this.claims.has(e.document.uri.toString()) || e.contentChanges.length === 0) return;
        const key = e.document.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => this.reanchor(e.document.uri), 200));
      }),
      vscode.workspace.onWillRenameFiles((e) => e.waitUntil(this.moveSidecars(e.files))),
    );
  }

  get(article: vscode.Uri): ArticleClaims | undefined {
    return this.claims.get(article.toString());
  }

  all(): ArticleClaims[] {
    return [...this.claims.values()];
  }

  private async textOf(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /** Reads an article's sidecar (if any) and anchors its claims. */
  async load(article: vscode.Uri): Promise<ArticleClaims | undefined> {
    const key = article.toString();
    const sidecar = sidecarOf(article);
    let sidecarText: string | undefined;
    try {
      sidecarText = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    } catch {
      sidecarText = undefined;
    }
    if (sidecarText === undefined) {
      this.diagnostics.delete(sidecar);
      const had = this.claims.delete(key);
      if (had) this._onDidChange.fire(article);
      return undefined;
    }
    const parsed = parseSidecar(sidecarText);
    this.diagnostics.set(
      sidecar,
      parsed.problems.map((p) => {
        const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.column - 1));
        const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), p.message, p.code === 'yaml' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        d.source = 'Byline';
        return d;
      }),
    );
    const text = (await this.textOf(article)) ?? '';
    const anchored = parsed.broken ? (this.lastGood.get(key) ?? []) : reanchorAll(text, parsed.annotations);
    if (!parsed.broken) this.lastGood.set(key, anchored);
    const entry = { article, sidecar, anchored, broken: parsed.broken };
    this.claims.set(key, entry);
    this._onDidChange.fire(article);
    return entry;
  }

  private async reanchor(article: vscode.Uri): Promise<void> {
    const entry = this.claims.get(article.toString());
    if (!entry || entry.broken) return;
    const text = (await this.textOf(article)) ?? '';
    entry.anchored = reanchorAll(text, entry.anchored.map((a) => a.annotation));
    this._onDidChange.fire(article);
  }

  /** Tags a claim: appends it to the sidecar (created if needed) unless the sidecar is broken. */
  async tag(doc: vscode.TextDocument, input: NewAnnotation): Promise<string | undefined> {
    const sidecar = sidecarOf(doc.uri);
    let existing: string | undefined;
    try {
      existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    } catch {
      existing = undefined;
    }
    const text = doc.getText();
    const parsedArticle = parseArticle(text, doc.uri.path.split('/').pop());
    const info = { file: doc.uri.path.split('/').pop() ?? '', title: parsedArticle.title?.text ?? null, url: parsedArticle.url?.text ?? null, published: parsedArticle.published };
    const result = addAnnotation(existing, text, info, input);
    if (!result) {
      void vscode.window.showErrorMessage(`Byline: ${sidecar.path.split('/').pop()} has errors (see Problems). Fix it first; it was left unchanged.`);
      return undefined;
    }
    // Someone (git, an editor) may have written the file meanwhile: then start over from theirs.
    let current: string | undefined;
    try {
      current = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    } catch {
      current = undefined;
    }
    if (current !== existing) return this.tag(doc, input);
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(result.text));
    await this.load(doc.uri);
    return result.id;
  }

  /**
   * Changes one claim in its sidecar (status, note, new anchor, removal). Returns the previous file
   * text (for undo), or undefined when refused: a broken sidecar is never rewritten.
   */
  async update(article: vscode.Uri, id: string, change: Parameters<typeof updateAnnotation>[2]): Promise<string | undefined> {
    const sidecar = sidecarOf(article);
    let existing: string;
    try {
      existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar));
    } catch {
      return undefined;
    }
    const next = updateAnnotation(existing, id, change);
    if (next === null) {
      void vscode.window.showErrorMessage(`Byline: ${sidecar.path.split('/').pop()} could not be changed (it has errors, or the claim is gone). It was left as it is.`);
      return undefined;
    }
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(next));
    await this.load(article);
    return existing;
  }

  /** Puts back a sidecar's earlier text (undo of a claim edit). */
  async restore(article: vscode.Uri, text: string): Promise<void> {
    await vscode.workspace.fs.writeFile(sidecarOf(article), new TextEncoder().encode(text));
    await this.load(article);
  }

  private async moveSidecars(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<vscode.WorkspaceEdit> {
    const edit = new vscode.WorkspaceEdit();
    for (const { oldUri, newUri } of files) {
      if (oldUri.path.endsWith(SIDECAR_SUFFIX)) continue;
      const from = sidecarOf(oldUri);
      try {
        await vscode.workspace.fs.stat(from);
      } catch {
        continue;
      }
      edit.renameFile(from, sidecarOf(newUri), { overwrite: false });
      const old = this.claims.get(oldUri.toString());
      this.claims.delete(oldUri.toString());
      if (old) setTimeout(() => void this.load(newUri), 300);
    }
    return edit;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
