import type { NamedSpan } from './index';
import { withAdded } from './added-spans';
import { PLACES } from './rule-tagger';
import { lastTextMemo } from './last-text-memo';

/**
 * Cues in the words around a name that settle what it is, whatever the model made of it: the job
 * after a team's or a firm's name ("Sevilla goalkeeper Ørjan Haugland", "Piper Sandler analyst Claire
 * Dunmore"), a score between two teams ("Belgium 3 – 0 Panama"), a firm named "A & B", the exchange of a ticker ("(NYSE: BGA)"), and the marks of US
 * news style around places ("R-Harlan Springs", "Okla.").
 */

/**
 * Jobs held at a club, a firm or an office, not at a place: the name right before one, followed by a
 * person's name, is the club's or the firm's ("Betis defender Marc Aguilar", "Kremlin spokesman Dmitry
 * Peskov"). Jobs of places ("Mayor", "Governor") and of countries are left out.
 */
export const JOBS = String.raw`(?:analysts?|economists?|strategists?|spokes(?:man|woman|person)|coach|manager|defender|goalkeeper|keeper|midfielder|striker|winger|forward|captain|chairman|chairwoman|founder|boss)`;
/** Read in place at a name's end (sticky), within {@link ROLE_REACH} characters of it. */
const ROLE_AFTER = new RegExp(String.raw`['’]?s?,?[ \t]+${JOBS}(?:,)?[ \t]+\p{Lu}\p{Ll}`, 'uy');
const ROLE_REACH = 40;
/** A firm named after its founders: "Halvorsen & Pike", "Procter & Gamble". */
const AMPERSAND = /^[ \t]+&[ \t]+$/u;
/** What names a constituency: "the MP for", "MSP for", "member for". */
const SEAT_BEFORE = /(?:\bM[SP]?P|\bTD|\b[Mm]ember)[ \t]+for[ \t]+$/u;
/** A ticker in brackets after an exchange's name: "(NASDAQ: TMDX)", "(NYSE: BGA)", "(TSX: ABC.U)". */
const TICKER = /\(([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?):[ \t]*[\p{Lu}\d.]{1,8}\)/gu;
/** The tickers of a text, searched once for both readings of an article. */
const tickersIn = lastTextMemo((text) => (text.includes(':') ? [...text.matchAll(TICKER)] : []));
/** US party and district after a lawmaker's name: "R-Harlan Springs", "D-Calif.". */
const PARTY_PREFIX = /^[RDI]-(?=\p{Lu})/u;
/** The US states as AP style shortens them; the full stop is part of the name ("Okla.", "N.M."). */
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo'.split(' '),
);

/** Words before a place's name that a person's or a team's rarely follows: "in Paris", "flew home to Norway". */
export const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|to|near|into|across|outside|around|throughout|via|towards?)[ \t]+$/u;

/** Whether some mention of `name` follows a word of place ("in Taikoo", "from Taikoo"). */
export function readAsPlace(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}
/** A score between two names: "Belgium 3 – 0 Panama", "Leeds 2-1 Everton". */
const SCORE = /^[ \t]+\d{1,2}[ \t]*[-–—][ \t]*\d{1,2}[ \t]+$/u;

/**
 * Names cued as a club's or a firm's by a job after them, and the teams on both sides of a score,
 * even when named after their country or city ("Tunisia 1 – 2 England").
 */
function cuedOrganisations(text: string, spans: readonly NamedSpan[]): Set<string> {
  const names = new Set<string>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'organization' && mayOpenRole(text.charCodeAt(s.end)) && roleAfter(text, s.end)) {
      const name = text.slice(s.start, s.end);
      if (!PLACES.has(name)) names.add(name);
    }
    const next = spans[k + 1];
    if (next && s.type !== 'person' && next.type !== 'person' && next.start - s.end <= 14 && isBlank(text.charCodeAt(s.end)) && isBlank(text.charCodeAt(next.start - 1)) && SCORE.test(text.slice(s.end, next.start))) {
      names.add(text.slice(s.start, s.end));
      names.add(text.slice(next.start, next.end));
    }
  }
  return names;
}

/** Whether a job and a person's name follow `end` ("Betis defender Marc"): read in place rather than on a copy of the text after it. */
function roleAfter(text: string, end: number): boolean {
  ROLE_AFTER.lastIndex = end;
  return ROLE_AFTER.test(text) && ROLE_AFTER.lastIndex <= end + ROLE_REACH;
}

/** A space or a tab. */
const isBlank = (code: number): boolean => code === 32 || code === 9;

/** Whether a character may open {@link ROLE_AFTER}: an apostrophe, an "s", a comma, a space or a tab. */
function mayOpenRole(code: number): boolean {
  return code === 32 || code === 44 || code === 39 || code === 0x2019 || code === 115 || code === 9;
}

/**
 * Applies the cues to spans (sorted, apart): names cued as organisations become organisations in every
 * mention, "A & B" becomes one organisation (one place when both parts are places), a seat named after
 * two places becomes one place ("the MP for Hastings and Rye"), a ticker's exchange is added as an
 * organisation, and the party prefix and the full stop of a state are fixed.
 */
export function applyNameCues(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const orgs = cuedOrganisations(text, spans);
  const out: NamedSpan[] = [];
  // Spans are copied only where a cue changes them: most pass through as they are.
  let lastCopied = -1;
  for (const original of spans) {
    let type = original.type;
    let start = original.start;
    let end = original.end;
    if (orgs.size && orgs.has(text.slice(start, end)) && !(type === 'place' && PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) type = 'organization';
    // A party's letter and a hyphen: one look at the hyphen rules out most spans.
    const party = text.charCodeAt(start + 1) === 45 && end - start > 2 ? PARTY_PREFIX.exec(text.slice(start, end)) : null;
    if (party && type !== 'person') start += party[0].length;
    if (type === 'place' && text[end] === '.' && STATE_ABBREVIATIONS.has(text.slice(start, end))) end += 1;
    const s = type === original.type && start === original.start && end === original.end ? original : { ...original, type, start, end };
    const last = out.length - 1;
    const prev = out[last];
    // "the MP for Hastings and Rye": a constituency named after two places is one place.
    // Both cues need blanks at both ends of the gap: one look at each end rules out most pairs.
    const blanks = prev && isBlank(text.charCodeAt(prev.end)) && isBlank(text.charCodeAt(s.start - 1));
    const seat = blanks && prev.type === 'place' && s.type === 'place' && /^[ \t]+and[ \t]+$/u.test(text.slice(prev.end, s.start)) && SEAT_BEFORE.test(text.slice(Math.max(0, prev.start - 20), prev.start));
    if (seat || (blanks && AMPERSAND.test(text.slice(prev.end, s.start)))) {
      const joinedType = seat || (prev.type === 'place' && s.type === 'place') ? 'place' : 'organization';
      if (lastCopied === last) Object.assign(prev, { type: joinedType, end: s.end });
      else out[last] = { ...prev, type: joinedType, end: s.end };
      lastCopied = last;
      continue;
    }
    out.push(s);
    if (s !== original) lastCopied = out.length - 1;
  }
  const added: NamedSpan[] = [];
  for (const m of tickersIn(text)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    const at = out.findIndex((s) => s.start < end && start < s.end);
    if (at < 0) added.push({ type: 'organization', start, end });
    else if (out[at].start === start && out[at].end === end) out[at] = { ...out[at], type: 'organization' };
  }
  return withAdded(out, added);
}
