import type { NamedSpan } from './index';
import { withAdded, withWholeNames } from './added-spans';
import { mapSpans } from './span-arrays';
import { lastTextMemo } from './last-text-memo';
import { tableCells } from '../text/table-cells';
import { alignedColumnCells } from '../text/table-columns';

/**
 * A country's three-letter sports code in brackets right after an athlete's name, as results tables
 * and start lists write it ("F. Jansen (NED) 14:21.07", "Mary Keitany (KEN)"), names the country the
 * athlete runs for: a place. The model reads a code it does not know as a person or misses it. Only
 * the codes of the national Olympic committees count, and only after a person's name: "(IND)" after
 * a candidate's name is "Independent", so it is left out. It runs after the person rules, which
 * find the athletes in results tables ("F. van der Steen (NED)"). In a table with a column headed
 * "Country" or "Nation" ("| 1 | C Byrne | NIR | 68 |"), a code in that column is a place whatever
 * stands beside it; the home nations' codes of golf, football and rugby ("NIR", "SCO", "ENG",
 * "WAL") count there too, and so do the codes of a column headed "Team" made of codes alone. A
 * table written without bars, its columns lined up by spaces ("Pos  Name     Nat  Time"), is read so too.
 */

/** The national Olympic committees' codes, "IND" left out (see above). */
const CODES: ReadonlySet<string> = new Set(
  (
    'AFG ALB ALG AND ANG ANT ARG ARM ARU ASA AUS AUT AZE BAH BAN BAR BDI BEL BEN BER BHU BIH BIZ BLR BOL BOT BRA BRN BRU BUL BUR ' +
    'CAF CAM CAN CAY CGO CHA CHI CHN CIV CMR COD COK COL COM CPV CRC CRO CUB CYP CZE DEN DJI DMA DOM ECU EGY ERI ESA ESP EST ETH ' +
    'FIJ FIN FRA FSM GAB GAM GBR GBS GEO GEQ GER GHA GRE GRN GUA GUI GUM GUY HAI HKG HON HUN INA IRI IRL IRQ ISL ISR ISV ITA IVB ' +
    'JAM JOR JPN KAZ KEN KGZ KIR KOR KOS KSA KUW LAO LAT LBA LBN LBR LCA LES LIE LTU LUX MAD MAR MAS MAW MDA MDV MEX MGL MHL MKD ' +
    'MLI MLT MNE MON MOZ MRI MTN MYA NAM NCA NED NEP NGR NIG NOR NRU NZL OMA PAK PAN PAR PER PHI PLE PLW PNG POL POR PRK PUR QAT ' +
    'ROU RSA RUS RWA SAM SEN SEY SGP SKN SLE SLO SMR SOL SOM SRB SRI SSD STP SUD SUI SUR SVK SWE SWZ SYR TAN TGA THA TJK TKM TLS ' +
    'TOG TPE TTO TUN TUR TUV UAE UGA UKR URU USA UZB VAN VEN VIE VIN YEM ZAM ZIM'
  ).split(' '),
);

/** Codes of the home nations, used for them in golf, football and rugby tables. */
const HOME_NATIONS: ReadonlySet<string> = new Set(['ENG', 'SCO', 'WAL', 'NIR']);
/** Headings of a table's column of countries. */
const COUNTRY_HEADINGS: ReadonlySet<string> = new Set(['Country', 'Nation', 'Nationality', 'Nat', 'Nat.', 'Ctry']);
/** Headings of a column of teams, which are countries only when every cell is a country's code ("| Team |" over "URU", "CAN"). */
const TEAM_HEADINGS: ReadonlySet<string> = new Set(['Team', 'Teams', 'Side']);
/** The line of dashes under a Markdown table's header row: "---", ":---:". */
const RULE_CELL = /^:?-+:?$/u;
/** Where a column of countries may be headed in a table written without bars ("Pos  Name      Nat  Time"). */
const ALIGNED_COUNTRY_CUE = /(?<= {2}|\t|^)(?:Country|Nation|Nationality|Nat\.?|Ctry)(?= {2}|\t|\r?$)/gmu;

/** Whether a cell's text is a country's code. */
function isCode(cell: string): boolean {
  return cell.length === 3 && (CODES.has(cell) || HOME_NATIONS.has(cell));
}

/** The column of countries in a table's header row and whether it is one of teams, or null. */
function countryColumn(row: string): { index: number; teams: boolean } | null {
  const cells = tableCells(row, 0);
  const countries = cells.findIndex((c) => COUNTRY_HEADINGS.has(c.text));
  if (countries >= 0) return { index: countries, teams: false };
  const teams = cells.findIndex((c) => TEAM_HEADINGS.has(c.text));
  return teams >= 0 ? { index: teams, teams: true } : null;
}

/**
 * The codes in the column of countries of each pipe table in `text` (a Markdown or plain-text table),
 * as places; in a column of teams, only when all its cells are codes (clubs' codes are no countries:
 * "| Team |" over "BOS", "LAL"). Kept for the rule layer's second reading.
 */
const tableCodes = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  let column: { index: number; teams: boolean } | null = null;
  let teamCodes: NamedSpan[] = [];
  let allCodes = true;
  const closeTable = () => {
    if (column?.teams && allCodes) found.push(...teamCodes);
    column = null;
    teamCodes = [];
    allCodes = true;
  };
  for (let start = text.includes('|') ? 0 : text.length + 1; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text[start] !== '|') closeTable();
    else if (!column) column = countryColumn(text.slice(start, end));
    else {
      const cell = tableCells(text.slice(start, end), start)[column.index];
      const code = cell && isCode(cell.text) ? { type: 'place' as const, start: cell.start, end: cell.start + 3 } : null;
      if (!column.teams) {
        if (code) found.push(code);
      } else if (code) teamCodes.push(code);
      else if (cell && !RULE_CELL.test(cell.text)) allCodes = false;
    }
    start = end + 1;
  }
  // A table without bars holds two spaces or more between its columns.
  if (text.includes('  ')) {
    for (const cell of alignedColumnCells(text, ALIGNED_COUNTRY_CUE, (header) => COUNTRY_HEADINGS.has(header))) {
      if (isCode(cell.text)) found.push({ type: 'place', start: cell.start, end: cell.start + 3 });
    }
  }
  return found.sort((a, b) => a.start - b.start);
});

/** The code in brackets one space after `end`, as [start, end] of the code, or null: " (KEN)". */
function codeAfter(text: string, end: number): [number, number] | null {
  if (text[end] !== ' ' || text[end + 1] !== '(' || text[end + 5] !== ')') return null;
  return CODES.has(text.slice(end + 2, end + 5)) ? [end + 2, end + 5] : null;
}

/** Spans (sorted, apart) with the codes after athletes' names typed or added as places; see the file's comment. */
export function withCountryCodes(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const retyped = new Set<number>();
  const added: NamedSpan[] = [];
  for (const [k, s] of spans.entries()) {
    if (s.type !== 'person') continue;
    const code = codeAfter(text, s.end);
    if (!code) continue;
    const next = spans[k + 1];
    if (!next || next.start >= code[1]) added.push({ type: 'place', start: code[0], end: code[1] });
    else if (next.start === code[0] && next.end === code[1] && next.type !== 'place') retyped.add(k + 1);
  }
  // A table of countries needs a heading row: one literal search spares the rest for most texts.
  const table = (text.includes('|') || text.includes('  ')) && (text.includes('Country') || text.includes('Nat') || text.includes('Ctry') || text.includes('Team') || text.includes('Side')) ? tableCodes(text) : [];
  if (!added.length && !retyped.size && !table.length) return spans as NamedSpan[];
  const out = retyped.size ? mapSpans(spans, (s, k) => (retyped.has(k) ? { ...s, type: 'place' as const } : s)) : (spans as NamedSpan[]);
  return table.length ? withWholeNames(withAdded(out, added), table) : withAdded(out, added);
}
