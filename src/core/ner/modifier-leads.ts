import type { NamedSpan } from './index';

/**
 * A place's or a firm's name turned adjective before a name ("the Kathmandu-based International
 * Centre for Integrated Mountain Development", "Hong Kong-born Jackie Chan", "state-owned") describes
 * what follows and is no part of it. When the model or a joining rule ran the two together, the span
 * starts after the adjective. The first words of a span are read character by character, so a span
 * without a hyphen there costs one search. A unit of measure after a number ("the 1,020 MW
 * Punatsangchhu-II plant") is no part of the name either.
 */

/** Words after a hyphen that turn a name into an adjective: "-based", "-born", "-owned". */
const MODIFIERS = new Set(['based', 'born', 'led', 'run', 'owned', 'backed', 'funded', 'listed', 'registered', 'headquartered', 'bred', 'raised', 'bound', 'made', 'controlled', 'linked', 'affiliated', 'sponsored']);
/** The most words of a place's name before the hyphen ("Tel Aviv-based", "Rio de Janeiro-born"). */
const MOST_WORDS = 4;

/** Where the name after a leading adjective starts in span `s`, or -1 when it has none. */
function afterModifier(text: string, s: NamedSpan): number {
  let from = s.start;
  for (let words = 0; words < MOST_WORDS; words++) {
    const space = text.indexOf(' ', from);
    if (space < 0 || space >= s.end) return -1;
    // The word's last hyphen, looked for inside the word alone.
    let hyphen = space - 1;
    while (hyphen > from && text.charCodeAt(hyphen) !== 45) hyphen--;
    if (hyphen > from && MODIFIERS.has(text.slice(hyphen + 1, space))) {
      const next = text.charCodeAt(space + 1);
      // A capitalised word must follow: the name the adjective describes.
      return next >= 65 && next <= 90 ? space + 1 : -1;
    }
    from = space + 1;
  }
  return -1;
}

/** Units of measure written in capitals after a number: "the 1,020 MW Punatsangchhu-II plant", "a 400 kV Tyndall line". */
const UNITS = new Set(['MW', 'GW', 'kW', 'MWh', 'GWh', 'kV', 'TWh', 'MWp', 'GWp']);

/** Where the name after a number's unit starts in span `s` ("1,020 MW Punatsangchhu-II"), or -1. */
function afterUnit(text: string, s: NamedSpan): number {
  const code = text.charCodeAt(s.start - 2);
  if (text[s.start - 1] !== ' ' || !(code >= 48 && code <= 57)) return -1;
  const space = text.indexOf(' ', s.start);
  return space > 0 && space < s.end - 1 && UNITS.has(text.slice(s.start, space)) ? space + 1 : -1;
}

/** Spans with a leading "<name>-based" (and the like) or a number's unit cut off; `spans` itself when none has one. */
export function withoutModifierLeads(text: string, spans: NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const unit = afterUnit(text, s);
    const start = unit >= 0 ? unit : afterModifier(text, s);
    if (start < 0) continue;
    (out ??= [...spans])[i] = { ...s, start };
  }
  return out ?? spans;
}
