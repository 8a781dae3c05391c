import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Courts named after the city or the circuit they sit for, which the model reads as the city or cuts
 * short: "Bombay HC" (HC for High Court), "the Bombay high court" (Indian news writes it in lower
 * case), "the 8th U.S. Circuit Court of Appeals" (the circuit's number is part of the name), "the
 * Federal High Court" (the model takes "High Court" alone). A US appeals court is also named by its
 * circuit's number alone ("the full 9th Circuit", "The 1st Circuit in Boston") and by the circuit after
 * "for the" ("U.S. Court of Appeals for the 9th Circuit"). A court is an organisation; the building
 * it sits in is a place, whose "House" the model leaves out ("the New Court House").
 */

/** A high court's words right after its city: " high court", " High Court", " HC". */
const HIGH_COURT_AFTER = /^[ \t]+(?:[Hh]igh[ \t]+[Cc]ourt|HC)(?![\p{L}\p{N}-]|[ \t]+\p{Lu})/u;
/** A name ending in "HC": "Bombay HC". */
const HC_END = /[ \t]HC$/u;
/** A circuit's number right before its court: "8th ", "11th ", "2nd ". */
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)[ \t]$/u;
/** Courts a circuit's number goes before: "U.S. Circuit Court of Appeals", "Circuit Court", "Circuit". */
const CIRCUIT_START = /^(?:U\.S\.[ \t]+|US[ \t]+)?Circuit(?![\p{L}])/u;

/** A circuit's ordinal, in figures or in words. */
const CIRCUIT_ORDINAL = String.raw`(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh)`;
/** A numbered circuit's court: "9th Circuit", "Ninth Circuit Court of Appeals", "2nd U.S. Circuit Court of Appeals"; the characters around it are checked by hand. */
const NUMBERED_CIRCUIT = new RegExp(String.raw`${CIRCUIT_ORDINAL}[ \t]+(?:U\.S\.[ \t]+)?Circuit(?:[ \t]+Court(?:[ \t]+of[ \t]+Appeals)?)?`, 'gu');
/** The circuit after an appeals court's name: " for the 9th Circuit", " for the Federal Circuit". */
const FOR_CIRCUIT = new RegExp(String.raw`^[ \t]+for[ \t]+the[ \t]+(?:${CIRCUIT_ORDINAL}|Federal|District[ \t]+of[ \t]+Columbia|D\.C\.)[ \t]+Circuit(?![\p{L}\p{N}-])`, 'u');
/** A character that makes a match part of a longer word or number. */
const WORD_CHAR = /[\p{L}\p{N}-]/u;

/** The numbered circuits' courts in a text, searched once for the two readings of an article. */
const circuitsIn = lastTextMemo((text): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const m of text.includes(' Circuit') ? text.matchAll(NUMBERED_CIRCUIT) : []) {
    const end = m.index + m[0].length;
    if (WORD_CHAR.test(text[m.index - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
    found.push({ type: 'organization', start: m.index, end });
  }
  return found;
});

/** Courts a federation names "Federal ..." ("Federal High Court"), where the model took the court alone. */
const FEDERAL_COURT = /^(?:High|Supreme|Appeal|Appeals)?[ \t]*Court(?:[ \t]+of[ \t]+Appeal)?$/u;

/**
 * Spans (sorted, apart) with the courts named after cities and circuits made whole organisations; see
 * the file's comment.
 */
export function withCourtNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let s = spans[k];
    if (s.type === 'person') {
      out.push(s);
      continue;
    }
    const name = text.slice(s.start, s.end);
    const nextStart = spans[k + 1]?.start ?? text.length;
    const court = text[s.end] === ' ' ? HIGH_COURT_AFTER.exec(text.slice(s.end, s.end + 16)) : null;
    if (court && s.end + court[0].length <= nextStart && !name.includes(' Court')) s = { type: 'organization', start: s.start, end: s.end + court[0].length };
    else if (HC_END.test(name)) s = { ...s, type: 'organization' };
    // "Federal" + "High Court": the court of a federation's name ("the Federal High Court").
    if (FEDERAL_COURT.test(name) && text.slice(Math.max(0, s.start - 8), s.start) === 'Federal ' && (out.length ? out[out.length - 1].end : 0) <= s.start - 8) s = { type: 'organization', start: s.start - 8, end: s.end };
    if (CIRCUIT_START.test(name)) {
      const ordinal = ORDINAL_BEFORE.exec(text.slice(Math.max(0, s.start - 6), s.start));
      const previousEnd = out.length ? out[out.length - 1].end : 0;
      if (ordinal && s.start - ordinal[0].length >= previousEnd) s = { type: 'organization', start: s.start - ordinal[0].length, end: s.end };
    }
    // "The New Court House": the building a court sits in, a place; the model stops at "Court".
    if (name.endsWith('Court') && text.startsWith(' House', s.end) && !WORD_CHAR.test(text[s.end + 6] ?? '') && s.end + 6 <= nextStart) s = { type: 'place', start: s.start, end: s.end + 6 };
    // "U.S. Court of Appeals" + " for the 9th Circuit".
    const circuit = text[s.end] === ' ' && name.endsWith('Court of Appeals') ? FOR_CIRCUIT.exec(text.slice(s.end, s.end + 48)) : null;
    if (circuit) s = { type: 'organization', start: s.start, end: s.end + circuit[0].length };
    out.push(s);
  }
  // Copies: the remembered spans serve the article's second reading, and later rules may move a span's ends.
  const circuits = circuitsIn(text).map((c) => ({ ...c }));
  // A circuit's court inside a longer name found above stays part of it; spans inside a circuit's name give way.
  return circuits.length ? withWholeNames(out, circuits) : out;
}
