import type { NamedSpan } from './index';

/**
 * A club, a player's position and the player's name read as one body's or place's name ("Ilves
 * goaltender Rasmus", "Lyon defenceman Théo"): a position or a staff role in lower case between
 * capitalised words is never inside a club's name, so the span is cut there, the club before it
 * keeping its type and the words after it a person's. Persons' spans of this shape are cut apart
 * where they are read (`split` in refine-spans) for the roles it knows; the positions of hockey,
 * basketball and handball that it lacks are cut here for people too, the club then an organisation.
 */

/** Positions and staff roles a club's player or official is named after: "goaltender", "head coach". */
const ROLES = new Set([
  'goaltender', 'goalie', 'netminder', 'defenceman', 'defenseman', 'forward', 'centre', 'center', 'winger', 'wing', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'keeper', 'playmaker', 'pivot', 'pitcher', 'catcher', 'shortstop', 'quarterback',
  'captain', 'coach', 'manager', 'chairman', 'chairwoman',
]);
/** The roles `split` in refine-spans already cuts person spans at. */
const CUT_FOR_PEOPLE = new Set(['coach', 'manager', 'defender', 'goalkeeper', 'keeper', 'midfielder', 'striker', 'winger', 'forward', 'captain', 'chairman', 'chairwoman']);

/** Whether the code is an ASCII lower-case letter. */
const lower = (c: number): boolean => c >= 97 && c <= 122;
/** Whether the code is a capital, ASCII or not. */
const capital = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 65 && c <= 90 : text[at] !== text[at].toLowerCase();
};

/** The two parts of `s` cut at a role word inside it, or null. */
function cutAtRole(text: string, s: NamedSpan): NamedSpan[] | null {
  for (let at = text.indexOf(' ', s.start); at >= 0 && at < s.end; at = text.indexOf(' ', at + 1)) {
    if (!lower(text.charCodeAt(at + 1))) continue;
    // "head coach": one lower-case word may stand before the role.
    let word = text.indexOf(' ', at + 1);
    if (word < 0 || word >= s.end) return null;
    let role = text.slice(at + 1, word);
    if (!ROLES.has(role) && lower(text.charCodeAt(word + 1))) {
      const next = text.indexOf(' ', word + 1);
      if (next < 0 || next >= s.end) return null;
      role = text.slice(word + 1, next);
      word = next;
    }
    if (!ROLES.has(role) || (s.type === 'person' && CUT_FOR_PEOPLE.has(role))) return null;
    // The club before it and the name after it are capitalised.
    if (word + 1 >= s.end || !capital(text, s.start) || !capital(text, word + 1) || at <= s.start) return null;
    return [{ type: s.type === 'person' ? 'organization' : s.type, start: s.start, end: at }, { type: 'person', start: word + 1, end: s.end }];
  }
  return null;
}

/** Spans (sorted, apart) with a club, a role word and a name read as one cut into the club and the person; see the file's comment. */
export function withClubRolePeople(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    // Most spans hold no space before a lower-case letter: one search per span with a space.
    const space = text.indexOf(' ', s.start);
    const parts = space >= 0 && space < s.end ? cutAtRole(text, s) : null;
    if (parts) (out ??= spans.slice(0, k)).push(...parts);
    else out?.push(s);
  }
  return out ?? (spans as NamedSpan[]);
}
