import type { TextRange } from '../model/types';

/** A mention shown within its line: the text to display and where the mention is in it. */
export interface LineContext {
  /** The line, whitespace collapsed, clipped with `…` around the mention when too long. */
  label: string;
  /** `[start, end)` of the mention inside `label` (UTF-16). */
  highlight: [number, number];
}

const ELLIPSIS = '…';

/**
 * The line around a mention for lists such as the sidebar. Handles `\r\n` and lone `\r` line ends,
 * and never cuts a surrogate pair (emoji) in half when clipping. A mention spanning a line break is
 * shown up to the break.
 */
export function lineContext(text: string, mention: TextRange, maxLength = 90): LineContext {
  const start = Math.max(0, Math.min(mention.start, text.length));
  let lineStart = start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = start;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const end = Math.max(start, Math.min(mention.end, lineEnd));

  // Collapse whitespace while remembering where the mention lands.
  const before = collapse(text.slice(lineStart, start)).replace(/^\s+/u, '');
  const inside = collapse(text.slice(start, end));
  const after = collapse(text.slice(end, lineEnd)).replace(/\s+$/u, '');
  const budget = Math.max(0, maxLength - inside.length);
  let head = before;
  let tail = after;
  if (head.length + tail.length > budget) {
    // Keep more context before the mention than after it, but give unused room to the other side.
    const headRoom = Math.max(Math.ceil(budget / 2), budget - tail.length);
    if (head.length > headRoom) head = ELLIPSIS + safeSlice(head, head.length - headRoom + 1, head.length);
    const tailRoom = Math.max(0, budget - head.length);
    if (tail.length > tailRoom) tail = safeSlice(tail, 0, Math.max(0, tailRoom - 1)) + ELLIPSIS;
  }
  return { label: head + inside + tail, highlight: [head.length, head.length + inside.length] };
}

function collapse(s: string): string {
  return s.replace(/\s+/gu, ' ');
}

/** `s.slice(from, to)` moved inward so no surrogate pair is split. */
function safeSlice(s: string, from: number, to: number): string {
  let a = Math.max(0, from);
  let b = Math.min(s.length, to);
  if (a > 0 && a < s.length && isLow(s.charCodeAt(a)) && isHigh(s.charCodeAt(a - 1))) a++;
  if (b > 0 && b < s.length && isLow(s.charCodeAt(b)) && isHigh(s.charCodeAt(b - 1))) b--;
  return s.slice(a, Math.max(a, b));
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
