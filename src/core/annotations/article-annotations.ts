import type { AnchorResult } from '../anchoring/anchor';
import { anchorAnnotation } from '../anchoring/anchor';
import { shiftRange, type TextEdit } from '../anchoring/shift';
import { type ParsedSidecar, parseSidecar } from '../sidecar/parse-sidecar';
import { type AnchoredAnnotation, reanchorAll } from '../sidecar/reanchor';
import type { SidecarProblem, Status } from '../sidecar/sidecar-format';
import { type Disposable, Emitter, type Event } from './emitter';

/** Why an article's annotations changed: a (re)load of the sidecar, or edits of the article text. */
export interface AnnotationsChange {
  articlePath: string;
  reason: 'loaded' | 'edited';
  /** Ids whose anchor kind or status changed (empty when only offsets moved). */
  changedIds: string[];
}

function statusAfter(previous: Status, result: AnchorResult): Status {
  return previous === 'verified' && result.anchor === 'fuzzy' ? 'needs-recheck' : previous;
}

/**
 * The annotations of one article, anchored in its current text: plain paths and UTF-16 offsets,
 * no editor types. Two speeds: `applyEdits` shifts anchors on every keystroke and re-anchors by
 * quote only those an edit touched; `load` re-reads the sidecar and re-anchors everything.
 * A broken sidecar keeps the last good annotations (read-only for callers) and reports problems.
 */
export class ArticleAnnotations implements Disposable {
  private readonly _onDidChangeAnnotations = new Emitter<AnnotationsChange>();
  /** Fires after `load` and after `applyEdits`. */
  readonly onDidChangeAnnotations: Event<AnnotationsChange> = this._onDidChangeAnnotations.event;
  private parsed: ParsedSidecar | null = null;
  private current: AnchoredAnnotation[] = [];

  constructor(
    readonly articlePath: string,
    readonly sidecarPath: string,
  ) {}

  get anchored(): readonly AnchoredAnnotation[] {
    return this.current;
  }

  get problems(): readonly SidecarProblem[] {
    return this.parsed?.problems ?? [];
  }

  /** True when the sidecar does not parse: it must not be written until fixed. */
  get broken(): boolean {
    return this.parsed?.broken ?? false;
  }

  /** The sidecar text as read (null: none yet) and the article text it annotates. */
  load(sidecarText: string | null, articleText: string): void {
    this.parsed = sidecarText === null ? null : parseSidecar(sidecarText);
    const before = new Map(this.current.map((a) => [a.annotation.id, a]));
    if (!this.parsed?.broken) this.current = this.parsed ? reanchorAll(articleText, this.parsed.annotations) : [];
    const changedIds = this.current
      .filter((a) => {
        const b = before.get(a.annotation.id);
        return !b || b.result.anchor !== a.result.anchor || b.status !== a.status;
      })
      .map((a) => a.annotation.id);
    this._onDidChangeAnnotations.fire({ articlePath: this.articlePath, reason: 'loaded', changedIds });
  }

  /** Moves anchors through edits of the article; `articleText` is the text after all of them. */
  applyEdits(edits: readonly TextEdit[], articleText: string): void {
    const changedIds: string[] = [];
    this.current = this.current.map((a) => {
      if (a.result.anchor === 'orphan') {
        // Typing may bring an orphan's words back.
        const found = anchorAnnotation(articleText, a.annotation);
        if (found.anchor === 'orphan') return a;
        changedIds.push(a.annotation.id);
        return { ...a, result: found, status: statusAfter(a.annotation.status, found) };
      }
      const { range, touched } = shiftRange({ start: a.result.start, end: a.result.end }, edits);
      if (!touched) return { ...a, result: { ...a.result, start: range.start, end: range.end } };
      const found = anchorAnnotation(articleText, { ...a.annotation, start: range.start, end: range.end });
      if (found.anchor !== a.result.anchor) changedIds.push(a.annotation.id);
      return { ...a, result: found, status: statusAfter(a.annotation.status, found) };
    });
    this._onDidChangeAnnotations.fire({ articlePath: this.articlePath, reason: 'edited', changedIds });
  }

  dispose(): void {
    this._onDidChangeAnnotations.dispose();
  }
}
