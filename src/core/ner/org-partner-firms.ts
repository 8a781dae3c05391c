import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { PLACES, STOP } from './rule-tagger';

/**
 * Firms named after their partners, surnames listed with commas and an ampersand before the last:
 * "Gokhool, Appadoo & Li Kam Wa", "Holt, Varga & Osei". The model reads each surname as a person's;
 * people are listed with "and", so a list of names ending in "&" is one firm (law, accounting,
 * architecture). Lists of places ("Paris, Rome & Berlin") are left alone. A name before "& Partners",
 * "+ Partners", "& Sons", "& Associates" or "& Co" is a firm too ("Foster + Partners", "Pringle & Sons"),
 * whatever the model read in the name before it. Two single names joined by "&" alone ("Procter &
 * Gamble", "Marks & Spencer") are one company too: people and places are joined with "and" in prose.
 */

/** Two or more single capitalised words joined by commas, right before " & ": "Gokhool, Appadoo". */
const PARTNERS_BEFORE = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{Ll}\p{M}'’-]+(?:,[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)+$/u;
/** The last partner's name after " & ", one to three capitalised words: "Li Kam Wa". */
const PARTNER_AFTER = /^ & \p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}(?![\p{L}\p{M}\p{N}])/u;

/** A firm's closing word after "&" or "+": " & Partners", " + Partners", " & Sons", " & Co.". */
const FIRM_CLOSE_AFTER = /^ [&+] (?:Partners|Associates|Sons|Brothers|Co\.?|Company)(?![\p{L}\p{M}\p{N}])/u;
/** One to three capitalised words right before " & " or " + ": "Foster", "Grant Halloway". */
const FIRM_NAME_BEFORE = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}$/u;

/** One capitalised word right before " & ", with no capitalised word before it: "Procter". */
const PAIR_NAME_BEFORE = /(?<![\p{L}\p{M}\p{N}'’.&-])(?<!\p{Lu}[\p{L}\p{M}'’.-]*[ \t])\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** The second name after " & ", one capitalised word and up to two more ("Gamble", "Spencer Group"); a possessive's "'s" is left out. */
const PAIR_NAME_AFTER = /^ & \p{Lu}[\p{Ll}\p{M}-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}-]+){0,2}(?![\p{L}\p{M}\p{N}-])/u;

/** A test of a listed word that no firm's name holds: a function word or a place ("Paris, Rome & Berlin", "Bosnia & Herzegovina"). */
const isPlaceOrStopWord = (isPlace: (name: string) => boolean) => (w: string): boolean => STOP.has(w) || PLACES.has(w) || isPlace(w);

/** A word starting in lower case. */
const LOWER_WORD = /(?:^|[ \t])\p{Ll}/u;

/** The companies named by two names joined by " & " ("Procter & Gamble") in prose, but for places' and function words' pairs. */
function pairedFirms(text: string, amp: number, isPlace: (name: string) => boolean, firms: NamedSpan[]): void {
  const lead = PAIR_NAME_BEFORE.exec(text.slice(Math.max(0, amp - 30), amp));
  const tail = lead && PAIR_NAME_AFTER.exec(text.slice(amp, amp + 50));
  if (!lead || !tail) return;
  const start = amp - lead[0].length;
  const end = amp + tail[0].length;
  const words = [lead[0], ...tail[0].slice(3).split(/[ \t]+/u)];
  if (words.some(isPlaceOrStopWord(isPlace))) return;
  // A line with no word in lower case is a menu's or a heading's ("440k+ Newsrooms & Influencers"), not prose.
  const lineEnd = text.indexOf('\n', end);
  if (!LOWER_WORD.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, lineEnd < 0 ? text.length : lineEnd))) return;
  firms.push({ type: 'organization', start, end });
}

/** The firms named by a name and a closing word after "&" or "+" in the text ("Foster + Partners"). */
function closedFirms(text: string, firms: NamedSpan[]): void {
  for (const mark of [' & ', ' + ']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 3)) {
      // The closing word's capital: most marks join other words.
      const c = text[at + 3];
      if (c !== 'P' && c !== 'A' && c !== 'S' && c !== 'B' && c !== 'C') continue;
      const close = FIRM_CLOSE_AFTER.exec(text.slice(at, at + 14));
      const lead = close && FIRM_NAME_BEFORE.exec(text.slice(Math.max(0, at - 50), at));
      if (!close || !lead) continue;
      // A sentence's "The" or "At" before the name is no part of it.
      const first = lead[0].split(/[ \t]+/u)[0];
      const start = STOP.has(first) && lead[0].length > first.length ? at - lead[0].length + lead[0].indexOf(first) + first.length + 1 : at - lead[0].length;
      if (!STOP.has(text.slice(start, at))) firms.push({ type: 'organization', start, end: at + close[0].length });
    }
  }
}

/** Spans (sorted, apart) with the partners' firms in the text put in whole as organisations. */
export function withPartnerFirms(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const firms: NamedSpan[] = [];
  closedFirms(text, firms);
  for (let amp = text.indexOf(' & '); amp >= 0; amp = text.indexOf(' & ', amp + 3)) {
    // A comma two words or fewer back: most ampersands join two names ("Procter & Gamble").
    const before = text.slice(Math.max(0, amp - 60), amp);
    const lead = before.indexOf(', ') >= 0 ? PARTNERS_BEFORE.exec(before) : null;
    const tail = lead && PARTNER_AFTER.exec(text.slice(amp, amp + 50));
    if (!lead || !tail) {
      pairedFirms(text, amp, isPlace, firms);
      continue;
    }
    const words = [...lead[0].split(/,[ \t]+/u), tail[0].slice(3)];
    if (words.some(isPlaceOrStopWord(isPlace))) continue;
    firms.push({ type: 'organization', start: amp - lead[0].length, end: amp + tail[0].length });
  }
  return firms.length ? withWholeNames(spans, firms) : (spans as NamedSpan[]);
}
