import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * Names that many towns of South Asia give a locality: "Civil Lines" (the old officers' quarter of
 * a city of India or Pakistan) and "Model Town". The model reads an organisation in them ("Lines"
 * ends shipping lines' names); they are places.
 */

/** Localities found under the same name in many cities. */
const LOCALITIES = new Set(['Civil Lines', 'Model Town']);

/** Spans (sorted, apart) with the localities above typed as places. */
export function withLocalities(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes('Civil Lines') && !text.includes('Model Town')) return spans as NamedSpan[];
  return mapChangedSpans(spans, (s) => (s.type !== 'place' && LOCALITIES.has(text.slice(s.start, s.end)) ? { ...s, type: 'place' } : s));
}
