import type { NamedSpan } from './index';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { wordLedMatches } from './word-led';
import { PLACES } from './rule-tagger';
import { resultLinesIn } from './results-lines';
import { columnCells, mayHoldTable } from '../text/table-columns';
import { COUNTRIES_AS_WRITTEN } from './org-carriers';

/**
 * Road-cycling teams in a race report. Their names are their sponsors' joined by hyphens, with
 * small words and capitals inside ("Visma-Lease a Bike", "Decathlon CMA CGM", "UAE Team Emirates
 * XRG"), which the model cuts short ("UAE" as a country), reads as places or misses. In an article
 * about cycling (two of the sport's words), the teams of the men's top division and the sport's
 * bodies are organisations at every mention, the name in brackets after a rider's in a numbered
 * results line is the rider's team ("3. Name (Team) +0:27") unless it is a country's, and the races,
 * which are no organisations, lose the spans the model put on them or inside them ("Paris-Nice",
 * "Dauphiné" of "Critérium du Dauphiné", "Faso" of "Tour du Faso"). A results table's "Team" column holds teams, whatever the
 * model read there ("AS Bobo", "VC La Pomme Marseille"). When that column names a country, the race
 * is one of national teams, and a country before a rider ("Morocco's Youssef El Amrani", "his Kenya
 * team-mate", "the Eritrea climber") or in brackets after one ("Kaboré (Burkina Faso)") is the team;
 * elsewhere ("club teams from France") it stays a place.
 */

/** Teams of the top division, in the shapes news writes them, with recent former names, and the sport's bodies. */
const TEAMS = [
  'Alpecin-Deceuninck', 'Alpecin-Premier Tech', 'Bahrain Victorious', 'Bahrain-Victorious', 'Decathlon AG2R La Mondiale', 'Decathlon CMA CGM',
  'AG2R La Mondiale', 'AG2R Citroën', 'EF Education-EasyPost', 'EF Education First', 'Groupama-FDJ', 'Groupama-FDJ United', 'INEOS Grenadiers',
  'Ineos Grenadiers', 'Netcompany INEOS', 'Team INEOS', 'Team Ineos', 'Team Sky', 'Intermarché-Wanty', 'Lotto Intermarché', 'Lotto Dstny',
  'Lotto-Soudal', 'Lidl-Trek', 'Trek-Segafredo', 'Movistar', 'Movistar Team', 'Red Bull-Bora-Hansgrohe', 'Bora-Hansgrohe', 'Soudal Quick-Step',
  'Soudal-Quick-Step', 'Deceuninck-Quick-Step', 'Quick-Step', 'Team Jayco AlUla', 'Jayco AlUla', 'Jayco-AlUla', 'Team Picnic PostNL',
  'Picnic PostNL', 'Team DSM', 'Team dsm-firmenich PostNL', 'Team Visma | Lease a Bike', 'Visma | Lease a Bike', 'Visma-Lease a Bike',
  'Jumbo-Visma', 'UAE Team Emirates', 'UAE Team Emirates XRG', 'XDS Astana', 'XDS Astana Team', 'Astana Qazaqstan', 'Cofidis',
  'Arkéa-B&B Hotels', 'Arkéa-Samsic', 'Israel-Premier Tech', 'Uno-X Mobility', 'Q36.5 Pro Cycling', 'Tudor Pro Cycling', 'TotalEnergies',
  'Caja Rural-Seguros RGA', 'Euskaltel-Euskadi', 'Kern Pharma', 'NSN Cycling', 'UCI', 'ASO', 'RCS Sport', 'Flanders Classics',
];
/** Races of the calendar, which name no organisation and no place. */
const RACES = [
  'Paris-Nice', 'Tirreno-Adriatico', 'Milan-San Remo', 'Milan-Sanremo', 'Paris-Roubaix', 'Liège-Bastogne-Liège', 'Tour of Flanders',
  'Critérium du Dauphiné', 'Tour de Suisse', 'Tour de France', "Giro d'Italia", 'Vuelta a España', 'Volta a Catalunya', 'Tour de Romandie',
  'Il Lombardia', 'Strade Bianche', 'Amstel Gold Race', 'Flèche Wallonne', 'Gent-Wevelgem', 'Omloop Het Nieuwsblad', 'Tour Down Under',
  'UAE Tour', 'Tour de Pologne', 'Itzulia Basque Country', 'Kuurne-Brussel-Kuurne', 'Dwars door Vlaanderen', 'Tour of the Alps',
];
/** One search for a list's names, longest first, ending at a word's end. */
function searchFor(names: readonly string[]): RegExp {
  const escaped = [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(`(?:${escaped.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
}
const TEAM_SEARCH = searchFor(TEAMS);
const RACE_SEARCH = searchFor(RACES);
/**
 * A stage race named as a tour of its country or region ("Tour du Faso", "Tour de Langkawi", "Tour of
 * Oman", "Tour du Rwanda"), the calendar's many smaller races the list does not hold.
 */
const TOUR_OF_PLACE = /(?<![\p{L}\p{N}-])Tour (?:du|de(?: la)?|des|of(?: the)?) \p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?(?![\p{L}\p{N}-])/gu;
/** A country in a results line's brackets: a code ("FRA", "Fra") rather than a team. */
const COUNTRY_CODE = /^\p{Lu}(?:\p{Lu}{1,2}|\p{Ll}{2})$/u;

/** Words of a cycling report (two different ones make one); `true` where a plural "s" may follow. */
const SPORT_TERMS: ReadonlyArray<readonly [string, boolean]> = [
  ['peloton', false], ['yellow jersey', false], ['pink jersey', false], ['green jersey', false], ['points jersey', false],
  ['polka-dot jersey', false], ['maillot jaune', false], ['general classification', false], ['breakaway', false], ['time trial', false],
  ['stage win', false], ['stage race', false], ['summit finish', false], ['sports director', false], ['WorldTour', false],
  ['cyclist', true], ['cycling', false], ['rider', true], ['Tour de France', false], ["Giro d'Italia", false], ['Vuelta', false],
];

/**
 * The terms as one search, tried only where a word starts (see `word-led.ts`): a whole word, as `\b`
 * reads it, with a plural "s" where the term takes one ("riders").
 */
const TERM_SEARCH = new RegExp(
  `\\b(?:${SPORT_TERMS.map(([term, plural]) => term.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&') + (plural ? 's?' : '')).join('|')})(?![A-Za-z0-9_])`,
  'g',
);
const termMatches = wordLedMatches(TERM_SEARCH);
const PLURAL_TERMS = new Set(SPORT_TERMS.filter(([, plural]) => plural).map(([term]) => term));

/** Whether `text` is a cycling report: two different words of the sport. */
const isCyclingReport = lastTextMemo((text): boolean => {
  let first: string | undefined;
  for (const m of termMatches(text)) {
    const term = m[0].endsWith('s') && PLURAL_TERMS.has(m[0].slice(0, -1)) ? m[0].slice(0, -1) : m[0];
    if (first === undefined) first = term;
    else if (term !== first) return true;
  }
  return false;
});

/** A "Team" column's header in a results table. */
const TEAM_HEADER = /^Teams?$/u;
/** A cell naming a team: one to six words, the first capitalised, not a time nor a code ("FRA"). */
const TEAM_CELL = /^\p{Lu}[^\s|]*(?:[ \t]+[^\s|]+){0,5}$/u;
/** Right after a country: a rider of its team, named ("'s Youssef") or by role ("team-mate", "climber"). */
const RIDER_AFTER = /^(?:['’]s[ \t]+\p{Lu}|[ \t]+(?:riders?|team-?mates?|climbers?|sprinters?|leaders?)(?![\p{L}-]))/u;
/** A capitalised name right before an opening bracket: "Kaboré (". */
const NAME_BEFORE_BRACKET = /\p{Lu}[\p{L}\p{M}'’.-]*[ \t]\($/u;

/** The cells of the "Team" columns of a cycling report's tables, codes left out. */
const teamCellsIn = lastTextMemo((text): NamedSpan[] => {
  if (!mayHoldTable(text)) return [];
  return columnCells(text, (header) => TEAM_HEADER.test(header))
    .filter((c) => TEAM_CELL.test(c.text) && !COUNTRY_CODE.test(c.text))
    .map((c) => ({ type: 'organization', start: c.start, end: c.start + c.text.length }));
});

/** Whether the character before `at` goes on with a word. */
function gluedBefore(text: string, at: number): boolean {
  return at > 0 && /[\p{L}\p{N}-]/u.test(text[at - 1]);
}

/** The teams' and races' mentions in a cycling report, searched once for the two readings of an article. */
const mentionsIn = lastTextMemo((text) => {
  const teams: NamedSpan[] = [];
  for (const m of text.matchAll(TEAM_SEARCH)) if (!gluedBefore(text, m.index)) teams.push({ type: 'organization', start: m.index, end: m.index + m[0].length });
  for (const line of resultLinesIn(text)) {
    const team = line.bracketed.trim();
    if (!/^\p{Lu}/u.test(team) || COUNTRY_CODE.test(team) || PLACES.has(team) || /\d[:'’h]/u.test(team)) continue;
    const start = line.bracketedStart + line.bracketed.indexOf(team);
    teams.push({ type: 'organization', start, end: start + team.length });
  }
  const raceMatches = [...text.matchAll(RACE_SEARCH)].filter((m) => !gluedBefore(text, m.index));
  if (text.includes('Tour ')) raceMatches.push(...text.matchAll(TOUR_OF_PLACE));
  const races = mapSpans(raceMatches, (m) => ({ start: m.index, end: m.index + m[0].length }));
  return { teams, races };
});

/** Whether the place `s` names a national team by a rider's side: see the file's comment. */
function isRidersNation(text: string, s: NamedSpan): boolean {
  if (RIDER_AFTER.test(text.slice(s.end, s.end + 14))) return true;
  return text[s.end] === ')' && NAME_BEFORE_BRACKET.test(text.slice(Math.max(0, s.start - 40), s.start));
}

/**
 * Spans (sorted, apart) with a cycling report's teams put in as organisations and its races' spans
 * taken out; see the file's comment. `isNation` tells a country's name.
 */
export function withCyclingTeams(text: string, spans: readonly NamedSpan[], isNation: (name: string) => boolean = () => false): NamedSpan[] {
  if (!isCyclingReport(text)) return spans as NamedSpan[];
  const { teams: named, races } = mentionsIn(text);
  const cells = teamCellsIn(text);
  const teams = cells.length ? [...named, ...cells].sort((a, b) => a.start - b.start) : named;
  let out = races.length ? spans.filter((s) => !races.some((r) => r.start <= s.start && s.end <= r.end)) : [...spans];
  // The name lists lack some countries as written ("Côte d'Ivoire").
  const nation = (name: string) => isNation(name) || COUNTRIES_AS_WRITTEN.has(name);
  if (cells.some((c) => nation(text.slice(c.start, c.end)))) {
    out = mapSpans(out, (s) => (s.type === 'place' && nation(text.slice(s.start, s.end)) && isRidersNation(text, s) ? { ...s, type: 'organization' as const } : s));
  }
  if (!teams.length) return out;
  const typed = mapChangedSpans(out, (s) => (s.type !== 'organization' && teams.some((t) => t.start === s.start && t.end === s.end) ? { ...s, type: 'organization' as const } : s));
  return withWholeNames(typed, teams.map((t) => ({ ...t })));
}
