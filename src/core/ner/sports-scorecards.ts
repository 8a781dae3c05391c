import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { withAdded, withoutOverlapping } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { boxScoreNames, mayHoldBoxScore } from './sports-box-scores';
import { isSportsReport } from './sports-clubs';

/**
 * The players of a scorecard, read by the shape of its lines as a reader reads them, not by lists of
 * names: a cricket batter's line ("A Sharma (capt) c Hollis b Brennan 45 (38)", the batter, the fielder
 * and the bowler), "Did not bat: K Rao, N Iqbal", the fall of wickets ("1-9 (Raghavan)"), bowling
 * figures ("Brennan 4-0-29-2"), a rugby box score's scorers ("(T Ngata 2, J Lomu tries; D Carter 4
 * cons, pen)") and a team list ("Hawks: Sam Tully; Ben Ruru, ..., Jack Reid (capt), ..."). The model,
 * seeing no sentences there, cuts the initial off, reads a surname as a town ("Bramall") or misses
 * the name; the shape of the line outweighs it. Only sports reports holding one of the shapes' words
 * pay more than a few literal searches.
 */

/** Particles inside a surname ("de Villiers", "van der Merwe", "ul Haq"). */
const PARTICLE = String.raw`(?:de|van|der|den|du|da|von|ten|ter|le|la|ul|al|bin)`;
/** A surname: capitalised, perhaps "Mc"/"O'" before a second capital, perhaps hyphenated ("O'Driscoll-Hart"). */
const SURNAME = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}'’]+)?(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
/** A player as a scorecard writes one: initials or given names, particles, and a surname ("JE Root", "A. B. de Villiers", "Ngāwai Te Rangi"). */
const PLAYER = String.raw`(?:(?:\p{Lu}{1,3}|(?:\p{Lu}\.[ \t]?){1,3}|${SURNAME})[ \t]+){0,2}(?:${PARTICLE}[ \t]+){0,2}${SURNAME}`;
/** A whole item that is one player, markers of captain and keeper apart. */
const PLAYER_ITEM = new RegExp(String.raw`^[*†]?(${PLAYER})[*†]?(?:[ \t]*\((?:capt|c|vc|wk)\))*$`, 'u');
/** The players named inside a dismissal ("c Thwaite b Ashworth", "run out (Sehrawat/Ahluwalia)"). */
const PLAYERS_IN = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])${PLAYER}(?![\p{L}\p{M}'’-])`, 'gu');

/**
 * A batter's line: a list mark perhaps, the batter (group 1), "(capt)"/"(wk)", the dismissal (group 2)
 * and the runs. Tried at each line's start of a text holding " b " or "not out".
 */
const BATTING_LINE = new RegExp(
  String.raw`[ \t]*(?:[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?[*†]?(${PLAYER})[*†]?(?:[ \t]*\((?:capt|c|vc|wk)\))*[ \t]+` +
    String.raw`((?:(?:c[ \t]+(?:&|and)|(?:c|st)[ \t]+[^\n\d]{1,40}?|lbw|hit wicket)[ \t]+)?b[ \t]+[^\n\d]{1,40}?|run out(?:[ \t]*\([^()\n\d]{1,60}\))?|not out|retired(?: hurt| out| not out)?|absent hurt|timed out)` +
    String.raw`[ \t]+\d{1,3}(?![\d-])`,
  'uy',
);
/** "Did not bat: K Iyer, N Chauhan", the list in group 1. */
const DID_NOT_BAT = /^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*)?(?:Did not bat|Yet to bat|DNB)(?:\*\*)?[ \t]*:?(?:\*\*)?[ \t]*([^\n]+)$/gmu;
/** A fall of wickets' line ("Fall of wickets: 1-9 (Raghavan), 2-67 (Patil)"). */
const FALL_OF_WICKETS = /^[^\n]*?(?:Fall of wickets|FoW)\b[^\n]*$/gmu;
/** A wicket's score and the batter out in brackets, the name in group 1 up to a comma, a figure or the bracket. */
const WICKET = new RegExp(String.raw`\d{1,3}-\d{1,3}[ \t]*\((${PLAYER})(?=[ \t]*[,)\d])`, 'gu');
/** Bowling figures, overs-maidens-runs-wickets ("4-0-29-2", "3.2-0-31-2"), the bowler before them in group 1. */
const FIGURES = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])(${PLAYER})[ \t]+\d{1,2}(?:\.[1-5])?-\d{1,2}-\d{1,3}-\d{1,2}(?![\d-])`, 'gu');
/** A bracket in a box score's line, its content in group 1. */
const BRACKET = /\(([^()\n]{3,300})\)/gu;
/** Words of points scored in rugby: a scorer's item ends with them or with a count. */
const SCORING = /(?:^|[ \t])(?:tries|try|cons?|conversions?|pens?|penalties|penalty|dgs?|drop goals?)$/u;
const SCORING_WORDS = /[ \t]*\b(?:tries|try|cons?|conversions?|pens?|penalties|penalty|dgs?|drop goals?)$/u;
/** A team list: a label and a colon, then the players (group 1) parted by commas and semicolons. */
const TEAM_LIST = /^[ \t]*(?:\*\*)?[\p{Lu}][^\n:*]{1,40}(?::\*\*|\*\*:|:)[ \t]+([^\n]+)$/gmu;
/** The fewest players a line must list to be a team list. */
const TEAM_LIST_LEAST = 8;
/** Labels of a bowling or batting section, which read as a capitalised word before a bowler. */
const LABELS = new Set(['Bowling', 'Bowler', 'Bowlers', 'Batting', 'Extras', 'Total']);

/** The player in `item` (offset `at` in the text) as a person, or null: the item must be one player, whole. */
function playerIn(item: string, at: number): NamedSpan | null {
  const lead = item.length - item.trimStart().length;
  const trimmed = item.trim();
  const m = PLAYER_ITEM.exec(trimmed);
  if (!m || LABELS.has(m[1])) return null;
  const start = at + lead + trimmed.indexOf(m[1]);
  return { type: 'person', start, end: start + m[1].length };
}

/** The items of a list (comma or semicolon apart) that are each one player; null unless every item is. */
function playersOfList(list: string, at: number): NamedSpan[] | null {
  const found: NamedSpan[] = [];
  let from = 0;
  for (const item of list.split(/[,;]/u)) {
    const p = playerIn(item, at + from);
    from += item.length + 1;
    if (!p) return null;
    found.push(p);
  }
  return found;
}

/** The players named in `part` (offset `at`), capitalised runs the labels aside. */
function playersNamedIn(part: string, at: number, out: NamedSpan[]): void {
  for (const m of part.matchAll(PLAYERS_IN)) if (!LABELS.has(m[0])) out.push({ type: 'person', start: at + m.index, end: at + m.index + m[0].length });
}

/** Cricket's lines: batters and dismissals, those who did not bat, the fall of wickets and bowling figures. */
function cricketPlayers(text: string, out: NamedSpan[]): void {
  let batting = 0;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    BATTING_LINE.lastIndex = at;
    const m = end - at > 8 ? BATTING_LINE.exec(text) : null;
    if (m && m.index + m[0].length <= end) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ type: 'person', start, end: start + m[1].length });
      playersNamedIn(m[2], m.index + m[0].lastIndexOf(m[2]), out);
      batting++;
    }
    at = end + 1;
  }
  // The other shapes of a card count only beside batters' lines: "1-0 (Smith)" alone is a score.
  if (!batting) return;
  for (const m of text.matchAll(DID_NOT_BAT)) out.push(...(playersOfList(m[1], m.index + m[0].length - m[1].length) ?? []));
  for (const line of text.matchAll(FALL_OF_WICKETS)) {
    for (const w of line[0].matchAll(WICKET)) {
      const start = line.index + w.index + w[0].length - w[1].length;
      out.push({ type: 'person', start, end: start + w[1].length });
    }
  }
  for (const m of text.matchAll(FIGURES)) {
    // "Bowling: Ashworth 4-0-29-2": the label is not the bowler's given name.
    const words = m[1].split(/[ \t]+/u);
    let skip = 0;
    while (words.length > 1 && LABELS.has(words[0].replace(/:$/u, ''))) skip += words.shift()!.length + 1;
    const start = m.index + skip;
    if (!LABELS.has(text.slice(start, m.index + m[1].length))) out.push({ type: 'person', start, end: m.index + m[1].length });
  }
}

/** A box score's scorers: each bracket whose every item ends in a count or a word of scoring. */
function rugbyScorers(text: string, out: NamedSpan[]): void {
  for (const b of text.matchAll(BRACKET)) {
    const content = b[1];
    if (!SCORING.test(content.split(';')[0].trim())) continue;
    const found: NamedSpan[] = [];
    let from = b.index + 1;
    let ok = true;
    for (const item of content.split(/[,;]/u)) {
      // "T Ngata 2", "D Carter 4 cons", "pen": a count and the scoring words are not the name.
      const name = item.replace(SCORING_WORDS, '').replace(/[ \t]+\d{1,2}'?$/u, '');
      if (name.trim() && !/^[ \t]*\d/u.test(name)) {
        const p = playerIn(name, from);
        if (!p) ok = false;
        else found.push(p);
      }
      from += item.length + 1;
    }
    if (ok) out.push(...found);
  }
}

/** Team lists: a label, a colon and at least {@link TEAM_LIST_LEAST} players, every item one. */
function teamLists(text: string, out: NamedSpan[]): void {
  for (const m of text.matchAll(TEAM_LIST)) {
    const list = m[1];
    let items = 1;
    for (let i = 0; i < list.length; i++) if (list[i] === ',' || list[i] === ';') items++;
    if (items < TEAM_LIST_LEAST) continue;
    out.push(...(playersOfList(list, m.index + m[0].length - list.length) ?? []));
  }
}

/** The players of the scorecards in a sports report, sorted, apart; a few literal searches for reports without one. */
const scorecardPlayers = lastTextMemo((text): NamedSpan[] => {
  const out: NamedSpan[] = [];
  // Searching for " b " is slow (spaces are everywhere): only a sports report is searched.
  if (!isSportsReport(text)) return out;
  if (text.includes(' b ') || text.includes(' not out ')) cricketPlayers(text, out);
  // A box score's list of scorers ends its first part with "tries" or "try" before a semicolon or the bracket.
  if (text.includes(' tries;') || text.includes(' tries)') || text.includes(' try;') || text.includes(' try)')) rugbyScorers(text, out);
  if (out.length || text.includes('(capt)')) teamLists(text, out);
  if (mayHoldBoxScore(text)) out.push(...boxScoreNames(text));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const apart: NamedSpan[] = [];
  for (const s of out) if (!apart.length || s.start >= apart[apart.length - 1].end) apart.push(s);
  return apart;
});

/**
 * Spans (sorted, apart) with the players of scorecards as people (and a football box score's team
 * codes and referee's place, see `sports-box-scores.ts`), in place of any span overlapping one; see the
 * file's comment.
 */
export function withScorecardNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const players = scorecardPlayers(text);
  if (!players.length) return spans as NamedSpan[];
  return withAdded(withoutOverlapping(spans, players), mapSpans(players, (p) => ({ ...p })));
}
