import type { NamedSpan } from './index';
import { lastTextMemo } from './last-text-memo';
import { mapSpans } from './span-arrays';
import { spaceLedPositions } from './word-start-positions';

/**
 * Oil and gas fields and their platforms are places, though many are named after people ("Johan
 * Sverdrup", "Edvard Grieg") or figures of myth ("Gudrun", "Heidrun"), and the model reads a person
 * in them. Two cues mark them in an article about oil or gas: the field's word after the names
 * ("the Johan Sverdrup field", "its Grane and Edvard Grieg platforms") and production at them
 * ("production at Heidrun, Norne and Åsgard was halted"), a list of names joined by commas and "and"
 * after it. A name so cued is a place in every mention; organisations ("the Equinor platforms") keep
 * their type.
 */

/** The field's words after a name or a list of names. */
const FIELD_WORDS = new Set(['field', 'fields', 'oilfield', 'oilfields', 'gasfield', 'gasfields', 'platform', 'platforms']);
/** Words right before a list of fields: "production at", "output from". */
const PRODUCTION_BEFORE = /(?:production|output|drilling|operations)[ \t]+(?:at|from|on)[ \t]+$/u;
/** What parts the names of a list: ", ", " and ", ", and ", " or ". */
const LIST_GAP = /^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|or)[ \t]+)$/u;
/** The word after a position, letters only. */
const NEXT_WORD = /^[ \t]+(\p{Ll}+)/u;

/** Whether the text speaks of oil or gas, which the cues above need; the words after a space are read from the index of word starts. */
function aboutOilOrGas(text: string): boolean {
  return spaceLedPositions(text, ' oil').length > 0 || spaceLedPositions(text, ' gas').length > 0 || text.includes('Oil') || text.includes('Gas');
}

/**
 * Whether the text may name a field: a field's or a platform's word, or "production at", and oil or
 * gas. Most texts do not, which ends the rule for them; read once for both readings of the text.
 */
const mayNameFields = lastTextMemo(
  (text) => aboutOilOrGas(text) && (spaceLedPositions(text, ' field').length > 0 || spaceLedPositions(text, ' platform').length > 0 || text.includes('production at')),
);

/** Whether spans `k` and `k + 1` are neighbours in a list. */
function listed(text: string, spans: readonly NamedSpan[], k: number): boolean {
  const a = spans[k];
  const b = spans[k + 1];
  return !!b && b.start - a.end <= 7 && LIST_GAP.test(text.slice(a.end, b.start));
}

/** Spans (sorted, apart) with the oil and gas fields cued as above typed as places, in every mention. */
export function withOilFields(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!mayNameFields(text)) return spans as NamedSpan[];
  const fields = new Set<string>();
  for (let k = 0; k < spans.length; k++) {
    let last = k;
    while (listed(text, spans, last)) last++;
    const next = NEXT_WORD.exec(text.slice(spans[last].end, spans[last].end + 16));
    const cued = (next && FIELD_WORDS.has(next[1])) || PRODUCTION_BEFORE.test(text.slice(Math.max(0, spans[k].start - 24), spans[k].start));
    if (cued) for (let i = k; i <= last; i++) if (spans[i].type !== 'organization') fields.add(text.slice(spans[i].start, spans[i].end));
    k = last;
  }
  if (!fields.size) return spans as NamedSpan[];
  return mapSpans(spans, (s) => (s.type === 'person' && fields.has(text.slice(s.start, s.end)) ? { ...s, type: 'place' } : s));
}
