import type { NamedSpan } from './index';
import { BODY_VERB_AT } from './org-acronyms';

/**
 * A body named after the state, district or republic it serves spells the unit out before the
 * place: "the District of Columbia Court of Appeals", "the State of Texas Department of Health", "the
 * Republic of Korea Navy". The model often starts the body's name at the place ("Columbia Court of
 * Appeals") and may make the unit's word a place of its own ("Republic"). An organisation right
 * after "<Unit> of " takes the unit in. A town's council is named the same way after its own unit,
 * written with a capital: "the City of Oulu said", "Village of Carmacks Mayor Lorne Abernethy"; the
 * place the model found there, or found with the unit, is that body (a city in lower case, "the city
 * of Oulu", is the place). A province or a state named so is its government when it acts: "the
 * Province of Manitoba has committed", "the State of Ohio announced".
 */

/** Words of a state's or a country's unit, which "of" and the place's name follow. */
const UNITS = new Set(['State', 'District', 'Republic', 'Commonwealth', 'Kingdom', 'Principality', 'Territory', 'County', 'City', 'Province', 'Borough', 'Municipality']);
/** Units of local government whose capitalised "<Unit> of <town>" names the town's council. */
const MUNICIPAL_UNITS = new Set(['City', 'Town', 'Village', 'Township', 'Municipality', 'Borough']);
const UPPER_AT = /\p{Lu}/u;
/** Units whose capitalised "<Unit> of <place>" is the government when a body's verb follows. */
const GOVERNED_UNITS = new Set(['State', 'Province', 'Territory', 'County', 'Commonwealth']);
/** A "which" clause set off by commas, up to the space before the verb it leaves. */
const CLAUSE_AFTER = /^,[ \t]+which[ \t][^.,;:!?]{1,100},[ \t]/u;
/** Verbs of asking and agreeing, which a government does and a territory does not. */
const ASKS_AT = /(?:asked|asks|agreed|agrees|committed|commits|wants|wanted)(?![\p{L}])/uy;
/** Longest unit word, in characters, with " of ". */
const MAX_BEFORE = 'Municipality of '.length;

/** Where "<Unit> of " before `start` begins, or -1. */
function unitStart(text: string, start: number): number {
  if (start < 6 || text.charCodeAt(start - 1) !== 32 || text.slice(start - 4, start - 1) !== ' of') return -1;
  const head = text.slice(Math.max(0, start - MAX_BEFORE), start - 4);
  // The unit may open a line ("...said.\n\nVillage of Carmacks Mayor").
  const word = head.slice(Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'), head.lastIndexOf('\t')) + 1);
  if (!UNITS.has(word) && !MUNICIPAL_UNITS.has(word)) return -1;
  return start - 4 - word.length;
}

/** Where a town council's "<Unit> of " before the place at `start` begins ("City of " of "City of Oulu"), or -1. */
function municipalStart(text: string, start: number): number {
  const at = unitStart(text, start);
  return at >= 0 && MUNICIPAL_UNITS.has(text.slice(at, start - 4)) ? at : -1;
}

/** Whether the place `s` is a council's name whole: "City of Oulu" (the unit, " of ", a capital). */
function councilName(text: string, s: NamedSpan): boolean {
  // Most places start with no unit: the search stays inside the span.
  const of = text.slice(s.start, Math.min(s.end, s.start + MAX_BEFORE)).indexOf(' of ');
  return of > 0 && s.start + of + 5 < s.end && MUNICIPAL_UNITS.has(text.slice(s.start, s.start + of)) && UPPER_AT.test(text[s.start + of + 4]);
}

/** Whether the place `s`, "Province of Manitoba", is a government's name followed by what the body does. */
function actingGovernment(text: string, s: NamedSpan): boolean {
  const gap = text.charCodeAt(s.end);
  // The units' initials ("State", "Province", "Territory", "County", "Commonwealth") pass over most places unread.
  const initial = text.charCodeAt(s.start);
  if ((gap !== 32 && gap !== 44) || (initial !== 83 && initial !== 80 && initial !== 84 && initial !== 67)) return false;
  const of = text.slice(s.start, Math.min(s.end, s.start + MAX_BEFORE)).indexOf(' of ');
  if (of <= 0 || !GOVERNED_UNITS.has(text.slice(s.start, s.start + of)) || !UPPER_AT.test(text[s.start + of + 4] ?? '')) return false;
  // A clause about the body may stand between: "the Province of Manitoba, which owns the grounds, asked".
  const clause = gap === 44 ? CLAUSE_AFTER.exec(text.slice(s.end, s.end + 120)) : null;
  if (gap === 44 && !clause) return false;
  const verb = s.end + (clause ? clause[0].length : 1);
  ASKS_AT.lastIndex = verb;
  if (ASKS_AT.test(text)) return true;
  BODY_VERB_AT.lastIndex = verb;
  return BODY_VERB_AT.test(text);
}

/**
 * Spans (sorted, apart) with an organisation after "<Unit> of " reaching back over it, and a span over
 * the unit's word alone, which the model may have made a place, dropped.
 */
export function withUnitOfPlaceBodies(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type === 'place' && (councilName(text, s) || actingGovernment(text, s))) {
      out ??= spans.slice(0, i);
      out.push({ ...s, type: 'organization' });
      continue;
    }
    const at = s.type === 'organization' && s.end - s.start > 4 ? unitStart(text, s.start) : s.type === 'place' ? municipalStart(text, s.start) : -1;
    if (at < 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    const prev = out[out.length - 1];
    if (prev && prev.end > at) {
      // Only a span inside the unit's words gives way ("Republic"); a longer one ending there stands.
      if (prev.start < at) {
        out.push(s);
        continue;
      }
      out.pop();
    }
    out.push({ ...s, type: 'organization', start: at });
  }
  return out ?? (spans as NamedSpan[]);
}
