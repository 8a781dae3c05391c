import type { NamedSpan } from './index';
import { ORG_WORDS } from './rule-tagger';

/**
 * A unit named with the body it belongs to, "the Scientific Information Center of the Interstate
 * Commission for Water Coordination of Central Asia (ICWC)", is two organisations when the initials
 * in brackets after it are the body's alone: the unit ("Scientific Information Center") and the body
 * it serves. Initials that stand for the whole name ("Court of Justice of the European Union (CJEU)")
 * keep it one.
 */

/** Initials in brackets right after a name: " (ICWC)". */
const INITIALS_AFTER = /^[ \t]\((\p{Lu}{2,8})\)/u;
/** The joint between a unit and its body. */
const OF_THE = ' of the ';
/** Small words a name's initials skip. */
const SKIPPED = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', '&']);

/** The initials of a name's capitalised words ("Interstate Commission for Water Coordination" -> "ICWC"). */
function initials(name: string): string {
  let out = '';
  for (const word of name.split(/[ \t]+/u)) if (!SKIPPED.has(word) && /^\p{Lu}/u.test(word)) out += word[0];
  return out;
}

/** Spans (sorted, apart) with a unit and its body cut apart; see the file's comment. */
export function withUnitsOfBodies(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  // An organisation right before a bracket is rare: the spans are looked at before any name is read.
  if (!spans.some((s) => s.type === 'organization' && text[s.end + 1] === '(')) return spans as NamedSpan[];
  const out: NamedSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'organization' || text[s.end + 1] !== '(') {
      out.push(s);
      continue;
    }
    const name = text.slice(s.start, s.end);
    const joint = name.indexOf(OF_THE);
    const acronym = joint > 0 ? INITIALS_AFTER.exec(text.slice(s.end, s.end + 12)) : null;
    const unit = joint > 0 ? name.slice(0, joint) : '';
    const body = joint > 0 ? name.slice(joint + OF_THE.length) : '';
    // The unit is a body's name of two words or more ending in an organisation's word ("Information Center").
    if (acronym && unit.includes(' ') && ORG_WORDS.test(unit.slice(unit.lastIndexOf(' ') + 1)) && !initials(name).startsWith(acronym[1]) && initials(body).startsWith(acronym[1])) {
      out.push({ ...s, end: s.start + joint }, { ...s, start: s.start + joint + OF_THE.length });
    } else out.push(s);
  }
  return out;
}
