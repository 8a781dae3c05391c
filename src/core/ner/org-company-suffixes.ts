import type { NamedSpan } from './index';
import { STOP } from './rule-tagger';

/**
 * A company's legal form after its name belongs to the name: "Halvard Medical Systems, LLC",
 * "Kessler Logistik AG", "JPMorgan Chase Bank, N.A.", "Umgeni Flow Solutions (Pty) Ltd". The full
 * stop of an abbreviated form ("Prairiefire Energy Inc.") is part of the name too, unless it ends the
 * sentence ("... bought Acme Corp. The deal ..."), where the sentence takes it.
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

/** Whether the full stop at `dot` ends a sentence: a line's or the text's end, or a sentence's first word after it. */
function endsSentence(text: string, dot: number): boolean {
  const after = /^[ \t]*(?:(\r?\n)|(\p{Lu}[\p{L}]*)|$)/u.exec(text.slice(dot + 1, dot + 24));
  if (!after) return false;
  if (after[1] !== undefined || after[2] === undefined) return true;
  return STOP.has(after[2]);
}

/** The start of the next word after `end` over a comma and spaces, or -1. */
function nextWordAt(text: string, end: number): number {
  let at = end;
  if (text[at] === ',') at++;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at > end && at < text.length ? at : -1;
}

/**
 * Spans (sorted, apart) with the legal forms after companies' names taken into them and the names
 * typed as organisations; see the file's comment.
 */
export function withCompanySuffixes(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let s = spans[k];
    let nextStart = spans[k + 1]?.start ?? text.length;
    if (FIRST.has(text[s.end])) {
      const at = nextWordAt(text, s.end);
      const form = at >= 0 && FORM_INITIALS.has(text[at]) ? FORM_AFTER.exec(text.slice(s.end, s.end + 16)) : null;
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
  return out;
}
