import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { wholeWordMentions } from './whole-words';
import { lastTextMemo } from './last-text-memo';
import { OF_HEAD } from './org-patterns';
import { DEMONYMS, ORG_WORDS, PLACES, STOP } from './rule-tagger';
import { markLedMatches } from './word-led';

/**
 * A body's long name with its short name in brackets, where the letters do not spell the English
 * words in order: the acronym of the name in its own language ("Argentine Confederation of
 * Medium-Sized Enterprises (CAME)", from the Spanish), or a short name written as a word ("Tanzania
 * Shipping Agents Association (Tasaa)"). The long form must hold an organisation's word; where the
 * model found nothing ending at the bracket, it is one organisation over what the model found in it
 * (a country's name, a nationality), and the short name is the same organisation wherever the article
 * writes it.
 */

/** A short name in brackets: capitals ("CAME") or a capital and small letters ("Tasaa"). */
const BRACKETED = /\((\p{Lu}[\p{Lu}\p{Ll}]{1,7})\)/gu;
/** {@link BRACKETED} tried only where a bracket opens. */
const bracketedIn = markLedMatches(BRACKETED, '(');
const ALL_CAPITALS = /^\p{Lu}+$/u;
const WORD_SHAPE = /^\p{Lu}\p{Ll}+$/u;
/** A capitalised word of a long name: "Medium-Sized", "Agents". */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** Small words inside a long name. */
const JOINING = new Set(['of', 'for', 'and', 'in', 'on', 'the', 'de', 'del', 'la', '&']);
/** Bodies' words the general lists lack, which a long name before a short one holds: "Confederation of ...". */
const MORE_HEADS = new Set(['Rally', 'Confederation', 'Chamber', 'Chambers', 'Syndicate', 'Cooperative', 'Consortium', 'Guild', 'Enterprises', 'Employers', 'Workers']);
/** At most this many words are read back from the bracket. */
const MOST_WORDS = 12;

/** A long form: its capitalised words, where each starts, and where the form ends. */
interface LongForm {
  words: string[];
  starts: number[];
  end: number;
}

/** The capitalised words on one line ending right before the bracket at `open`, with the small words between them, or null. */
function longFormBefore(text: string, open: number): LongForm | null {
  let end = open;
  if (text[end - 1] !== ' ') return null;
  end--;
  let at = end;
  const words: string[] = [];
  const starts: number[] = [];
  for (let n = 0; n < MOST_WORDS && at > 0; n++) {
    let from = at;
    while (from > 0 && text[from - 1] !== ' ' && text[from - 1] !== '\n' && text[from - 1] !== '\t') from--;
    let word = text.slice(from, at);
    // A list of fields inside a long name: "Chamber of Industry, Commerce, Services and Tourism".
    if (words.length && word.endsWith(',') && word.length > 2) word = word.slice(0, -1);
    if (NAME_WORD.test(word) && !STOP.has(word)) {
      words.unshift(word);
      starts.unshift(from);
    } else if (!JOINING.has(word) || !words.length) break;
    if (from === 0 || text[from - 1] !== ' ') break;
    at = from - 1;
  }
  return words.length < 2 ? null : { words, starts, end };
}

/**
 * The shortest end of `form` that `short` can name, as a range: the capitals before a long name run
 * on over a person's name or a place before it ("Ali Amrani of the National Rally of Independents
 * (RNI)"), which its letters do not need.
 */
function namedPart(short: string, form: LongForm): { start: number; end: number } | null {
  // A short name written as a word opens with its body's word when one opens a part of the form:
  // "Chamber of Industry, Commerce, Services and Tourism of Santa Cruz (Cainco)", not "Commerce, ...".
  if (WORD_SHAPE.test(short)) {
    for (let k = 0; k < form.words.length - 1; k++) {
      const words = form.words.slice(k);
      if ((OF_HEAD.test(words[0]) || MORE_HEADS.has(words[0])) && namesLongForm(short, { initials: words.map((w) => w[0]).join(''), words })) return { start: form.starts[k], end: form.end };
    }
  }
  for (let k = form.words.length - 2; k >= 0; k--) {
    const words = form.words.slice(k);
    if (namesLongForm(short, { initials: words.map((w) => w[0]).join(''), words })) return { start: form.starts[k], end: form.end };
  }
  return translatedForm(short, form);
}

/**
 * The whole of `form` where `short` is the acronym of the name in its own language, its words in
 * another order ("Eastern Agricultural Chamber (CAO)", "Bolivian Workers' Center (COB)"): capitals,
 * all but one of them among the initials, after a name ending in a body's word.
 */
function translatedForm(short: string, form: LongForm): { start: number; end: number } | null {
  const last = form.words[form.words.length - 1];
  if (short.length < 3 || !ALL_CAPITALS.test(short) || !(OF_HEAD.test(last) || MORE_HEADS.has(last)) || PLACES.has(short) || STOP.has(short)) return null;
  const initials = form.words.map((w) => w[0]).join('');
  const among = [...short].filter((c) => initials.includes(c)).length;
  return among >= short.length - 1 && short.length <= form.words.length + 1 ? { start: form.starts[0], end: form.end } : null;
}

/** Whether `short` can name the long form with these words: capitals all among its initials, or a word opening with its first. */
function namesLongForm(short: string, form: { initials: string; words: string[] }): boolean {
  if (PLACES.has(short) || DEMONYMS.has(short) || STOP.has(short) || form.words.includes(short)) return false;
  if (!form.words.some((w) => OF_HEAD.test(w) || ORG_WORDS.test(w) || MORE_HEADS.has(w))) return false;
  if (ALL_CAPITALS.test(short)) return short.length <= form.words.length + 1 && [...short].every((c) => form.initials.includes(c));
  return WORD_SHAPE.test(short) && short.length <= 6 && short[0] === form.initials[0];
}

/** A short name in brackets and the long form before it that it can name. */
interface Candidate {
  short: string;
  form: { start: number; end: number };
}

/** The short names in brackets of `text` with their long forms; searched once for the article's two readings. */
const candidatesIn = lastTextMemo((text: string): Candidate[] => {
  if (!text.includes('(')) return [];
  const found: Candidate[] = [];
  for (const m of bracketedIn(text)) {
    const long = longFormBefore(text, m.index);
    const form = long && namedPart(m[1], long);
    if (form) found.push({ short: m[1], form });
  }
  return found;
});

/** A short name in capitals set off after a long name by a comma or a dash, ending a clause: ", SENAE.", " — AEBE —". */
const APPOSED = /(?:,[ \t]+|[ \t]+[—–][ \t]+)(\p{Lu}{3,7})(?=[ \t]*[.,;:)—–]|[ \t]*$)/uy;
/** A body's word that ends a long name, or that stands before its "of" and a place ("Customs Service of Ecuador"). */
const BODY_END = /(?:^|[ \t])(\p{Lu}[\p{L}-]*)(?:[ \t]+of[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?)?$/u;

/**
 * The short names in capitals an article sets after an organisation's long name by a comma or a dash
 * ("the Customs Service of Ecuador, SENAE.", "the Export Association — AEBE — told us"): in another
 * language its letters need not follow the English words, so the long name must end in a body's word.
 */
function apposedShortNames(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): Set<string> {
  const shorts = new Set<string>();
  for (const s of spans) {
    const c = text.charCodeAt(s.end);
    if (s.type !== 'organization' || (c !== 44 && c !== 32)) continue;
    APPOSED.lastIndex = s.end;
    const m = APPOSED.exec(text);
    // A town in capitals after a name is a dateline's or an address's ("Lima Times, LIMA —").
    if (!m || PLACES.has(m[1]) || STOP.has(m[1]) || DEMONYMS.has(m[1]) || isPlace(m[1][0] + m[1].slice(1).toLowerCase())) continue;
    const head = BODY_END.exec(text.slice(Math.max(0, s.start, s.end - 60), s.end));
    if (head && (OF_HEAD.test(head[1]) || ORG_WORDS.test(head[1]) || MORE_HEADS.has(head[1]))) shorts.add(m[1]);
  }
  return shorts;
}

/**
 * Spans (sorted, apart) with the long forms and their bracketed or apposed short names found; see the
 * file's comment. `isPlace` tells a listed place's name, which capitals after a name may spell.
 */
export function withBracketedShortNames(text: string, found: readonly NamedSpan[], isPlace: (name: string) => boolean = () => false): NamedSpan[] {
  const apposed = apposedShortNames(text, found, isPlace);
  const spans = apposed.size ? withWholeNames(found, wholeWordMentions(text, apposed, 'organization')) : found;
  const candidates = candidatesIn(text);
  if (!candidates.length) return spans as NamedSpan[];
  const forms: NamedSpan[] = [];
  const shorts = new Set<string>();
  for (const { short, form } of candidates) {
    if (shorts.has(short)) continue;
    // A name the model found ending at the bracket is the long form, however far back the capitals run
    // ("Transport for NSW and the Australian Rail Track Corporation (ARTC)", "Afghan Ministry of ...").
    const found = spans.find((s) => s.start < form.end && s.end >= form.end);
    // A place that ends the long form after its start is the place the body serves ("... of Santa Cruz (Cainco)").
    const inside = found && found.start > form.start && found.end === form.end && found.type === 'place';
    if (found && found.type !== 'organization' && !inside) continue;
    if (!found || inside) forms.push({ type: 'organization', start: form.start, end: form.end });
    shorts.add(short);
  }
  if (!shorts.size) return spans as NamedSpan[];
  return withWholeNames(spans, [...forms, ...wholeWordMentions(text, shorts, 'organization')]);
}
