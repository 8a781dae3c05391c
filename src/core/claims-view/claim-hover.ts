import { commandUri, escapeHoverText } from '../entities-view/hover-content';
import type { AnchoredAnnotation } from '../sidecar/reanchor';
import { clipText } from '../text/clip';

/** The only commands a claim's hover card may link to (its `isTrusted.enabledCommands`). */
export const CLAIM_HOVER_COMMANDS = {
  setStatus: 'byline.claim.setStatus',
  editNote: 'byline.claim.editNote',
  delete: 'byline.claim.delete',
} as const;

/** Long notes would make the card taller than the editor; the note in place shows it all. */
const MAX_NOTE = 600;

/** Multi-line text from a sidecar, inert, keeping its line breaks. */
function escapeLines(text: string): string {
  return text
    .split(/\r?\n/u)
    .map((line) => escapeHoverText(line))
    .join('  \n');
}

/**
 * The hover card of a claim as Markdown (render with HTML off and only `CLAIM_HOVER_COMMANDS`
 * trusted): label and status, the old and new words when the article changed under it, note,
 * speaker, sources and tags (all escaped: nothing from a sidecar becomes a link), then the actions.
 * `currentText` is the article text the claim is anchored on now.
 */
export function buildClaimHover(input: { claim: AnchoredAnnotation; currentText: string | null; articleUri: string }): string {
  const { claim, currentText } = input;
  const a = claim.annotation;
  const lines: string[] = [];
  const statusNote = claim.status !== a.status ? ` (was ${escapeHoverText(a.status)})` : '';
  lines.push(`$(comment) **${escapeHoverText(a.label)}** · ${escapeHoverText(claim.status)}${statusNote}`);
  const before = a.previousQuote ?? a.quote;
  if (currentText !== null && currentText !== before) {
    lines.push(`The article changed under this claim.  \nQuoted: “${escapeHoverText(clipText(before, 200))}”  \nNow: “${escapeHoverText(clipText(currentText, 200))}”`);
  }
  if (a.note) lines.push(escapeLines(clipText(a.note.trimEnd(), MAX_NOTE)));
  const facts: string[] = [];
  if (a.speaker) facts.push(`Speaker: ${escapeHoverText(a.speaker)}`);
  if (a.sources.length) facts.push(`Sources: ${a.sources.map((s) => escapeHoverText(s)).join(', ')}`);
  if (a.tags.length) facts.push(`Tags: ${a.tags.map((t) => escapeHoverText(t)).join(', ')}`);
  if (facts.length) lines.push(facts.join('  \n'));
  const ref = [{ article: input.articleUri, id: a.id }];
  lines.push(
    `[Set status](${commandUri(CLAIM_HOVER_COMMANDS.setStatus, ref)} "Change the verdict of this claim") · ` +
      `[${a.note ? 'Edit note' : 'Add note'}](${commandUri(CLAIM_HOVER_COMMANDS.editNote, ref)} "Write the note in place") · ` +
      `[Delete](${commandUri(CLAIM_HOVER_COMMANDS.delete, ref)} "Delete this claim (can be undone)")`,
  );
  return lines.join('\n\n');
}
