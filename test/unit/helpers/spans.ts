import * as assert from 'node:assert/strict';
import type { NamedSpan } from '../../../src/core/ner/index';

/** A span over the `nth` occurrence of `name` in `text`. */
export function spanAt(text: string, name: string, type: NamedSpan['type'], nth = 0): NamedSpan {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(name, start + 1);
  assert.ok(start >= 0, name);
  return { type, start, end: start + name.length };
}

/** Spans as `type:text`, for readable comparisons. */
export const showSpans = (text: string, spans: readonly NamedSpan[]): string[] => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
