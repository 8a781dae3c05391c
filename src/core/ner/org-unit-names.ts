import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';

/**
 * Bodies named by a unit's word at the end of a Title Case name, which the model reads as places for
 * the place inside them: a utility or a programme run as one ("the Central Oregon Project, which
 * carries water") and a branch of a larger body ("the Audubon Society's Great Basin Chapter", where
 * the branch is its own name after its parent's possessive). A unit named after its body's possessive
 * ("the Treasury's Internal Audit Division", "the ministry's Policy Unit") is one where the model
 * found nothing.
 */

/** Units' words that end such a name. */
const UNIT_WORDS = new Set(['Project', 'Chapter']);

/** One to three capitalised words, the last a unit's, and no capitalised word after them: "Internal Audit Division". */
const UNIT_NAME = /^(?:\p{Lu}[\p{L}\p{M}&-]*[ \t]){1,3}(?:Division|Unit|Directorate|Department|Office|Bureau|Secretariat|Inspectorate|Branch|Chapter)(?![\p{L}\p{M}\p{N}'’-]|[ \t]+\p{Lu})/u;

/** A body's possessive before a unit's name: "Ministry of Works and Transport's" + " Drainage Division". */
const UNIT_POSSESSIVE = /['’]s[ \t]+(?=\p{Lu})/u;

/**
 * A body's whole name `s` (its text `name`) cut after its possessive when a unit's whole name follows
 * ("Ministry of Works and Transport's Drainage Division": the ministry and its division), else `s` alone.
 */
export function cutBeforeUnit(s: NamedSpan, name: string): NamedSpan[] {
  const m = UNIT_POSSESSIVE.exec(name);
  const unit = m ? UNIT_NAME.exec(name.slice(m.index + m[0].length)) : null;
  if (!m || !unit || m.index + m[0].length + unit[0].length !== name.length) return [s];
  return [{ ...s, end: s.start + m.index }, { ...s, start: s.start + m.index + m[0].length }];
}

/** Units named after an organisation's possessive ("Treasury's" + "Internal Audit Division") where no span stands. */
function unitsAfterPossessives(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const s of spans) {
    const mark = text[s.end];
    if (s.type !== 'organization' || (mark !== "'" && mark !== '’') || text[s.end + 1] !== 's' || text[s.end + 2] !== ' ') continue;
    // A link's bracket may open the unit's name: "Treasury's [Internal Audit Division](...)".
    const start = text[s.end + 3] === '[' ? s.end + 4 : s.end + 3;
    const m = UNIT_NAME.exec(text.slice(start, start + 60));
    if (m && !overlapsAny(spans, start, start + m[0].length)) found.push({ type: 'organization', start, end: start + m[0].length });
  }
  return found;
}

/** Spans (sorted, apart) with places of several words ending in a unit's word typed as organisations, and the units named after a body's possessive added. */
export function withUnitNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const typed = mapChangedSpans(spans, (s) => {
    if (s.type !== 'place') return s;
    const space = text.lastIndexOf(' ', s.end - 1);
    return space > s.start && UNIT_WORDS.has(text.slice(space + 1, s.end)) ? { ...s, type: 'organization' as const } : s;
  });
  const units = unitsAfterPossessives(text, typed);
  return units.length ? withAdded(typed, units) : typed;
}
