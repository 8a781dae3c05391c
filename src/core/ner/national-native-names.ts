import type { NamedSpan } from './index';
import { wordLedMatches } from './word-led';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { STOP } from './rule-tagger';

/**
 * In English text a country's name in its own language ends an organisation's name: a company's
 * national arm or a national body ("Offshore Norge", "Posten Norge", "Telia Sverige", "Poczta
 * Polska", "Forza Italia"). The model reads such names as nothing or as a place; one to three
 * capitalised words right before the country's own name, on its line, a particle perhaps after each
 * ("Cornelder de Moçambique", "Banco do Brasil"), are read as one organisation.
 * A country's name in English ("Norway") or after a hyphen ("Nord-Norge", a region) is no such end.
 */

/** Countries' names in their own languages that English does not use for the country. */
const NATIVE_NAMES = ['Norge', 'Noreg', 'Sverige', 'Danmark', 'Suomi', 'Deutschland', 'Österreich', 'Schweiz', 'Suisse', 'Svizzera', 'España', 'Italia', 'Polska', 'Nederland', 'België', 'Belgique', 'Magyarország', 'Česko', 'Slovensko', 'Hrvatska', 'Srbija', 'Eesti', 'Latvija', 'Lietuva', 'România', 'Hellas', 'Moçambique', 'Brasil'];
/** One of them after a space or a tab, as a whole word. */
const NATIVE_AFTER_SPACE = new RegExp(`[ \\t](?:${NATIVE_NAMES.join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu');
/** One to three capitalised words, one space apart (a particle perhaps after each), ending the text before the country's name. */
const WORDS_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])((?:\p{Lu}[\p{L}\p{M}&'’-]*[ \t](?:(?:de|do|da|dos|das|di|del|della|du|des)[ \t])?){1,3})$/u;

/** Countries' own names in a text, tried only where its words start (see `word-led.ts`). */
const nativeWordsIn = wordLedMatches(NATIVE_AFTER_SPACE);

/** The organisations named with a country's own name in `text`, found once per text. */
const nativeNamesIn = lastTextMemo((text): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const m of nativeWordsIn(text)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index + 1));
    if (!before) continue;
    const words = before[1].trimEnd().split(/[ \t]+/u);
    // A function word opening a sentence or a title-case line is no part of the name ("In Norge ...").
    while (words.length && STOP.has(words[0])) words.shift();
    if (!words.length) continue;
    const lead = words.join(' ');
    const start = m.index - lead.length;
    if (text.slice(start, m.index) === lead) found.push({ type: 'organization', start, end: m.index + m[0].length });
  }
  return found;
});

/** Spans (sorted, apart) with the organisations of the file's comment put in whole over the spans inside them. */
export function withNativeCountryNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = nativeNamesIn(text);
  return names.length ? withWholeNames(spans, names) : [...spans];
}
