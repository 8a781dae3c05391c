import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { ORG_WORDS, PLACES, STOP } from './rule-tagger';

/**
 * The officials and goalkeepers of a box score, listed after a label ("Referees: Antti Saarinen-Koski
 * (FIN), Lauri Vuorela (FIN). Linesmen: Hugo Sjöberg (SWE)", "Goalkeepers: Perić-Kovač 14 saves,
 * Jelinić did not play; Lukačević 9, Brkić 3"): each item opens with a person's name, by surname alone
 * or in full, then a bracket, a count or a note. The model, seeing no sentence, misses names there or
 * cuts them; the label and the list's shape say who is meant. Football's "Referee:" line is read with
 * the rest of its box score (sports-box-scores); this one reads the labels of other sports and needs
 * no scorers beside it.
 */

/** The labels, singular or plural, read where a colon follows (perhaps in bold: "**Referees:**"). */
const LABELS = ['Referees', 'Referee', 'Linesmen', 'Linesman', 'Umpires', 'Umpire', 'Goalkeepers', 'Goaltenders', 'Judges', 'Officials'];
/** One capitalised word of a name, perhaps after "Mc"/"O'" and hyphenated: "Saarinen-Koski", "McAllister". */
const WORD = String.raw`(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}\p{M}'’]+)*`;
/** An item's name (one to three words, particles between them, an initial perhaps first) and what may follow it: a bracket, a count, a lower-case note or nothing. */
const ITEM = new RegExp(String.raw`^((?:\p{Lu}\.[ \t])?${WORD}(?:[ \t]+(?:(?:de|da|do|dos|das|di|du|del|van|von|der|den|le|la|al|bin|ap)[ \t]+){0,2}${WORD}){0,2})(?=$|[ \t]*\(|[ \t]+\d|[ \t]+\p{Ll})`, 'u');
/** The labels of officials, whose bracket names a place; a goalkeeper's holds a count. */
const OFFICIALS = new Set(['Referees', 'Referee', 'Linesmen', 'Linesman', 'Umpires', 'Umpire', 'Judges', 'Officials']);
/** A bracket holding one or two capitalised words, right after a name: " (Croatia)", " (New Zealand)". */
const PLACE_BRACKET = /^[ \t]*\((\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\)/u;
/** Where one item ends and the next starts: a comma, a semicolon, " and ". */
const ITEM_CUT = /[,;]|[ \t]+and[ \t]+/u;

/** Whether `word` may be part of a person's name here: no function word, organisation word or listed place. */
const nameWord = (word: string): boolean => !STOP.has(word) && !ORG_WORDS.test(word) && !PLACES.has(word);

/** The list after a label at `at` (the label's length `length`): from after the colon to the line's end or the next bold label, with its offset; or null. */
function listAfter(text: string, at: number, length: number): { list: string; start: number } | null {
  let from = at + length;
  if (text[from] === 's' && text[from + 1] !== ':') return null;
  if (text.startsWith('**:', from)) from += 3;
  else if (text.startsWith(':**', from)) from += 3;
  else if (text[from] === ':') from += 1;
  else return null;
  // A label opens its line or follows a sentence's or a bold label's end.
  const before = text[at - 1];
  if (at > 0 && before !== '\n' && before !== ' ' && before !== '*' && before !== '\t') return null;
  let end = text.indexOf('\n', from);
  if (end < 0) end = text.length;
  const bold = text.indexOf('**', from);
  if (bold >= 0 && bold < end) end = bold;
  return { list: text.slice(from, end), start: from };
}

/** Whether `text` may hold such a list: one of a few literal searches. */
function mayHoldOfficials(text: string): boolean {
  return text.includes('Referee') || text.includes('Linesm') || text.includes('Umpire') || text.includes('Goalkeepers') || text.includes('Goaltenders') || text.includes('Judges:') || text.includes('Officials:');
}

/** The people of the labelled lists of `text`; kept for the rule layer's second reading. */
const officialsIn = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  if (!mayHoldOfficials(text)) return found;
  for (const label of LABELS) {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + label.length)) {
      const list = listAfter(text, at, label.length);
      if (!list) continue;
      for (let pos = 0; pos <= list.list.length; ) {
        const sep = ITEM_CUT.exec(list.list.slice(pos));
        const partEnd = sep ? pos + sep.index : list.list.length;
        const part = list.list.slice(pos, partEnd);
        const lead = part.length - part.trimStart().length;
        const m = ITEM.exec(part.trim().replace(/\.$/u, ''));
        if (m && m[1].split(/[ \t]+/u).every(nameWord)) {
          const start = list.start + pos + lead;
          found.push({ type: 'person', start, end: start + m[1].length });
          // "Dario Šarac (Croatia)": an official's bracket naming a listed place is where the official comes from.
          const bracket = OFFICIALS.has(label) ? PLACE_BRACKET.exec(part.slice(lead + m[1].length)) : null;
          if (bracket && PLACES.has(bracket[1])) found.push({ type: 'place', start: start + m[1].length + bracket.index + bracket[0].indexOf(bracket[1]), end: start + m[1].length + bracket.index + bracket[0].length - 1 });
        }
        if (!sep) break;
        pos = partEnd + sep[0].length;
      }
    }
  }
  return found;
});


/** Spans (sorted, apart) with the officials and goalkeepers of labelled lists put in as people; see the file's comment. */
export function withOfficials(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  // The literal searches of the gate run once for both readings of an article.
  const names = officialsIn(text);
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
