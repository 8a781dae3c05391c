import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { withAdded } from './added-spans';
import { nextWholeWord, wordCharTest } from './whole-words';
import { PLACE_BEFORE } from './name-cues';
import { PORTFOLIOS } from './org-company-groups';
import { TRADE_WORDS } from './org-company-trade-words';
import { DEMONYMS, PLACES, STOP, TITLES } from './rule-tagger';

/**
 * A company named in full once and by the first word of its name after that: "Qinling New Materials
 * Technology" and then "Qinling's net profit fell", "Qinling said", also after a legal form
 * ("Swiftline Logistics Inc." and "Swiftline said"). The first word is a coined name
 * that stands for nothing else in the article, so each mention of it alone is the company's. A word
 * that is a place's, a person's, a title's or an everyday word's (written in lower case somewhere in
 * the article: "Green" of "Green Energy Group") is left alone, as is a word going on with another
 * capitalised one ("Qinling Mountains", a longer name).
 */

/** Last words of a company's full name: the trade words and "Group", "Energy", "Corporation". */
const COMPANY_ENDS: ReadonlySet<string> = new Set([...TRADE_WORDS, 'Group', 'Energy', 'Corporation']);
/** Legal forms after the trade word: "Inc.", "Ltd", "Co.". */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Ltd', 'Ltd.', 'Co', 'Co.', 'Corp', 'Corp.', 'LLC', 'plc', 'PLC', 'AG', 'GmbH', 'SA', 'S.A.', 'NV', 'N.V.', 'Ltda', 'Srl', 'SpA']);
/** A coined first word: a capital and small letters, four or more in all ("Qinling", not "Ace"). */
const COINED = /^\p{Lu}\p{Ll}{3,}$/u;
/** Whether the character at `at` goes on with a word. */
const JOINS = wordCharTest('&-', /[\p{L}\p{N}&-]/u);
/** A word of place after a mention: "Kegeyli district" (of "Kegeyli Tekstil"), "Hefei city". */
const PLACE_AFTER = /^[ \t]+(?:district|province|region|county|city|town|village|oblast|municipality|governorate)(?![\p{L}])/u;
/** A capitalised word right after a mention: the mention starts a longer name. */
const CAPITAL_AFTER = /^[ \t]+\p{Lu}/u;

/** The coined first words of the companies' full names among `spans`. */
function firstWords(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): Set<string> {
  const words = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'organization') continue;
    // The last word is looked at first: most names do not end in a trade word.
    let last = text.lastIndexOf(' ', s.end - 1);
    let end = s.end;
    // "Swiftline Logistics Inc.": the trade word stands before the legal form.
    if (last > s.start && LEGAL_FORMS.has(text.slice(last + 1, s.end))) {
      end = text[last - 1] === ',' ? last - 1 : last;
      last = text.lastIndexOf(' ', end - 1);
    }
    const first = text.indexOf(' ', s.start);
    if (last <= s.start || first < 0 || !COMPANY_ENDS.has(text.slice(last + 1, end))) continue;
    const word = text.slice(s.start, first);
      if (COINED.test(word) && !STOP.has(word) && !TITLES.test(word) && !PORTFOLIOS.has(word) && !DEMONYMS.has(word) && !PLACES.has(word)) words.add(word);
  }
  if (!words.size) return words;
  for (const s of spans) {
    if (s.type === 'organization') continue;
    // A word in a person's full name, or a place after or before a word of place ("in Hefei" of "Hefei
    // Construction", "Hefei city"), is theirs, as is a listed place's name the model found as a place; otherwise
    // the type the model gave a coined word alone is no evidence.
    const name = text.slice(s.start, s.end);
    for (const word of words) {
      const placed = s.type === 'place' && name === word && (isPlace(word) || PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start)) || PLACE_AFTER.test(text.slice(s.end, s.end + 16)));
      if (placed || (s.type === 'person' && name !== word && name.split(/\s+/u).includes(word))) words.delete(word);
    }
  }
  // An everyday word, written in lower case somewhere in the article, is not coined.
  for (const word of words) if (text.includes(word.toLowerCase())) words.delete(word);
  return words;
}

/**
 * Spans (sorted, apart) with the mentions of a company's coined first word alone added, or typed, as
 * the company's; see the file's comment. `isPlace` tells a listed place, which stays one where the
 * model found it as a place.
 */
export function withCompanyFirstWords(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const words = firstWords(text, spans, isPlace);
  if (!words.size) return spans as NamedSpan[];
  const added: NamedSpan[] = [];
  for (const word of words) {
    for (let at = nextWholeWord(text, word, 0, JOINS); at >= 0; at = nextWholeWord(text, word, at + word.length, JOINS)) {
      const end = at + word.length;
      if (CAPITAL_AFTER.test(text.slice(end, end + 3))) continue;
      if (!spans.some((s) => s.start < end && at < s.end)) added.push({ type: 'organization', start: at, end });
    }
  }
  const out = mapChangedSpans(spans, (s) => (s.type !== 'organization' && words.has(text.slice(s.start, s.end)) ? { ...s, type: 'organization' as const } : s));
  return withAdded(out, added);
}
