import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { RELEASE_LABELS } from './org-company-lead-words';
import { BUSINESS_WORDS } from './org-words';
import { STOP } from './rule-tagger';
import { charAfterSpaces } from './chars-round-spaces';
import { mayMatch, piecesOf } from './alternation';

/**
 * A company's legal form after its name belongs to the name: "Halvard Medical Systems, LLC",
 * "Kessler Logistik AG", "JPMorgan Chase Bank, N.A.", "Umgeni Flow Solutions (Pty) Ltd". The full
 * stop of an abbreviated form ("Prairiefire Energy Inc.") is part of the name too, unless it ends the
 * sentence ("... bought Acme Corp. The deal ..."), where the sentence takes it; a line holding no
 * sentence keeps it ("About Acme Corp.", "SOURCE Acme Corp." in a press release). A name the model cut
 * or missed before a legal form is read back from the form over capitalised words and the particles
 * of Portuguese, Spanish and Italian names: "Taiwan Semiconductor Manufacturing Co." (not the place
 * "Taiwan"), "Ouro Verde do Tapajós DTVM", "Ferri Tessuti Srl".
 */

/** Legal forms written with dots between letters, whose last dot is always theirs: "S.A.", "N.V.". */
const DOTTED = String.raw`S\.A\.|N\.V\.|B\.V\.|N\.A\.|L\.P\.|S\.p\.A\.|L\.L\.C\.|S\.A\.S\.`;
/** Legal forms written as words or capitals; the abbreviations may take a full stop after. */
const PLAIN = String.raw`Inc|Ltd|Corp|Co|LLC|LLP|PLC|plc|AG|GmbH|Pty[ \t]+Ltd|\(Pty\)[ \t]+Ltd|Sdn[ \t]+Bhd|Bhd|Limited|Incorporated|Ltda|NV|Oyj|ASA|KGaA`;
/** A legal form right after a name, with or without a comma, ending there. */
const FORM_AFTER = new RegExp(String.raw`^(?:,)?[ \t]+(?:(?:${DOTTED})|(?:${PLAIN})(?![\p{L}\p{N}&'’-]))`, 'u');
/** The abbreviations that can end a name right before a full stop. */
const ABBREVIATED_END = /(?:^|[ \t])(?:Inc|Ltd|Corp|Co|Bhd|Ltda)$/u;
/** A name that already ends in a legal form ("Kessler Logistik AG"), whatever type the model gave it. */
const ENDS_IN_FORM = new RegExp(String.raw`[ \t,](?:${DOTTED}|(?:${PLAIN}))$`, 'u');
/** The characters that can start a legal form after a name: a comma, a space or a tab. */
const FIRST = new Set([',', ' ', '\t']);
/** What the cheap look at the next word checks: the first letters of the forms. */
const FORM_INITIALS = new Set(['I', 'L', 'C', 'P', 'p', 'A', 'G', 'S', 'N', 'B', '(', 'O', 'K']);

/**
 * Legal forms a name is read back from: distinctive ones only ("AG" is also an attorney general, "SA"
 * South Australia, "Co" without its stop a county).
 */
const READ_BACK_FORM = String.raw`Inc\.?|Ltd\.?|Corp\.|Co\.|LLC|LLP|PLC|plc|GmbH|Ltda\.?|SpA|S\.p\.A\.|Srl|S\.r\.l\.|S\.A\.|N\.V\.|B\.V\.|DTVM|Oyj|KGaA|Sdn[ \t]+Bhd`;
const READ_BACK_FORMS = new RegExp(String.raw`(${READ_BACK_FORM})(?![\p{L}\p{N}&-])`, 'gu');
/** Pieces of text one of the forms must hold: most articles hold none, and are passed over without the search. */
const FORM_PIECES = piecesOf(READ_BACK_FORM);
/** A letter or a digit: a form must not follow one ("Lincoln", "Rosco."). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A capitalised word of a company's name (not a compound "Montreal-based"), or a particle between two ("do", "da", "de", "dos", "&"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}\p{N}&'’]*(?:-\p{Lu}[\p{L}\p{M}\p{N}&'’]*)*|&|do|da|de|dos|das|di|del|della|du|des|e)$/u;
/** Particles, which neither start nor end a name. */
const PARTICLES = new Set(['&', 'do', 'da', 'de', 'dos', 'das', 'di', 'del', 'della', 'du', 'des', 'e']);
/** At most this many words are read back from a form. */
const MOST_WORDS = 6;

/** Whether a name read back still starts with a capitalised word of a name once a person's name was cut off it. */
function startsName(text: string, name: NamedSpan): boolean {
  const space = text.indexOf(' ', name.start);
  const first = text.slice(name.start, space < 0 || space > name.end ? name.end : space);
  return NAME_WORD.test(first) && !PARTICLES.has(first);
}

/** A name read back from a legal form, and where its form starts. */
interface ReadBackName extends NamedSpan {
  formStart: number;
}

/** The names read back from the legal forms in `text` (see the file's comment), as organisations; searched once for the two readings of an article. */
const readBackNames = lastTextMemo((text: string): ReadBackName[] => {
  const names: ReadBackName[] = [];
  READ_BACK_FORMS.lastIndex = 0;
  for (let m = mayMatch(text, FORM_PIECES) ? READ_BACK_FORMS.exec(text) : null; m; m = READ_BACK_FORMS.exec(text)) {
    // The form starts a word: a pattern starting "(?:^|[^\p{L}\p{N}])" would be tried at every position.
    if (m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1])) {
      // "LLLP" holds no "LLP" and "Co.Inc." no "Inc.": look again from the next character.
      READ_BACK_FORMS.lastIndex = m.index + 1;
      continue;
    }
    const formStart = m.index;
    let end = m.index + m[0].length;
    // "Acme Corp. The deal": the sentence takes the stop; a heading's line or a "SOURCE" line holds none.
    if (text[end - 1] === '.' && !/[A-Za-z]\.[A-Za-z]\.$/u.test(text.slice(end - 4, end)) && endsSentence(text, end - 1) && !endsNameLine(text, end - 1)) end--;
    let at = formStart;
    if (text[at - 1] === ' ' && text[at - 2] === ',') at -= 2;
    else if (text[at - 1] === ' ' || text[at - 1] === '\t') at -= 1;
    else continue;
    let start = -1;
    for (let n = 0; n < MOST_WORDS; n++) {
      let from = at;
      while (from > 0 && text[from - 1] !== ' ' && text[from - 1] !== '\t' && text[from - 1] !== '\n' && text[from - 1] !== '(' && text[from - 1] !== '"' && text[from - 1] !== '“') from--;
      const word = text.slice(from, at);
      if (!NAME_WORD.test(word) || (!PARTICLES.has(word) && STOP.has(word)) || RELEASE_LABELS.has(word)) break;
      if (!PARTICLES.has(word)) start = from;
      if (from === 0 || (text[from - 1] !== ' ' && text[from - 1] !== '\t')) break;
      at = from - 1;
    }
    if (start >= 0) names.push({ type: 'organization', start, end, formStart });
  }
  return names;
});

/** Whether the full stop at `dot` ends a sentence: a line's or the text's end, or a sentence's first word after it. */
function endsSentence(text: string, dot: number): boolean {
  const after = /^[ \t]*(?:(\r?\n)|(\p{Lu}[\p{L}]*)|$)/u.exec(text.slice(dot + 1, dot + 24));
  if (!after) return false;
  if (after[1] !== undefined || after[2] === undefined) return true;
  return STOP.has(after[2]);
}

/** A lower-case word: a line with one before a company's name is a sentence. */
const LOWER_WORD = /(?:^|[ \t])\p{Ll}/u;

/**
 * Whether the full stop at `dot` ends a line that holds no sentence but a name: the line goes on no
 * further and no word in lower case stands in it ("Acme Corp.", "About Acme Corp.", "SOURCE Acme Corp.").
 */
function endsNameLine(text: string, dot: number): boolean {
  const next = text[dot + 1];
  if (next !== undefined && next !== '\n' && next !== '\r') return false;
  const lineStart = text.lastIndexOf('\n', dot) + 1;
  return dot - lineStart < 120 && !LOWER_WORD.test(text.slice(lineStart, dot));
}

/**
 * Whether only business words stand between a person's name the model found and a legal form: the
 * name is the company's own ("Andina Litio" of "Andina Litio Resources Corp.").
 */
function onlyBusinessWordsBetween(text: string, from: number, formStart: number): boolean {
  const words = text.slice(from, formStart).replace(/,/gu, ' ').trim().split(/[ \t]+/u);
  return words.length > 0 && words.every((w) => BUSINESS_WORDS.has(w));
}

/** Whether an "'s" or "’s" and a space stand at `at`. */
function isPossessive(text: string, at: number): boolean {
  return (text[at] === "'" || text[at] === '’') && text[at + 1] === 's' && (text[at + 2] === ' ' || text[at + 2] === '\t');
}

/**
 * Spans (sorted, apart) with the legal forms after companies' names taken into them, the names
 * typed as organisations, and the names read back from a legal form put in; see the file's comment.
 */
export function withCompanySuffixes(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let s = spans[k];
    let nextStart = spans[k + 1]?.start ?? text.length;
    if (FIRST.has(text[s.end])) {
      // The first letter after the comma and the spaces spares most names the pattern.
      const form = FORM_INITIALS.has(charAfterSpaces(text, text[s.end] === ',' ? s.end + 1 : s.end)) ? FORM_AFTER.exec(text.slice(s.end, s.end + 16)) : null;
      const end = form ? s.end + form[0].length : 0;
      // A span the model made of the form alone ("N.A." as a place) gives way; one reaching past it stands.
      const inside = form && k + 1 < spans.length && spans[k + 1].start < end && spans[k + 1].end <= end;
      if (form && (end <= nextStart || inside)) {
        s = { type: 'organization', start: s.start, end };
        if (inside) {
          k++;
          nextStart = spans[k + 1]?.start ?? text.length;
        }
      }
    }
    if (text[s.end] === '.' && s.end + 1 <= nextStart && ABBREVIATED_END.test(text.slice(Math.max(s.start, s.end - 6), s.end)) && !endsSentence(text, s.end)) {
      s = { type: 'organization', start: s.start, end: s.end + 1 };
    }
    if (s.type !== 'organization' && ENDS_IN_FORM.test(text.slice(s.start, s.end))) s = { ...s, type: 'organization' };
    out.push(s);
  }
  // A span reaching out of a name read back stands ("Acme Holdings Ltd" found whole with more before it).
  // Copies: the search is remembered for the article's second reading, and these are cut below.
  const names = mapSpans(readBackNames(text), (n) => ({ ...n }));
  if (!names.length) return out;
  // A person's name the model found before the company's is not read into it ("Jo Hay Acme Ltd"), nor
  // a place's possessive ("Thailand's Central Retail Corp.", where "McDonald's Corp." stays whole).
  for (const name of names) {
    for (const p of out) {
      if (p.type === 'person' && p.start >= name.start && p.end < name.end && !onlyBusinessWordsBetween(text, p.end, name.formStart)) name.start = Math.max(name.start, p.end + 1);
      else if (p.type === 'place' && p.start >= name.start && p.end + 3 < name.end && isPossessive(text, p.end)) name.start = Math.max(name.start, p.end + 3);
    }
    while (name.start < name.end && (text[name.start] === ' ' || text[name.start] === ',')) name.start++;
  }
  return withWholeNames(out, mapSpans(names.filter((n) => startsName(text, n)), ({ type, start, end }) => ({ type, start, end })));
}
