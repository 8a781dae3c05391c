import type { NamedSpan } from './index';

/**
 * A football box score, read by the shape of its lines: the scorers with their minutes ("Goals: Ana
 * Prado 12', Zezinho 80' (FLU)"), the players booked or sent off ("Yellow cards: Duda, Caio Lemos
 * 2 (SAN)", the "2" of a second booking apart), the referee with his state or country in brackets
 * ("Referee: Paulo de Souza Lima (RJ)") and the line-ups, each player with the substitute who came on
 * for him ("Lemos (Duda 70')") and the coach after the list ("Coach: Ana Prado"). Players who go by one
 * name ("Zezinho") and names the model reads as towns are people there by the line's shape. A team's
 * code in brackets after the players is the club; the referee's bracket is the place he comes from.
 */

/** Particles inside a name ("de", "da", "dos", "van der"). */
const PARTICLE = String.raw`(?:de|da|do|das|dos|di|du|del|van|von|der|den|le|la|al|bin)`;
/** One capitalised word of a name, perhaps hyphenated or with an apostrophe ("Tavares-Matos", "D'Ávila"). */
const WORD = String.raw`\p{Lu}['’]?[\p{Ll}\p{M}'’]*\p{Ll}[\p{Ll}\p{M}'’]*(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
/** A player or an official: one to four capitalised words, particles between them. */
const NAME = String.raw`${WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+){0,2}${WORD}){0,3}`;
/** A whole item that is one name. */
const NAME_ITEM = new RegExp(String.raw`^${NAME}$`, 'u');
/** A minute of play with an apostrophe, perhaps added time ("23'", "90+2'"), or a penalty's or an own goal's mark. */
const MINUTE_OR_MARK = /[ \t]*(?:\d{1,3}(?:\+\d{1,2})?['’′]|\((?:pen|p|og|o\.g\.)\)|pen|og)$/u;
/** A count after a name ("2" of a second booking) or a bracket (a team's code, a team's name). */
const COUNT_OR_BRACKET = /[ \t]*(?:\d|\(([^()\n]{1,30})\))$/u;
/** An item that is only a minute of play, a scorer's second goal. */
const MINUTES_ONLY = /^\d{1,3}(?:\+\d{1,2})?['’′](?:[ \t]*\((?:pen|p|og)\))?$/u;
/** A team's code of capitals in a bracket ("PAL", "COR"). */
const TEAM_CODE = /^\p{Lu}{2,4}$/u;
/**
 * A line of events: a label, a colon and the list (group 2), perhaps after a list mark and in bold.
 * Labels of scorers, bookings, dismissals and the referee.
 */
const EVENT_LINE = /^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*)?(Goals?|Scorers?|Goalscorers?|Yellow cards?|Red cards?|Bookings?|Booked|Sent off|Referee)(?::\*\*|\*\*:|:)[ \t]+([^\n\r]+)/gmu;
/** A line-up: a label (a team's name), a colon, the players (group 1); a coach's label may end it. */
const LINE_UP = /^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*)?\p{Lu}[^\n\r:*]{1,40}(?::\*\*|\*\*:|:)[ \t]+([^\n\r]+)/gmu;
/** The coach after a line-up's players: ". Coach: Ana Prado", the coach in group 1. */
const COACH = new RegExp(String.raw`\.?[ \t]+(?:Coach|Manager|Head coach):[ \t]+(${NAME})\.?[ \t]*$`, 'u');
/** A line-up's player with the substitute in brackets: "Lemos (Duda 70')", the two names in groups 1 and 2. */
const LINE_UP_ITEM = new RegExp(String.raw`^(${NAME})(?:[ \t]*\((?:capt|c|gk|GK)\))?(?:[ \t]*\((${NAME})[ \t]+\d{1,3}(?:\+\d{1,2})?['’′]\))?$`, 'u');
/** The fewest players a line-up lists. */
const LINE_UP_LEAST = 9;

/** Whether `text` may hold a football box score: a label only box scores write. Cheap: a few literal searches. */
export function mayHoldBoxScore(text: string): boolean {
  return text.includes('Goals:') || text.includes('Yellow card') || text.includes('Red card') || text.includes('Scorers:') || text.includes('Booked:');
}

/** The parts of `list` (offset `at`) between commas and semicolons, each with its offset, white space trimmed. */
function itemsOf(list: string, at: number): Array<{ item: string; at: number }> {
  const out: Array<{ item: string; at: number }> = [];
  let from = 0;
  for (const part of list.split(/[,;]/u)) {
    const lead = part.length - part.trimStart().length;
    out.push({ item: part.trim(), at: at + from + lead });
    from += part.length + 1;
  }
  return out;
}

/**
 * The names of one line of events (offset `at`): each item a name, its minutes, counts and brackets
 * apart. A bracket of capitals is the team's code; the referee's bracket is a place. Null when an item
 * is no name: the line is then something else.
 */
function eventNames(label: string, list: string, at: number): NamedSpan[] | null {
  const found: NamedSpan[] = [];
  for (const { item, at: itemAt } of itemsOf(list.replace(/\.[ \t]*$/u, ''), at)) {
    // "Ana Prado 12', 45'": a second minute of the same scorer.
    if (MINUTES_ONLY.test(item)) continue;
    let name = item;
    for (let m = MINUTE_OR_MARK.exec(name) ?? COUNT_OR_BRACKET.exec(name); m && m.index > 0; m = MINUTE_OR_MARK.exec(name) ?? COUNT_OR_BRACKET.exec(name)) {
      const inside = m[1]?.trim();
      if (inside) {
        const start = itemAt + m.index + m[0].indexOf(inside);
        if (label === 'Referee') found.push({ type: 'place', start, end: start + inside.length });
        else if (TEAM_CODE.test(inside)) found.push({ type: 'organization', start, end: start + inside.length });
      }
      name = name.slice(0, m.index);
    }
    name = name.trimEnd();
    if (!NAME_ITEM.test(name)) return null;
    found.push({ type: 'person', start: itemAt, end: itemAt + name.length });
  }
  return found;
}

/** A line-up's players, substitutes and coach (offset `at`), or null unless every item is a player. */
function lineUpNames(list: string, at: number): NamedSpan[] | null {
  const found: NamedSpan[] = [];
  let players = list;
  const coach = COACH.exec(list);
  if (coach) {
    const start = at + coach.index + coach[0].indexOf(coach[1], coach[0].indexOf(':'));
    found.push({ type: 'person', start, end: start + coach[1].length });
    players = list.slice(0, coach.index);
  }
  const items = itemsOf(players.replace(/\.[ \t]*$/u, ''), at);
  if (items.length < LINE_UP_LEAST) return null;
  for (const { item, at: itemAt } of items) {
    const m = LINE_UP_ITEM.exec(item);
    if (!m) return null;
    found.push({ type: 'person', start: itemAt, end: itemAt + m[1].length });
    if (m[2]) {
      const start = itemAt + item.lastIndexOf(m[2]);
      found.push({ type: 'person', start, end: start + m[2].length });
    }
  }
  return found;
}

/**
 * The names of a football box score in `text` (see the file's comment): people, teams' codes and the
 * referee's place, in no particular order. Call only where {@link mayHoldBoxScore} holds.
 */
export function boxScoreNames(text: string): NamedSpan[] {
  const out: NamedSpan[] = [];
  let events = 0;
  for (const m of text.matchAll(EVENT_LINE)) {
    const names = eventNames(m[1], m[2], m.index + m[0].length - m[2].length);
    if (names) {
      out.push(...names);
      if (m[1] !== 'Referee') events++;
    }
  }
  // The referee and the line-ups count only beside scorers or bookings: a list after a colon may be anything.
  if (!events) return [];
  for (const m of text.matchAll(LINE_UP)) out.push(...(lineUpNames(m[1], m.index + m[0].length - m[1].length) ?? []));
  return out;
}
