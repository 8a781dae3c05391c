import * as vscode from 'vscode';
import { bylineDiagnostic } from '../byline-diagnostic';
import { ArticleAnnotations } from '../../core/annotations/article-annotations';
import { articleInfoFor } from '../../core/sidecar/article-info';
import { addAnnotation, type NewAnnotation, updateAnnotation } from '../../core/sidecar/edit-sidecar';
import { sha256Hex, type SidecarSnapshot } from '../../core/sidecar/node-store';
import { parseSidecar } from '../../core/sidecar/parse-sidecar';
import { type AnchoredAnnotation, writeAnchors } from '../../core/sidecar/reanchor';
import { articlePathFor, SIDECAR_SUFFIX, sidecarPathFor } from '../../core/sidecar/sidecar-format';
import { readSidecar, saveSidecar } from './sidecar-files';

/** The claims of one article, anchored in its current text. */
export interface ArticleClaims {
  article: vscode.Uri;
  sidecar: vscode.Uri;
  anchored: readonly AnchoredAnnotation[];
  /** The sidecar does not parse: its last good annotations are shown read-only, the file is left alone. */
  broken: boolean;
}

interface Entry {
  article: vscode.Uri;
  sidecar: vscode.Uri;
  model: ArticleAnnotations;
  snapshot: SidecarSnapshot;
  /** The article text the anchors refer to (the editor's when open, the file's otherwise). */
  text: string;
}

/** A change of one claim, as `updateAnnotation` takes it. */
export type ClaimChange = Parameters<typeof updateAnnotation>[2];

const sidecarOf = (uri: vscode.Uri) => uri.with({ path: sidecarPathFor(uri.path) });
const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? '';
/** Sidecars read when the Claims view asks for the whole workspace; more would stall the host. */
const MAX_WORKSPACE_SIDECARS = 5000;

/**
 * Claims per article, read from `ARTICLE.byline.yaml` sidecars. Anchors follow every keystroke
 * (shifted, and re-anchored by quote where an edit touched them), are re-anchored in full when the
 * sidecar or the article changes on disk, and are written back when the article is saved. Problems
 * go to the Problems panel; a sidecar that does not parse is never overwritten. Renaming an article
 * in VS Code moves its sidecar. Writes merge by id with changes made on disk meanwhile.
 */
export class ClaimsStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly _onDidChange = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the article whose claims changed (undefined: many). */
  readonly onDidChange = this._onDidChange.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('byline-sidecars');
  private readonly disposables: vscode.Disposable[] = [this._onDidChange, this.diagnostics];
  private workspaceLoad: Promise<void> | undefined;

  constructor() {
    const sidecars = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const reloadFromSidecar = (sidecar: vscode.Uri) => {
      const article = articlePathFor(sidecar.path);
      if (article) void this.load(sidecar.with({ path: article }));
    };
    // Articles changed on disk while closed (git pull, another program) are re-anchored too.
    const articles = vscode.workspace.createFileSystemWatcher('**/*.{txt,text,md,markdown}', true, false, true);
    this.disposables.push(
      sidecars,
      sidecars.onDidChange(reloadFromSidecar),
      sidecars.onDidCreate(reloadFromSidecar),
      sidecars.onDidDelete(reloadFromSidecar),
      articles,
      articles.onDidChange((uri) => {
        if (this.entries.has(uri.toString()) && !this.openDocument(uri)) void this.load(uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.follow(e)),
      vscode.workspace.onDidSaveTextDocument((doc) => void this.writeAnchors(doc.uri)),
      vscode.workspace.onDidRenameFiles((e) => void this.moveSidecars(e.files)),
    );
  }

  get(article: vscode.Uri): ArticleClaims | undefined {
    const entry = this.entries.get(article.toString());
    return entry && this.view(entry);
  }

  all(): ArticleClaims[] {
    return [...this.entries.values()].map((e) => this.view(e));
  }

  /** The article text a claim's offsets refer to now. */
  textOf(article: vscode.Uri): string | undefined {
    return this.entries.get(article.toString())?.text;
  }

  private view(entry: Entry): ArticleClaims {
    return { article: entry.article, sidecar: entry.sidecar, anchored: entry.model.anchored, broken: entry.model.broken };
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  }

  private async articleText(uri: vscode.Uri): Promise<string | undefined> {
    const open = this.openDocument(uri);
    if (open) return open.getText();
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /** Reads an article's sidecar (if any) and anchors its claims in the article's current text. */
  async load(article: vscode.Uri): Promise<ArticleClaims | undefined> {
    const key = article.toString();
    const sidecar = sidecarOf(article);
    const snapshot = await readSidecar(sidecar);
    if (snapshot.text === null) {
      this.diagnostics.delete(sidecar);
      const had = this.entries.get(key);
      if (had) {
        had.model.dispose();
        this.entries.delete(key);
        this._onDidChange.fire(article);
      }
      return undefined;
    }
    const text = (await this.articleText(article)) ?? '';
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { article, sidecar, model: new ArticleAnnotations(article.toString(), sidecar.toString()), snapshot, text };
      this.entries.set(key, entry);
    }
    entry.snapshot = snapshot;
    entry.text = text;
    entry.model.load(snapshot.text, text);
    this.report(sidecar, entry.model);
    this._onDidChange.fire(article);
    return this.view(entry);
  }

  /** Loads every sidecar of the workspace once (for the workspace-wide Claims view). */
  loadWorkspace(): Promise<void> {
    this.workspaceLoad ??= (async () => {
      const found = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**', MAX_WORKSPACE_SIDECARS);
      for (const sidecar of found) {
        const article = articlePathFor(sidecar.path);
        if (article && !this.entries.has(sidecar.with({ path: article }).toString())) await this.load(sidecar.with({ path: article }));
      }
    })();
    return this.workspaceLoad;
  }

  /** The sidecar's problems, as parsed by its model when it was loaded. */
  private report(sidecar: vscode.Uri, model: ArticleAnnotations): void {
    this.diagnostics.set(
      sidecar,
      model.problems.map((p) =>
        bylineDiagnostic(
          { ...p, message: model.broken ? `${p.message} (Byline will not write this file until it is fixed)` : p.message },
          p.code === 'yaml' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        ),
      ),
    );
  }

  /** Moves anchors with the analyst's typing; cheap enough for every keystroke. */
  private follow(e: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(e.document.uri.toString());
    if (!entry || e.contentChanges.length === 0) return;
    entry.text = e.document.getText();
    entry.model.applyEdits(
      e.contentChanges.map((c) => ({ offset: c.rangeOffset, deleteLength: c.rangeLength, insertText: c.text })),
      entry.text,
    );
    this._onDidChange.fire(entry.article);
  }

  /** After the article is saved, its sidecar records where the claims are now (and the article's hash). */
  private async writeAnchors(article: vscode.Uri): Promise<void> {
    const entry = this.entries.get(article.toString());
    if (!entry || entry.model.broken || entry.snapshot.text === null) return;
    const parsed = parseSidecar(entry.snapshot.text);
    if (parsed.broken) return;
    const next = writeAnchors(parsed.document, entry.text, entry.model.anchored, articleInfoFor(entry.text, baseName(article), sha256Hex(entry.text)));
    if (next === null || next === entry.snapshot.text) return;
    const saved = await saveSidecar(entry.sidecar, entry.snapshot, next);
    if (saved.outcome === 'refused') void vscode.window.showWarningMessage(`Byline: could not record the new claim positions in ${baseName(entry.sidecar)}: ${saved.error.message}`);
    await this.load(article);
  }

  /**
   * Reads the sidecar, changes its text with `edit`, and saves (merging with changes made on disk
   * meanwhile). Returns the text before and after, or undefined when refused: a broken sidecar is
   * never rewritten, and the reason is shown.
   */
  private async change(article: vscode.Uri, edit: (current: string | null) => string | null, failure: string): Promise<{ before: string | null; after: string } | undefined> {
    const sidecar = sidecarOf(article);
    const snapshot = await readSidecar(sidecar);
    const next = edit(snapshot.text);
    if (next === null) {
      void vscode.window.showErrorMessage(`Byline: ${baseName(sidecar)} ${failure}. It was left as it is.`);
      return undefined;
    }
    const saved = await saveSidecar(sidecar, snapshot, next);
    if (saved.outcome === 'refused') {
      void vscode.window.showErrorMessage(`Byline: ${baseName(sidecar)} was left as it is: ${saved.error.message}`);
      return undefined;
    }
    if (saved.outcome === 'merged') void vscode.window.showInformationMessage(`Byline: ${baseName(sidecar)} had changed on disk; both versions were merged by claim.`);
    await this.load(article);
    return { before: snapshot.text, after: saved.text };
  }

  /** Tags a claim: appends it to the sidecar (created if needed) unless the sidecar is broken. */
  async tag(doc: vscode.TextDocument, input: NewAnnotation): Promise<string | undefined> {
    const text = doc.getText();
    let id: string | undefined;
    const done = await this.change(
      doc.uri,
      (current) => {
        const result = addAnnotation(current ?? undefined, text, articleInfoFor(text, baseName(doc.uri), sha256Hex(text)), input);
        id = result?.id;
        return result?.text ?? null;
      },
      'has errors (see Problems); fix it first',
    );
    return done ? id : undefined;
  }

  /**
   * Changes one claim in its sidecar (status, note, new anchor, removal). Returns the previous file
   * text (for undo), or undefined when refused.
   */
  async update(article: vscode.Uri, id: string, change: ClaimChange): Promise<string | undefined> {
    const done = await this.change(article, (current) => (current === null ? null : updateAnnotation(current, id, change)), 'could not be changed (it has errors, or the claim is gone)');
    return done?.before ?? undefined;
  }

  /** Puts back a sidecar's earlier text (undo of a claim edit), merged with later changes by claim. */
  async restore(article: vscode.Uri, text: string): Promise<void> {
    await this.change(article, () => text, 'could not be restored');
  }

  /**
   * Moves sidecars after their articles were renamed or moved. Done after the rename, not as part of
   * it: an article with unsaved edits is moved by VS Code as a working copy, and a nested rename
   * inside that operation is not reliable. An existing sidecar at the new name is never replaced.
   */
  private async moveSidecars(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      if (oldUri.path.endsWith(SIDECAR_SUFFIX)) continue;
      const from = sidecarOf(oldUri);
      const to = sidecarOf(newUri);
      const old = this.entries.get(oldUri.toString());
      if (old) {
        old.model.dispose();
        this.entries.delete(oldUri.toString());
        this.diagnostics.delete(from);
        this._onDidChange.fire(oldUri);
      }
      try {
        await vscode.workspace.fs.stat(from);
      } catch {
        continue;
      }
      try {
        await vscode.workspace.fs.rename(from, to, { overwrite: false });
      } catch (error) {
        void vscode.window.showWarningMessage(`Byline: ${baseName(newUri)} was renamed, but its claims stay in ${baseName(from)}: ${(error as Error).message}`);
        continue;
      }
      await this.load(newUri);
    }
  }

  dispose(): void {
    for (const e of this.entries.values()) e.model.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
