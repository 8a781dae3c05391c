import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Organisations whose names the model misreads for their Irish words or accented capitals: Irish
 * state bodies and parties ("An Garda Síochána", "Met Éireann", "RTÉ", "Fianna Fáil"), read as people
 * or missed, and the European press ("L'Équipe", "Le Monde", "El País"). A name of the form
 * "<Name> Éireann" ("of Ireland": "Met Éireann", "Bus Éireann", "Iarnród Éireann") is a state body.
 * "An" is part of a name in Irish ("An Garda Síochána", "An Post"); "An" before the word of a board, a
 * commission, a council or a department opens the Irish name of a state body ("An Coimisiún Pleanála",
 * "An Chomhairle Ealaíon", "An Roinn Oideachais").
 */

/** Irish state bodies, parties and broadcasters, as written in English news. */
const IRISH = ['An Garda Síochána', 'Garda Síochána', 'RTÉ', 'TG4', 'An Post', 'An Bord Pleanála', 'An Taisce', 'Bord na Móna', 'Bord Gáis', 'Bord Bia', 'Fianna Fáil', 'Fine Gael', 'Sinn Féin', 'Aontú', 'Teagasc', 'Coillte', 'Tusla', 'Fáilte Ireland', 'Údarás na Gaeltachta', 'Raidió na Gaeltachta', 'Conradh na Gaeilge', 'Foras na Gaeilge'];
/** Newspapers and magazines of Europe whose names start with an article or carry accents. */
const PRESS = ["L'Équipe", "L'Express", "L'Obs", "L'Humanité", "L'Osservatore Romano", 'Le Monde', 'Le Figaro', 'Le Parisien', 'Le Point', 'Libération', 'Les Échos', 'La Repubblica', 'La Stampa', 'La Gazzetta dello Sport', 'Corriere della Sera', 'El País', 'El Mundo', 'Süddeutsche Zeitung', 'Frankfurter Allgemeine Zeitung', 'Der Spiegel', 'Die Zeit', 'Die Welt', 'Neue Zürcher Zeitung', 'Público', 'Diário de Notícias'];
/** The words of a board, a commission, a council, a department... that open an Irish body's name after "An". */
const BODY_WORDS = ['Bord', 'Coimisiún', 'Chomhairle', 'Comhairle', 'Roinn', 'Údarás', 'Foras', 'Oifig', 'Chúirt', 'Cúirt', 'Ghníomhaireacht', 'tSeirbhís', 'Lárionad'];
/** "An", an Irish body's word, and one or two capitalised words ("na" or "an" may stand between). */
const IRISH_BODY = String.raw`An[ \t]+(?:${BODY_WORDS.join('|')})(?:[ \t]+(?:(?:na|an)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*){1,2}`;
/** A name written with either apostrophe and any white space between its words. */
const pattern = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/'/gu, "['’]").replace(/ /gu, '[ \\t]+');
/**
 * The listed names. The word boundary before a name is checked by hand: a lookbehind, or a branch
 * that starts with any capital, would make the search try every position of the text.
 */
const LISTED = new RegExp(String.raw`(?:${IRISH_BODY}|${[...IRISH, ...PRESS].map(pattern).join('|')})(?![\p{L}\p{N}-])`, 'gu');
/** "Éireann" as the last word of a name; the word before it is read backwards from there. */
const EIREANN = /[ \t]+(?:Éireann|Eireann)(?![\p{L}\p{N}-])/gu;
/**
 * The words of each listed name as written between its spaces and apostrophes: a text lacking one
 * of them cannot mention the name, and most texts lack one of every name, so the search over the
 * whole text is spared.
 */
const NAME_WORDS = [...IRISH, ...PRESS].map((name) => name.split(/['’ ]/u));

/** Whether `text` has every word of one listed name, or an Irish body's word: only then may the listed names be in it. */
function mayHaveListed(text: string): boolean {
  return BODY_WORDS.some((w) => text.includes(w)) || NAME_WORDS.some((words) => words.every((w) => text.includes(w)));
}
const WORD_BEFORE_EIREANN = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{L}+$/u;
const NAME_CHAR = /[\p{L}\p{N}'’-]/u;

interface Mention {
  start: number;
  end: number;
}

/** The mentions of the names in a text, sorted and apart. */
const namesIn = lastTextMemo((text): Mention[] => {
  const found: Mention[] = [];
  LISTED.lastIndex = 0;
  for (let m = mayHaveListed(text) ? LISTED.exec(text) : null; m; m = LISTED.exec(text)) {
    if (m.index > 0 && NAME_CHAR.test(text[m.index - 1])) LISTED.lastIndex = m.index + 1;
    else found.push({ start: m.index, end: m.index + m[0].length });
  }
  // "Éireann" and "Eireann" share their last letters: a text without them is spared the search.
  for (const m of text.includes('ireann') ? text.matchAll(EIREANN) : []) {
    const word = WORD_BEFORE_EIREANN.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (word) found.push({ start: m.index - word[0].length, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  let lastEnd = -1;
  return found.filter((m) => m.start >= lastEnd && (lastEnd = m.end) >= 0);
});

/**
 * Spans (sorted, apart) with the mentions of the names above made organisations: spans inside a
 * mention give way to it ("Garda Síochána" of "An Garda Síochána", "Éireann" of "Met Éireann"), a span
 * reaching out of it stands (a longer name).
 */
export function withIrishAndPressNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return withWholeNames(spans, mapSpans(namesIn(text), ({ start, end }) => ({ type: 'organization' as const, start, end })));
}
