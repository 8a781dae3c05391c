import type { NamedSpan } from './index';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Formula 1 and motor-racing teams in a race report: "Ferrari", "McLaren", "Williams", "Sauber" are
 * read by the model as people or places (a surname, a town), and "Mercedes" or "Audi" are missed.
 * In an article about motor racing (a race word and a team named), the teams and the sport's bodies
 * are organisations at every mention.
 */

/** Teams and constructors of Formula 1 and the sport's governing bodies, as news writes them. */
const TEAMS = [
  'Ferrari', 'McLaren', 'Mercedes', 'Red Bull', 'Red Bull Racing', 'Racing Bulls', 'Williams', 'Sauber', 'Kick Sauber', 'Alpine', 'Aston Martin',
  'Haas', 'Audi', 'Cadillac', 'AlphaTauri', 'Toro Rosso', 'Alfa Romeo', 'Renault', 'Lotus', 'Force India', 'Racing Point', 'Brawn', 'FIA', 'FOM',
];
/** Words of a race report: two different ones, or one with a team named, make one. */
const RACE_WORDS = /\b(?:Grand Prix|Formula (?:One|1)|F1|pole position|on pole|podium|qualifying|pit ?stops?|pit lane|fastest lap|safety car|constructors['’]? (?:championship|standings)|drivers['’]? (?:championship|standings)|chequered flag|checkered flag|paddock)\b/gu;
const MENTION = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${[...TEAMS].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}\p{N}-])`, 'gu');

/** Whether `text` is a motor-racing report: two different race words. */
const isRaceReport = lastTextMemo((text): boolean => {
  // A race report names the sport or its meeting: ruled out fast when neither is written.
  if (!text.includes('Grand Prix') && !text.includes('F1') && !text.includes('Formula') && !text.includes('pole')) return false;
  const seen = new Set<string>();
  for (const m of text.matchAll(RACE_WORDS)) seen.add(m[0].toLowerCase());
  return seen.size >= 2;
});

const mentionsIn = lastTextMemo((text) => mapSpans([...text.matchAll(MENTION)], (m) => ({ start: m.index, end: m.index + m[0].length })));

/**
 * Spans (sorted, apart) with the teams of a race report made organisations: a span that is exactly a
 * team takes that type, a team inside no span is added. Other articles are left as they are.
 */
export function withMotorRacingTeams(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!isRaceReport(text)) return spans as NamedSpan[];
  const teams = mentionsIn(text);
  const out = mapChangedSpans(spans, (s) => (s.type !== 'organization' && teams.some((t) => t.start === s.start && t.end === s.end) ? { ...s, type: 'organization' as const } : s));
  const added = mapSpans(teams.filter((t) => !overlapsAny(out, t.start, t.end)), (t) => ({ type: 'organization' as const, ...t }));
  return withAdded(out, added);
}
