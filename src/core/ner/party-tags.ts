import { withAdded } from './added-spans';
import type { NamedSpan } from './index';
import { STATE_ABBREVIATIONS } from './name-cues';

/**
 * US papers tag a state lawmaker with party and home town after the name: "Sen. Jane Doe,
 * R-Safford,", "Rep. John Roe (D-Harlan Springs)". The town after the party's letter is a place, and
 * the letter is no name at all, whatever the model made of the tag. A member of Congress is tagged
 * with a state instead ("Sen. Ann Poe, I-Vt.", "(R-Texas)"): corpora differ on whether that state is
 * a mention of its own, so it is left as the model and the other rules read it.
 */

/**
 * A party tag after a comma or an opening bracket: the letter, then one to three capitalised words
 * (read with initials' full stops, so "D-N.Y." is seen whole), ending at a comma, a bracket, a colon
 * or semicolon, a sentence's full stop or the end of the line.
 */
const PARTY_TAG = /([,(])[ \t]*[RDI]-(\p{Lu}[\p{L}\p{M}'’-]*(?:\.\p{Lu}[\p{L}\p{M}'’-]*)*\.?(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?=[,);:]|\.(?:\s|$)|[ \t]*(?:\r?\n|\r|$))/gu;
/** The US states, whose names in a tag are left alone (see above); their AP abbreviations are `STATE_ABBREVIATIONS`. */
const STATES = new Set(
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming'
    .split(' ')
    .concat(['New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia']),
);
/** Words the letters form compounds with, which are no tags: "D-Day", "the I-Team". */
const COMPOUNDS = new Set(['Day', 'Team']);
const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{M}'’.-]/u;

/** Whether the text may hold a party tag: checked before any regular expression runs. */
function mayHoldPartyTags(text: string): boolean {
  return text.includes('R-') || text.includes('D-') || text.includes('I-');
}

/**
 * Whether the tag opening at `mark` (its comma or bracket) follows a capitalised word, a surname:
 * "Doe, R-Safford", "Doe (D-Ariz.)"; not "on D-Day," nor "the vote (R-rated)".
 */
function followsName(text: string, mark: number): boolean {
  let end = mark;
  if (text[mark] === '(') {
    if (text[mark - 1] !== ' ' && text[mark - 1] !== '\t') return false;
    end = mark - 1;
  }
  let start = end;
  while (start > 0 && LETTER.test(text[start - 1])) start--;
  return start < end && UPPER.test(text[start]);
}

/**
 * `spans` (sorted) with the place of each party tag: a span inside the tag gives way to it, a person
 * reaching into it ends before its comma or bracket, and a span reaching past it stands.
 */
export function withPartyTags(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!mayHoldPartyTags(text)) return spans as NamedSpan[];
  let out = spans as NamedSpan[];
  const added: NamedSpan[] = [];
  for (const m of text.matchAll(PARTY_TAG)) {
    if (!followsName(text, m.index)) continue;
    const tagStart = m.index + m[0].length - m[2].length - 2;
    const start = tagStart + 2;
    // A sentence's full stop is not part of the place ("..., D-Kingman.").
    const end = start + (m[2].endsWith('.') ? m[2].length - 1 : m[2].length);
    const name = text.slice(start, end);
    if (COMPOUNDS.has(name) || STATES.has(name) || STATE_ABBREVIATIONS.has(name)) continue;
    if (out.some((s) => s.start < end && s.end > end)) continue;
    out = out.flatMap((s) => {
      if (s.end <= tagStart || s.start >= end) return [s];
      // A person or another name running on into the tag ("Jane Doe, R" ...) ends before it.
      if (s.start < m.index) return [{ ...s, end: s.start + text.slice(s.start, m.index).trimEnd().length }];
      return [];
    });
    added.push({ type: 'place', start, end });
  }
  return withAdded(out, added);
}
