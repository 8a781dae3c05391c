import type { NamedSpan } from './index';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { isSportsReport } from './sports-clubs';
import { mayMatch, piecesOf } from './alternation';
import { lastTextMemo } from './last-text-memo';
import { wordLedMatches } from './word-led';
import { MATCH_VERBS } from './match-verbs';

/**
 * Teams by the shapes of their names and the words around a mention. A club whose name starts with a
 * word only clubs begin with ("Borussia Dortmund", "Eintracht Frankfurt", "Spartak Moscow") is a club,
 * also when the model read it as a person; in a sports report the word alone is the club ("Borussia
 * to reinvest"), while a ground joined to it by a hyphen ("Borussia-Park", "Weser-Stadion") is a
 * place. A country after a team's words ("play for Spain", "against Germany") in a sentence naming a
 * competition between nations ("the Davis Cup tie") is its national team in that mention only, and
 * so are the two sides of a match's result ("Sweden defeated Panama 3-0", "Tunisia lost 1-2 to
 * England"), which a sentence read alone tells without a competition's name, and so is a country
 * before a side's player or leader ("Germany striker", "the England captain") or its score
 * ("Pakistan 315 for 4").
 */

/** Words only clubs' names begin with, before their town ("Borussia Mönchengladbach"), which alone name the club in a sports report. */
const CLUB_FIRST = new Set(['Borussia', 'Eintracht', 'Fortuna', 'Werder', 'Hertha', 'Olympique', 'Spartak', 'Lokomotiv', 'Dynamo', 'Dinamo', 'Atlético', 'Atletico', 'Deportivo']);
/** A club's first word, then its town: one to two capitalised words. */
const CLUB_NAME = /(?<![\p{L}\p{N}-])(Borussia|Eintracht|Fortuna|Werder|Hertha|Olympique|Spartak|Lokomotiv|Dynamo|Dinamo|Atlético|Atletico|Deportivo)(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,2}(?![\p{L}\p{N}-])/gu;
/** A ground joined to a club's word or name by a hyphen: "Borussia-Park", "Weser-Stadion". */
const GROUND_END = /-(?:Park|Stadion|Stadium|Arena)$/u;
/** Competitions between nations, one of which in a sentence makes a country there its team. */
const NATIONS_COMPETITION_NAME = String.raw`Davis Cup|Billie Jean King Cup|Fed Cup|Ryder Cup|Solheim Cup|World Cup|Nations League|Six Nations|Copa América|Africa Cup of Nations|Asian Cup|Gold Cup|Euro 20\d\d|World Cup qualifier`;
const NATIONS_COMPETITION = new RegExp(`(?:${NATIONS_COMPETITION_NAME})`, 'u');
/** Pieces of the competitions' names: an article holding none of them is passed over without the search. */
const NATIONS_COMPETITION_PIECES = piecesOf(NATIONS_COMPETITION_NAME);
/** A team's words before a country: "play for ", "against ", "beat ", "lost to ". */
const TEAM_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:(?:play|plays|played|playing|appear|appears|appeared|captain|captains|captained|debut|represent(?:s|ed|ing)?)[ \t]+for|${MATCH_VERBS}|represent(?:s|ed|ing)?)[ \t]+$`, 'u');

/**
 * A result's verb between two sides ("beat ", "lost to "), or a result's verb and score before the
 * second ("lost 1-2 to "), perhaps with a plural noun describing the second ("defeated debutants ").
 */
const RESULT_VERB = /\b(?:beat|beats|defeated|defeats|edged|thrashed|routed|drew[ \t]+with|lost[ \t]+to|(?:won|lost|drew)[ \t]+\d{1,3}[ \t]*[-–][ \t]*\d{1,3}[ \t]+(?:against|to|with))[ \t]+(?:\p{Ll}+s[ \t]+)?/gu;
/**
 * A score right after the second side, when the verb came without one: " 3-0", " 1 – 0"; a cricket
 * side's total before its scorers or overs (" 145 (", " 311 for 8"); or the margin (" by 27 runs",
 * " by six wickets", " by an innings").
 */
const SCORE_AFTER = /^[ \t]+(?:\d{1,3}[ \t]*[-–][ \t]*\d{1,3}(?![\d-])|\d{1,3}(?:[ \t]+for[ \t]+\d{1,2})?[ \t]+\(|by[ \t]+(?:an[ \t]+innings|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:runs?|wickets?|goals?|tries|points|strokes|shots|sets|frames)(?![\p{L}])))/u;
/** A score inside a result's verb ("lost 1-2 to "): the digit tells it. */
const DIGIT = /\d/u;

/** The results' verbs in a text, tried only where their words start (see word-led). */
const resultVerbsIn = wordLedMatches(RESULT_VERB);

/**
 * The places on both sides of a match's result, typed as teams: the place right after the verb, and
 * the place right before it when one stands there (a team found already may be either side). A score
 * must follow the second side unless the verb holds one.
 */
function withResultSides(text: string, spans: readonly NamedSpan[]): readonly NamedSpan[] {
  const sides = new Set<NamedSpan>();
  for (const m of resultVerbsIn(text)) {
    const at = m.index + m[0].length;
    const second = spans.find((s) => s.start === at);
    if (!second || second.type === 'person' || (!DIGIT.test(m[0]) && !SCORE_AFTER.test(text.slice(second.end, second.end + 24)))) continue;
    if (second.type === 'place') sides.add(second);
    const first = spans.find((s) => s.end === m.index - 1 && text[s.end] === ' ');
    if (first && first.type === 'place') sides.add(first);
  }
  return sides.size ? mapChangedSpans(spans, (s) => (sides.has(s) ? { ...s, type: 'organization' as const } : s)) : spans;
}

/**
 * A team's player, leader or squad right after a name ("Germany striker", "the England captain",
 * "the Korea squad", "40 Wales caps"): a lower-case word only a side has, not "team" or "side",
 * which a town's works team or a river's bank take too ("the Silverstone team", "the Bangor side").
 */
const SIDE_PEOPLE_AT = /[ \t](?:strikers?|midfielders?|defenders?|goalkeepers?|wingers?|full-backs?|fly-halves|fly-half|scrum-halves|scrum-half|batsm[ae]n|batters?|bowlers?|wicketkeepers?|skipper|captain|(?:head[ \t]+)?coach|squad|internationals?|caps|selectors)(?![\p{L}\p{M}'’-])/uy;

/**
 * A cricket side's score right after its name, perhaps after a verb: "Pakistan 315 for 4", "England
 * were 88 for 3", "had slipped to 64 for 2", "145 all out", "145 (19.2 overs)", "chased down 312".
 */
const SIDE_SCORE_AT = /[ \t](?:(?:(?:were|was|are|had[ \t]+)?(?:slipped|reached|finished|closed|collapsed|made)?(?:[ \t]+(?:to|on))?[ \t]*)\d{1,3}(?:[ \t]+for[ \t]+\d{1,2}|[ \t]+all[ \t]+out|[ \t]+\(\d{1,2}(?:\.\d)?[ \t]+overs?\))(?![\p{L}\p{N}])|chased[ \t]+down[ \t]+\d)/uy;

/**
 * Listed places the words of a side's people or its score follow, typed as the team in that
 * mention: a sentence read alone needs no sports report around it to tell "Germany striker" a team's
 * player or "Pakistan 315 for 4" a side. Not after "a"/"an" ("a London coach" may be a bus).
 */
function withPlayersOfNations(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): readonly NamedSpan[] {
  let sides: Set<NamedSpan> | null = null;
  for (const s of spans) {
    if (s.type !== 'place' || (text[s.end] !== ' ' && text[s.end] !== '\t')) continue;
    SIDE_PEOPLE_AT.lastIndex = s.end;
    SIDE_SCORE_AT.lastIndex = s.end;
    if (!(SIDE_PEOPLE_AT.test(text) || SIDE_SCORE_AT.test(text)) || !isPlace(text.slice(s.start, s.end))) continue;
    const before = text.slice(Math.max(0, s.start - 3), s.start);
    if (/(?:^|[^\p{L}])an?[ \t]$/iu.test(before)) continue;
    (sides ??= new Set()).add(s);
  }
  return sides ? mapChangedSpans(spans, (s) => (sides!.has(s) ? { ...s, type: 'organization' as const } : s)) : spans;
}

/** The sentence around `at`: from the last full stop, line break or text start to the next. */
function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && text[start - 1] !== '\n' && !(text[start - 1] === ' ' && (text[start - 2] === '.' || text[start - 2] === '!' || text[start - 2] === '?'))) start--;
  let end = at;
  while (end < text.length && text[end] !== '\n' && !(text[end] === '.' && (text[end + 1] === ' ' || text[end + 1] === undefined))) end++;
  return text.slice(start, end);
}

/** Whether a text names a competition of national teams: a cheap test for its words first. */
const namesNationsCompetition = lastTextMemo((text): boolean => mayMatch(text, NATIONS_COMPETITION_PIECES) && NATIONS_COMPETITION.test(text));

/** The clubs' names, searched only where their first words start (see word-led). */
const clubNameMatches = wordLedMatches(CLUB_NAME);

/** The full club names of a text ("Borussia Mönchengladbach"), searched once for both readings of it. */
const clubNamesIn = lastTextMemo((text): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const m of clubNameMatches(text)) if (m[0] !== m[1]) found.push({ type: 'organization', start: m.index, end: m.index + m[0].length });
  return found;
});

/**
 * Spans (sorted, apart) with clubs by their first word, grounds joined to one, and national teams
 * in their cued mentions typed as the file's comment says. `isPlace` tells a listed place.
 */
export function withTeamNames(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const sport = isSportsReport(text);
  let out = spans;
  if (sport) {
    out = mapChangedSpans(out, (s) => {
      const name = text.slice(s.start, s.end);
      if (s.type === 'organization' && GROUND_END.test(name) && CLUB_FIRST.has(name.slice(0, name.indexOf('-')))) return { ...s, type: 'place' as const };
      if (s.type !== 'organization' && CLUB_FIRST.has(name) && text[s.end] !== '-') return { ...s, type: 'organization' as const };
      return s;
    });
  }
  // National teams, in any article (a tennis report has few of a sports report's words).
  if (namesNationsCompetition(text)) {
    out = mapChangedSpans(out, (s) => {
      if (s.type !== 'place' || !isPlace(text.slice(s.start, s.end)) || !TEAM_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start))) return s;
      return NATIONS_COMPETITION.test(sentenceAround(text, s.start)) ? { ...s, type: 'organization' as const } : s;
    });
  }
  out = withPlayersOfNations(text, out, isPlace);
  out = withResultSides(text, out);
  // Full club names, in any article: "Borussia Mönchengladbach" over a person's span or a town's.
  const found = clubNamesIn(text);
  if (!found.length) return [...out];
  const typed = mapChangedSpans(out, (s) => (s.type !== 'organization' && found.some((f) => f.start === s.start && f.end === s.end) ? { ...s, type: 'organization' as const } : s));
  // Copies: a later rule may move a span's ends, and the remembered ones serve the second reading too.
  return withWholeNames(typed, found.map((f) => ({ ...f })));
}
