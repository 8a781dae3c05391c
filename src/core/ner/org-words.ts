import type { NamedSpan } from './index';
import { isLetterAt } from './whole-words';
import { overlapsAny } from './added-spans';
import { PLACES, STOP } from './rule-tagger';
import { wordLedMatches } from './word-led';

/**
 * Company and agency names built from another name and an organisation word, which the model types
 * by their first part or cuts short: a place or a surname before a business word ("Iran Air",
 * "Hoshizora Financial Group", "Merlion Ridge Capital"), "Bank" before a place ("Bank Indonesia"),
 * Spanish, French, Italian or Romanian organisation words before a name ("Minera Hatun Orqo", "Defensoría
 * del Pueblo", "Groupe Chimique Tunisien"), "Binacional" after a binational company's ("Itaipu Binacional"), "banka" in
 * lower case after a Czech or Croatian bank's name ("Komerční banka").
 */

/** Business words that end a company's name after a place or a surname ("Iran Air", "Northbridge Metals", "Rivière-Noire Hydro", "Vireo Semiconductor"). */
const SUFFIX_WORD = 'Hydro|Electric|Networks|Semiconductor|Semiconductors|Energy|Therapeutics|Systems|Solutions|Resources|Robotics|Photonics|Weekly|Gazette|Chronicle|Tribune|Herald|Air|Airlines|Airways|Financial|Capital|Holdings|Group|Metals|Mining|Minerals|Partners|Ventures|Labs|Pay|Bancorp|Insurance|Investments|Securities|Technologies|Industries|Pharmaceuticals|Logistics|Resorts|Binacional';
/** Newspapers' words among them: "LA Weekly", "Tulsa Gazette". */
const PUBLICATION_END = /[ \t](?:Weekly|Gazette|Chronicle|Tribune|Herald)$/u;
/** The business words, which end a company's name ("Northbridge Metals", "Merlion Ridge Capital"). */
export const BUSINESS_WORDS = new Set(SUFFIX_WORD.split('|'));
/** The business words after a span, ending the name there (no capitalised word goes on after them). */
const SUFFIX_AFTER = new RegExp(`^[ \\t]+(?:${SUFFIX_WORD})(?:[ \\t]+(?:${SUFFIX_WORD}))*(?![\\p{L}\\p{N}'’-]|[ \\t]+\\p{Lu})`, 'u');
/** "banka" in lower case after a bank's name in Czech, Slovak and the South Slavic languages: "Komerční banka", "Zagrebačka banka". */
const BANK_AFTER = /^[ \t]+banka(?![\p{L}\p{N}'’-])/u;
/** A name that ends in business words: its first part and how long it is. */
const ENDS_IN_SUFFIX = new RegExp(`^(.*?\\S)(?:[ \\t]+(?:${SUFFIX_WORD}))+$`, 'u');
/** Organisation words (Spanish, French, Italian and Romanian, and "Bank") that start a name: "Banco Central", "Bank Indonesia", "Ministerio de Salud", "Banca Transilvania", "Groupe Chimique Tunisien". */
const LEADING_WORDS = 'Bank|Banco|Banque|Banca|Groupe|Gruppo|Société|Società|Compagnie|Compagnia|Minera|Defensoría|Defensoria|Ministerio|Compañía|Compania|Grupo|Instituto|Universidad|Empresa|Corporación|Fundación|Asociación|Sociedad|Comisión|Consejo|Superintendencia|Organismo|Autoridad|Servicio|Agencia|Partido|Petróleos|Federación|Confederación|Secretaría|Procuraduría|Contraloría|Fiscalía|Tribunal|Corte';
/** Business words among the Spanish organisation words, whose name can be shortened to what follows ("Hatun Orqo"). */
const LEADING_BUSINESS = /^(?:Minera|Grupo|Compañía|Compania|Empresa|Corporación|Sociedad)[ \t]+(?:(?:de|del)[ \t]+)?(?=\p{Lu})/u;
/** Capitalised words and "and" before an organisation's name, after "the" and perhaps a word in lower case: "the Environmental Assessment and " (Enforcement Agency), "the left-wing Liberty and " (Refoundation Party). */
const AND_BEFORE = /(?<![\p{L}\p{N}])[Tt]he[ \t]+(?:\p{Ll}[\p{Ll}-]*[ \t]+)?((?:\p{Lu}[\p{L}\p{M}'’]*[ \t]+){1,3}(?:and|&)[ \t]+)$/u;
/** Only these start a name the model found nothing of ("Minera Hatun Orqo", "Defensoría del Pueblo"): Spanish, not English. */
const SPANISH_LEADING = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LEADING_WORDS.replace(/^Bank\|/u, '')})(?:[ \\t]+(?:de|del|de la|de los|de las|y|para el|para la))?(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’-]*)+`, 'gu');
/** The Spanish-led names of a text, tried only where one of the Spanish words starts (see `word-led.ts`), once for both readings of it. */
const spanishLeadsIn = wordLedMatches(SPANISH_LEADING);
/** Whether the character at `at` is a space or a tab. */
const isBlank = (text: string, at: number): boolean => text[at] === ' ' || text[at] === '\t';
const LEADING_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${LEADING_WORDS})[ \\t]+(?:(?:de|del|de la)[ \\t]+)?$`, 'u');
const STARTS_WITH_LEADING = new RegExp(`^(?:${LEADING_WORDS.replace(/^Bank\|/u, '')})[ \\t]`, 'u');
/** A legal form ending a company's name, with its comma: "Andina Litio Resources Corp.", "Acme Holdings, Inc.". */
const LEGAL_FORM_END = /,?[ \t]+(?:Inc\.?|Ltd\.?|Corp\.?|Co\.|LLC|PLC|plc|GmbH|AG|SA|S\.A\.|NV|N\.V\.|SpA|Ltda\.?|Limited)$/u;
/** One word in brand style with a second capital after a few letters ("KilatPay", "SoftBank"), not "MacArthur". */
const BRAND_WORD = /^(?!Mac)\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)+$/u;
/** The words {@link LEADING_BEFORE} may end in before its spaces: an organisation word, or "de", "del", "de la" after one. */
const LEADING_BEFORE_LAST = new Set([...LEADING_WORDS.split('|'), 'de', 'del', 'la']);

/**
 * Whether the text from `from` to `pos` ends in spaces or tabs after a word of {@link LEADING_BEFORE_LAST}
 * (its letters, back to `from`): the patterns anchored before a span are tried only then, as most
 * spans have no such word before them and the patterns would try every position before them.
 */
function leadingWordBefore(text: string, from: number, pos: number): boolean {
  let end = pos;
  while (end > from && isBlank(text, end - 1)) end--;
  if (end === pos) return false;
  let start = end;
  while (start > from && isLetterAt(text, start - 1)) start--;
  return LEADING_BEFORE_LAST.has(text.slice(start, end));
}

/** Whether the text from `from` to `pos` ends in "and" or "&" and spaces or tabs, as {@link AND_BEFORE}'s matches do. */
function andBefore(text: string, from: number, pos: number): boolean {
  let end = pos;
  while (end > from && isBlank(text, end - 1)) end--;
  return end < pos && (text[end - 1] === '&' || (end - 3 >= from && text.startsWith('and', end - 3)));
}

/** Whether spaces or tabs and a capital ASCII letter, which every business word starts with, stand at `at`: {@link SUFFIX_AFTER} is tried only then. */
function capitalAfterBlanks(text: string, at: number): boolean {
  let i = at;
  while (isBlank(text, i)) i++;
  const c = text.charCodeAt(i);
  return i > at && c >= 65 && c <= 90;
}

/** The Spanish organisation words, which {@link STARTS_WITH_LEADING} looks for before a space or a tab. */
const SPANISH_LEADING_WORDS = new Set(LEADING_WORDS.split('|').filter((w) => w !== 'Bank'));

/** Whether `name` starts with a Spanish organisation word and a space or a tab, as every name {@link STARTS_WITH_LEADING} matches does. */
function startsWithLeadingWord(name: string): boolean {
  let end = 0;
  while (end < name.length && !isBlank(name, end)) end++;
  return end < name.length && SPANISH_LEADING_WORDS.has(name.slice(0, end));
}

/** Whether a capital (or any letter beyond ASCII) stands after the first three characters of `name`, as in every brand-style word ("KilatPay"). */
function hasInnerCapital(name: string): boolean {
  for (let i = 3; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** Whether `name` ends in a business word after a space or a tab, as every name {@link ENDS_IN_SUFFIX} matches does. */
function endsInBusinessWord(name: string): boolean {
  const cut = Math.max(name.lastIndexOf(' '), name.lastIndexOf('\t'));
  return cut > 0 && BUSINESS_WORDS.has(name.slice(cut + 1));
}

/**
 * Extends spans over the organisation words around them and types them as organisations: business
 * words after ("Iran" -> "Iran Air"), an organisation word before ("Indonesia" -> "Bank Indonesia",
 * "Hatun Orqo" -> "Minera Hatun Orqo"); a span that starts with a Spanish organisation word or is one
 * brand-style word ("KilatPay") is an organisation, and a Spanish organisation word before
 * capitalised words the model left alone starts one. After "the", capitalised words and "and" right
 * before an organisation's name are part of it ("the Environmental Assessment and Enforcement Agency").
 * Spans sorted, apart.
 */
/** Capitalised words right after a name, each after one space or tab ("Verde" after "Cerro"), up to three. */
const CAPITALISED_AFTER = /^(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*)+/u;

/** Where a name ending at `end` ends with the capitalised words right after it, none a function word, not reaching `limit`. */
function capitalisedWordsEnd(text: string, end: number, limit: number): number {
  const m = CAPITALISED_AFTER.exec(text.slice(end, end + 48));
  if (!m) return end;
  let to = end;
  for (const word of m[0].split(/[ \t]/u).slice(1, 4)) {
    if (STOP.has(word) || to + 1 + word.length > limit) break;
    to += 1 + word.length;
  }
  return to;
}

export function withOrganisationWords(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k];
    // The span's bounds and type as the rules below move them: a span they leave alone is kept as it is.
    let { start, end, type } = span;
    const from = Math.max(out.length ? out[out.length - 1].end : 0, start - 40);
    // Both patterns end in a word of theirs and a space or a tab right before the span: most spans have none, and are passed over.
    const before = from < start && leadingWordBefore(text, from, start) ? LEADING_BEFORE.exec(text.slice(from, start)) : null;
    if (before) {
      start = from + before.index;
      type = 'organization';
      // The model's name may stop short of the body's ("Sociedad Minera" + "Cerro" of "... Cerro Verde").
      end = capitalisedWordsEnd(text, end, spans[k + 1]?.start ?? Infinity);
    }
    const and = type === 'organization' && from < start && andBefore(text, from, start) ? AND_BEFORE.exec(text.slice(from, start)) : null;
    if (and) start -= and[1].length;
    const after = (capitalAfterBlanks(text, end) ? SUFFIX_AFTER.exec(text.slice(end, end + 80)) : null) ?? (text[end + 1] === 'b' ? BANK_AFTER.exec(text.slice(end, end + 12)) : null);
    const nextStart = spans[k + 1]?.start ?? Infinity;
    if (after && end + after[0].length <= nextStart) {
      end += after[0].length;
      type = 'organization';
    }
    const name = text.slice(start, end);
    if ((startsWithLeadingWord(name) && STARTS_WITH_LEADING.test(name)) || (endsInBusinessWord(name) && ENDS_IN_SUFFIX.test(name)) || (!name.includes(' ') && hasInnerCapital(name) && BRAND_WORD.test(name) && !PLACES.has(name))) type = 'organization';
    out.push(start === span.start && end === span.end && type === span.type ? span : { ...span, start, end, type });
  }
  // The spans stay in order (a start moves back no further than the last span's end): only names added after them need a sort.
  const spanCount = out.length;
  for (const m of spanishLeadsIn(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!overlapsAny(out, start, end)) out.push({ type: 'organization', start, end });
  }
  return out.length > spanCount ? out.sort((a, b) => a.start - b.start) : out;
}

/**
 * The short form of a company's name that ends in business words ("Merlion Ridge" of "Merlion Ridge
 * Capital", "Northbridge" of "Northbridge Metals", also before a legal form: "Andina Litio" of "Andina
 * Litio Resources Corp."), or null; never a listed place ("Iran" of "Iran Air"),
 * nor a newspaper's town ("Tulsa" of "Tulsa Gazette").
 */
export function organisationShortForm(full: string): string | null {
  // "Andina Litio Resources Corp.": the legal form goes first, then the business words.
  const name = full.replace(LEGAL_FORM_END, '');
  const lead = LEADING_BUSINESS.exec(name);
  if (lead && !PLACES.has(name.slice(lead[0].length))) return name.slice(lead[0].length);
  const m = ENDS_IN_SUFFIX.exec(name);
  // A newspaper is named after its town, which its short form would be ("Tulsa" of "Tulsa Gazette").
  if (!m || PLACES.has(m[1]) || !/^\p{Lu}/u.test(m[1]) || PUBLICATION_END.test(name)) return null;
  return m[1];
}
