import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { wordLedMatches } from './word-led';
import type { WordCharTest } from './whole-words';
import { isLowerAsciiLetter } from './word-after';
import { wordEndingAt, type WordBefore } from './word-before';

/**
 * Bodies named in Portuguese, Spanish, Italian, Catalan or French with the body's word first and a
 * joining word after it: "Águas do Algarve" (a water utility), "Turismo do Algarve" (a tourism
 * board), "Junta de Andalucía" (a regional government), "Associação de Regantes e Beneficiários de
 * Silves, Lagoa e Portimão" (an irrigators' association, one name over its list of towns),
 * "Électricité du Liban" (a power utility), "Hôtel-Dieu de France" (a hospital). The model reads the
 * place after the joining word, or the whole as a person's name with a particle; the body's word
 * makes it an organisation; so do a body's initials before "di" ("CMC di Ravenna"). Welsh and Gaelic bodies open with the body's word and need no joining
 * word ("Ysbyty Gwynedd", a hospital; "Cyngor Gwynedd", a council; "Comhairle nan Eilean Siar").
 */

/** Bodies' words that open a name before "de", "do", "da", "du", "del", "di" and the like. */
const HEADS = new Set([
  // Portuguese
  'Águas', 'Associação', 'Agência', 'Autoridade', 'Caixa', 'Câmara', 'Comissão', 'Companhia', 'Conselho', 'Confederação', 'Cooperativa', 'Direção', 'Direcção', 'Empresa', 'Estradas', 'Federação', 'Fundação', 'Infraestruturas', 'Instituto', 'Ministério', 'Partido', 'Polícia', 'Sindicato', 'Sociedade', 'Turismo', 'Universidade', 'Eletricidade', 'Energias', 'Correios', 'Comboios', 'Aeroportos',
  // Spanish and Catalan
  'Aguas', 'Agencia', 'Asociación', 'Autoridad', 'Ayuntamiento', 'Banco', 'Caja', 'Cámara', 'Comisión', 'Compañía', 'Confederación', 'Consejo', 'Corporación', 'Diputación', 'Dirección', 'Federación', 'Fiscalía', 'Fundación', 'Generalitat', 'Junta', 'Ministerio', 'Policía', 'Secretaría', 'Sociedad', 'Universidad', 'Xunta', 'Petróleos', 'Ferrocarriles', 'Defensoría', 'Contraloría', 'Procuraduría', 'Superintendencia', 'Ajuntament', 'Associació', 'Fundació', 'Universitat', 'Consell',
  // Italian
  'Agenzia', 'Associazione', 'Banca', 'Cassa', 'Comune', 'Consiglio', 'Federazione', 'Fondazione', 'Istituto', 'Ministero', 'Partito', 'Società', 'Università', 'Azienda', 'Autorità', 'Consorzio', 'Ferrovie', 'Procura', 'Tribunale', 'Polizia',
  // French words the French names' rule leaves to this one
  'Électricité', 'Hôtel-Dieu', 'Eaux', 'Gaz',
]);
/** Bodies' words that open a name with capitalised words straight after them: Welsh, Scottish Gaelic, French weather services, Italian regions' governments ("Regione Lombardia"). */
const BARE_HEADS = ['Ysbyty', 'Prifysgol', 'Cyngor', 'Comhairle', 'Météo', 'Regione'];
/**
 * Italian and French words for a town's or a province's offices, which name the one of the
 * article's town alone ("the Comune promised buses", "asked the Prefettura"): English has no such
 * common noun, so the capitalised word is the body's name.
 */
const LONE_HEADS = ['Comune', 'Prefettura', 'Questura', 'Préfecture', 'Mairie'];
/** The lone heads of a text, tried only where their words start (see `word-led.ts`). */
const loneHeadsIn = wordLedMatches(new RegExp(`(?<![\\p{L}\\p{N}-])(?:${LONE_HEADS.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu'));
/** After a lone head: a mark, or a space and a word that is neither capitalised nor a joining word ("di", "de"). */
const ALONE_AFTER = /^(?:[^\p{L}\p{M}\p{N}'’ -]|[ \t]+(?!\p{Lu}|d[eiu]\b|d['’]|del)[\p{Ll}\p{N}])/u;
/** The joining words that may follow a head. */
const FIRST_JOINERS = new Set(['de', 'do', 'da', 'dos', 'das', 'du', 'des', 'del', 'della', 'dello', 'delle', 'dei', 'degli', 'di', "d'", 'd’']);
/** Small words inside a name after its first joining word: articles, "and", Gaelic and Welsh articles. */
const JOINERS = new Set([...FIRST_JOINERS, 'la', 'las', 'los', 'le', 'les', 'lo', 'e', 'y', 'i', 'et', 'nan', 'na', 'an', 'y', 'yr']);
/** Most words a name runs over after its head. */
const MOST_WORDS = 12;
/** A capitalised word of a name: letters, hyphens, apostrophes ("Beneficiários", "Sanaga-Maritime"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** A capitalised word between the head and the joining word: "Câmara Municipal de Lisboa", "Caixa Geral de Depósitos". */
const ADJECTIVE = /^\p{Lu}\p{Ll}+$/u;
const POSSESSIVE = /['’]s$/u;
/** A word and the characters after it, up to the next word. */
const WORD = /^([\p{L}\p{M}\p{N}'’-]+)(,[^\S\r\n]+|[^\S\r\n]*)/u;

/**
 * The end of the name whose words start at `from`: its last capitalised word before a lower-case
 * word, a mark or the line's end. A comma goes on only into a list that ends with "e", "y", "i" or
 * "et" and a capitalised word ("Silves, Lagoa e Portimão"); -1 when no capitalised word follows.
 */
function nameEnd(text: string, from: number): number {
  let at = from;
  let end = -1;
  for (let n = 0; n < MOST_WORDS; n++) {
    const m = WORD.exec(text.slice(at, at + 60));
    if (!m) break;
    const word = m[1];
    const capitalised = NAME_WORD.test(word);
    if (!capitalised && !JOINERS.has(word)) break;
    // "Regione Siciliana's councillor": a possessive ends the name, without its "'s".
    if (capitalised && POSSESSIVE.test(word)) return at + word.length - 2;
    if (capitalised) end = at + word.length;
    const gap = m[2];
    if (!gap) break;
    if (gap[0] === ',' && !(capitalised && listGoesOn(text, at + word.length + gap.length))) break;
    at += word.length + gap.length;
  }
  return end;
}

/** Whether capitalised words and commas from `at` end in "e", "y", "i" or "et" and a capitalised word: a list of places inside a name. */
function listGoesOn(text: string, at: number): boolean {
  const rest = text.slice(at, at + 80);
  return /^\p{Lu}[\p{L}\p{M}'’-]*(?:,[^\S\r\n]+\p{Lu}[\p{L}\p{M}'’-]*)*[^\S\r\n]+(?:e|y|i|et)[^\S\r\n]+\p{Lu}/u.test(rest);
}

/** A character of a body's word or of the adjective after it: letters, marks, apostrophes, hyphens. */
const isHeadCharAt: WordCharTest = (text, at) => /[\p{L}\p{M}'’-]/u.test(text[at]);

/** The word ending right before the space at `end - 1` (its word empty when there is none). */
function wordBeforeSpace(text: string, end: number): WordBefore {
  return text[end - 1] === ' ' ? wordEndingAt(text, end - 1, isHeadCharAt) : { word: '', start: end };
}

/** Initials that name a job or a title, not a body: "CEO di Maio" is a person. */
const JOB_INITIALS = new Set(['CEO', 'CFO', 'COO', 'MP', 'MEP', 'PM', 'VP', 'DJ', 'MD', 'GP', 'PR']);

/**
 * Whether `word` is a body's initials heading an Italian name before "di" and a town ("CMC di Ravenna",
 * a builders' co-operative): Italian firms and banks are named so, and English text puts no initials there.
 */
function isInitialsHead(word: string): boolean {
  return /^[A-Z]{2,5}$/.test(word) && !JOB_INITIALS.has(word);
}

/** Where the name whose joining word starts at `at` opens: at its head, or at a head one capitalised word before; -1 without one. */
function headStart(text: string, at: number): number {
  const before = wordBeforeSpace(text, at);
  if (HEADS.has(before.word)) return before.start;
  if (text.startsWith('di ', at) && isInitialsHead(before.word)) return before.start;
  if (!ADJECTIVE.test(before.word)) return -1;
  const head = wordBeforeSpace(text, before.start);
  return HEADS.has(head.word) ? head.start : -1;
}

/** Whether the word starting at `at` stands alone (no letter right before it). */
function startsWord(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{M}\p{N}-]/u.test(text[at - 1]);
}

/** The names opening with a body's word in `text`; searched once for the article's two readings. */
const namesIn = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  // One pass over " d" finds every first joining word ("de", "do", "du", "della", "d'").
  for (let at = text.indexOf(' d'); at >= 0; at = text.indexOf(' d', at + 2)) {
    // The joining word read by character codes (small ASCII letters, or an apostrophe after "d"): most " d" open English words.
    const elided = text.charCodeAt(at + 2) === 39 || text.charCodeAt(at + 2) === 0x2019;
    let joinerEnd = at + (elided ? 3 : 2);
    if (!elided) while (joinerEnd < at + 7 && isLowerAsciiLetter(text, joinerEnd)) joinerEnd++;
    if (!FIRST_JOINERS.has(text.slice(at + 1, joinerEnd))) continue;
    if (!elided && text[joinerEnd] !== ' ') continue;
    const start = headStart(text, at + 1);
    if (start < 0 || !startsWord(text, start)) continue;
    const end = nameEnd(text, elided ? joinerEnd : joinerEnd + 1);
    if (end > joinerEnd) found.push({ type: 'organization', start, end });
  }
  for (const head of BARE_HEADS) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      const after = at + head.length;
      // A space or a hyphen ("Météo-France") joins the head to the words after it.
      if (!startsWord(text, at) || (text[after] !== ' ' && text[after] !== '-')) continue;
      const end = nameEnd(text, after + 1);
      if (end > after) found.push({ type: 'organization', start: at, end });
    }
  }
  for (const m of loneHeadsIn(text)) {
    const after = m.index + m[0].length;
    if (ALONE_AFTER.test(text.slice(after, after + 6))) found.push({ type: 'organization', start: m.index, end: after });
  }
  return found.sort((a, b) => a.start - b.start);
});

/** Spans (sorted, apart) with the bodies named with their word first found whole; see the file's comment. */
export function withForeignFirstHeads(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  return names.length ? withWholeNames(spans, names) : [...spans];
}
