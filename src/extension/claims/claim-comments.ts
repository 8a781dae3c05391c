import * as vscode from 'vscode';
import type { AnchoredAnnotation } from '../../core/sidecar/reanchor';
import type { ClaimsStore } from './claims-store';

/** Which claim a note thread belongs to. */
interface ClaimRef {
  article: string;
  id: string;
}

/** A claim's note shown as a review comment; `saved` is what to go back to when editing is cancelled. */
class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  contextValue = 'claimNote';
  body: string | vscode.MarkdownString;
  author: vscode.CommentAuthorInformation;
  label?: string;

  constructor(
    readonly ref: ClaimRef,
    readonly saved: string,
    author: string | undefined,
    updated: string | undefined,
  ) {
    this.body = NoteComment.render(saved);
    this.author = { name: author || 'Note' };
    this.label = updated ? `updated ${updated.slice(0, 10)}` : undefined;
  }

  /** Notes are Markdown; rendered untrusted, so no command link or HTML from a sidecar runs. */
  static render(note: string): vscode.MarkdownString {
    const md = new vscode.MarkdownString(note);
    md.isTrusted = false;
    md.supportHtml = false;
    return md;
  }
}

const keyOf = (ref: ClaimRef) => `${ref.article}#${ref.id}`;
const bodyText = (body: string | vscode.MarkdownString) => (typeof body === 'string' ? body : body.value);

/**
 * Claim notes in place, as review comments: each anchored claim with a note gets a collapsed
 * thread on its words (also listed in the Comments panel); `Edit Claim Note` opens one in the
 * editor, where it is written and saved to the sidecar without leaving the article.
 */
export class ClaimComments implements vscode.Disposable {
  private readonly controller = vscode.comments.createCommentController('byline.claims', 'Byline claim notes');
  private readonly threads = new Map<string, { thread: vscode.CommentThread; ref: ClaimRef }>();
  /** Threads the analyst opened to write a first note: kept even though the claim has none yet. */
  private readonly drafts = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.controller];

  constructor(private readonly store: ClaimsStore) {
    this.controller.options = { prompt: 'Add a note to this claim…', placeHolder: 'Markdown note, saved in the sidecar' };
    this.disposables.push(
      store.onDidChange((uri) => (uri ? this.sync(uri) : store.all().forEach((c) => this.sync(c.article)))),
      vscode.commands.registerCommand('byline.claim.saveNote', (arg: NoteComment | vscode.CommentReply) => this.save(arg)),
      vscode.commands.registerCommand('byline.claim.cancelNote', (comment: NoteComment) => this.cancel(comment)),
      vscode.commands.registerCommand('byline.claim.editNoteInPlace', (comment: NoteComment) => this.startEditing(comment)),
      vscode.commands.registerCommand('byline.claim.deleteNote', (comment: NoteComment) => void this.store.update(vscode.Uri.parse(comment.ref.article), comment.ref.id, { note: '' })),
    );
    for (const c of store.all()) this.sync(c.article);
  }

  private sync(article: vscode.Uri): void {
    const claims = this.store.get(article);
    const prefix = `${article.toString()}#`;
    const live = new Set<string>();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
    for (const claim of claims?.anchored ?? []) {
      const ref = { article: article.toString(), id: claim.annotation.id };
      const key = keyOf(ref);
      if (claim.result.start === null || (!claim.annotation.note && !this.drafts.has(key))) continue;
      live.add(key);
      const range = doc ? new vscode.Range(doc.positionAt(claim.result.start), doc.positionAt(claim.result.end!)) : this.rangeInText(article, claim);
      this.show(ref, claim, range);
    }
    for (const [key, { thread }] of this.threads) {
      if (key.startsWith(prefix) && !live.has(key)) {
        thread.dispose();
        this.threads.delete(key);
      }
    }
  }

  /** A range in an article that is not open, from the text the store anchored it in. */
  private rangeInText(article: vscode.Uri, claim: AnchoredAnnotation): vscode.Range {
    const text = this.store.textOf(article) ?? '';
    const at = (offset: number) => {
      const before = text.slice(0, offset);
      const line = before.split('\n').length - 1;
      return new vscode.Position(line, offset - (before.lastIndexOf('\n') + 1));
    };
    return new vscode.Range(at(claim.result.start ?? 0), at(claim.result.end ?? 0));
  }

  private show(ref: ClaimRef, claim: AnchoredAnnotation, range: vscode.Range): vscode.CommentThread {
    const key = keyOf(ref);
    let entry = this.threads.get(key);
    if (!entry) {
      const thread = this.controller.createCommentThread(vscode.Uri.parse(ref.article), range, []);
      thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
      entry = { thread, ref };
      this.threads.set(key, entry);
    }
    const { thread } = entry;
    if (!thread.range || !thread.range.isEqual(range)) thread.range = range;
    thread.label = `${claim.annotation.label} · ${claim.status}`;
    thread.contextValue = 'claimNote';
    const note = claim.annotation.note?.trimEnd() ?? '';
    const editing = thread.comments.some((c) => c.mode === vscode.CommentMode.Editing);
    if (!editing) {
      const current = thread.comments[0] as NoteComment | undefined;
      if (!note) {
        if (thread.comments.length) thread.comments = [];
      } else if (!current || current.saved !== note) {
        thread.comments = [new NoteComment(ref, note, claim.annotation.author, claim.annotation.updated)];
      }
      thread.canReply = !note;
    }
    return thread;
  }

  /** Opens the claim's note for writing, in place. Returns false when the claim is not on the page. */
  async openEditor(article: vscode.Uri, id: string): Promise<boolean> {
    const claim = this.store.get(article)?.anchored.find((a) => a.annotation.id === id);
    if (!claim || claim.result.start === null) return false;
    const doc = await vscode.workspace.openTextDocument(article);
    const range = new vscode.Range(doc.positionAt(claim.result.start), doc.positionAt(claim.result.end!));
    await vscode.window.showTextDocument(doc, { selection: new vscode.Selection(range.start, range.start), preserveFocus: false });
    const ref = { article: article.toString(), id };
    this.drafts.add(keyOf(ref));
    const thread = this.show(ref, claim, range);
    const current = thread.comments[0] as NoteComment | undefined;
    if (current) this.startEditing(current);
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    return true;
  }

  private threadOf(ref: ClaimRef): vscode.CommentThread | undefined {
    return this.threads.get(keyOf(ref))?.thread;
  }

  private startEditing(comment: NoteComment): void {
    const thread = this.threadOf(comment.ref);
    if (!thread) return;
    thread.comments = thread.comments.map((c) => {
      if (c !== comment) return c;
      c.mode = vscode.CommentMode.Editing;
      c.body = comment.saved;
      return c;
    });
  }

  private cancel(comment: NoteComment): void {
    const thread = this.threadOf(comment.ref);
    if (!thread) return;
    thread.comments = thread.comments.map((c) => {
      if (c !== comment) return c;
      c.mode = vscode.CommentMode.Preview;
      c.body = NoteComment.render(comment.saved);
      return c;
    });
  }

  private async save(arg: NoteComment | vscode.CommentReply): Promise<void> {
    let ref: ClaimRef | undefined;
    let text: string;
    if (arg instanceof NoteComment) {
      ref = arg.ref;
      text = bodyText(arg.body);
    } else {
      ref = [...this.threads.values()].find((t) => t.thread === arg.thread)?.ref;
      text = arg.text;
    }
    if (!ref) return;
    this.drafts.delete(keyOf(ref));
    const thread = this.threadOf(ref);
    if (thread) thread.comments = thread.comments.map((c) => Object.assign(c, { mode: vscode.CommentMode.Preview }));
    await this.store.update(vscode.Uri.parse(ref.article), ref.id, { note: text.trim() ? `${text.trimEnd()}\n` : '' });
  }

  dispose(): void {
    for (const { thread } of this.threads.values()) thread.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
