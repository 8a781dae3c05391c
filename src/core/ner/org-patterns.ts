import type { NamedSpan } from './index';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { otherMentions, withWholeNames } from './added-spans';
import { BUSINESS_WORDS } from './org-words';
import { DEMONYMS, MULTI_WORD_PLACES, PLACES, STOP } from './rule-tagger';
import { NAME_WORD } from './name-words';
import { lastTextMemo } from './last-text-memo';
import { markLedMatches } from './word-led';
import { endsWithMinistrySeat } from './government-seats';

/**
 * Organisation names the model often cuts short or misses: "Ministry" + "of" + "Defence", "Department
 * of Housing and Urban Development", "Defense Department", and long names defined by a bracketed
 * acronym, "Collective Security Treaty Organization (CSTO)".
 */

/** Last words of an organisation's name that can go on with "of ..." ("Ministry of Defence", "Bank of England"). */
export const OF_HEAD = /^(?:Organi[sz]ation|Corps|Faculty|Journal|Ministry|Council|Bank|Agency|Association|Committee|Commission|Court|Assembly|University|Institute|Department|Office|Federation|Confederation|Union|League|Bureau|Board|Fund|Academy|College|School|Museum|Society|Foundation|Chamber|Party|Church|Corporation|Authority|Secretariat|Parliament|Government|Army|Navy|Police|Service|Centre|Center|Programme|Program|Conference|Tribunal|Congress|Centres|Centers|Directorate|Directorate-General|Industries|Administration|Municipality|Observatory)$/u;
/** Bodies named for what they study or oversee, going on with "on": "Committee on Economy, Finance and Budget". */
const ON_HEADS = new Set(['Committee', 'Commission', 'Council', 'Institute', 'Forum']);
/** A hyphen or a dash standing as a token of its own. */
const HYPHEN = /^[-‐‑–—]$/u;
/** A possessive's token ("'s", "’"). */
const POSSESSIVE = /^['’]s?$/u;
/**
 * "... Department of Housing", "Department for Business", "Directorate General of Immigration",
 * "Committee on Economy": an organisation word going on with "of" or "for" (or "on", after one of
 * {@link ON_HEADS}) inside a name. ("for" only inside a name already found: joining spans over it would take
 * "Parliament for Ukraine".)
 */
const HEAD_OF = new RegExp(`(?:^|\\s)(?:(?:${OF_HEAD.source.slice(4, -2)}|(?:Directorate|Secretariat|Inspectorate)\\s+General)\\s+(?:of|for)|(?:${[...ON_HEADS].join('|')})\\s+on)\\s`, 'u');
const OF_GAP = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/u;
/** An acronym in brackets: "(CSTO)", "( OSCE )". */
/** Capitals, perhaps with a small letter or "&" between two of them: "(NaMA)", "(CoE)", "(ADF&G)" name the capitals' words. */
const BRACKETED_ACRONYM = /\(\s*(\p{Lu}(?:\p{Lu}|[\p{Ll}&](?=\p{Lu})){1,7})\s*\)/gu;
/** {@link BRACKETED_ACRONYM} tried only where a bracket opens. */
const bracketedAcronymsIn = markLedMatches(BRACKETED_ACRONYM, '(');
/** A capitalised word of a name, also read from this file by other rules. */
export { NAME_WORD };
const JOINING_WORDS = new Set(['of', 'for', 'and', 'on', 'in', 'the', 'de', 'del', 'do', 'da', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', '&']);
/** How far before a bracketed acronym its long form is looked for. */
const LOOK_BACK = 160;

/**
 * Joins an organisation's name ending in an organisation word to the name after "of" or "of the"
 * ("Motion Picture Association" + "America"), unless that name is a person's, and a faculty's name
 * to its university's ("College of Medicine" + "University of Lagos"). Spans sorted, apart.
 */
export function joinOrganisationOf(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && s.type !== 'person' && OF_GAP.test(text.slice(prev.end, s.start))) {
      const name = text.slice(prev.start, prev.end);
      // "Confederation of Drivers" + "Bolivia": a name already going on with "of" goes on to the place it serves.
      if (OF_HEAD.test(name.slice(name.lastIndexOf(' ') + 1)) || (prev.type === 'organization' && hasOrganisationOf(name) && (s.type === 'place' ? !text.slice(prev.end, s.start).includes('the') : parentInstitution(text, s)))) {
        prev.end = s.end;
        prev.type = 'organization';
        continue;
      }
    }
    out.push({ ...s });
  }
  return out;
}

/** The first words of a university or an academy a faculty belongs to: "University of Sierra Leone", "Academy of Sciences". */
const PARENT_INSTITUTION = /^(?:University|Academy)[ \t]+of[ \t]/u;

/** A faculty's university or academy closing a name: " of the University of Sierra Leone". */
const PARENT_AFTER = /[ \t]+of[ \t]+the[ \t]+(?:University|Academy)[ \t]+of[ \t].*$/u;

/**
 * Whether organisation `s` is the university or academy a faculty's name goes on to: "College of
 * Medicine and Allied Health Sciences" + "of the" + "University of Sierra Leone" is one body.
 */
function parentInstitution(text: string, s: NamedSpan): boolean {
  return s.type === 'organization' && PARENT_INSTITUTION.test(text.slice(s.start, s.end));
}

/**
 * True for the start of a name that goes on "<organisation word> of ..." ("Department of Housing",
 * "Department for Business"), whose "and" joins parts of one name ("... of Housing and Urban
 * Development", "... for Business and Trade"), not two names.
 */
export function hasOrganisationOf(name: string): boolean {
  return HEAD_OF.test(name);
}

/** "and" or "&" between two names, with the spaces around it. */
const AND_INSIDE = /[ \t]+(?:and|&)[ \t]+(?=\p{Lu})/gu;

/**
 * "Bank of Montreal and National Bank of Canada": an organisation's name that holds "and" between two
 * "<organisation word> of ..." names is two organisations, where "Department of Housing and Urban
 * Development" is one. Spans sorted, apart.
 */
export function splitOrganisationPairs(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (s.type !== 'organization' || !name.includes(' of ') || (!name.includes(' and ') && !name.includes(' & '))) {
      out.push(s);
      continue;
    }
    let cut: RegExpExecArray | null = null;
    for (const m of name.matchAll(AND_INSIDE)) {
      // The university a faculty belongs to is no second name's head: "College of Medicine and Allied Health Sciences of the University of ...".
      if (HEAD_OF.test(name.slice(0, m.index)) && HEAD_OF.test(` ${name.slice(m.index + m[0].length).replace(PARENT_AFTER, '')} `)) cut = m;
    }
    if (!cut) {
      out.push(s);
      continue;
    }
    out.push({ ...s, end: s.start + cut.index }, { ...s, start: s.start + cut.index + cut[0].length });
  }
  return out;
}

/** " and Urban Development", ", Communities and Local Government": a list closed by "and" that ends the name (no name after it). */
const AND_TAIL = /^(?:,[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'’-]*)*,?[ \t]+(?:and|&)[ \t]+(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*(?![ \t]*\p{Lu}|[\p{L}\p{M}'’-])/u;

/** The house a committee belongs to, after its fields: " of Parliament", " of the National Assembly". */
const HOUSE_AFTER = /^[ \t]+of[ \t]+(?:the[ \t]+)?((?:National[ \t]+)?(?:Parliament|Senate|Assembly|Congress))$/u;

/** " Protection and Emergency Management": one or two capitalised words going on right after a name, then {@link AND_TAIL}. */
const CUT_AND_TAIL = new RegExp(String.raw`^(?:[ \t]\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,2}${AND_TAIL.source.slice(1)}`, 'u');

/** Whether a name ends "of" a well-known place ("Government of Botswana"): whole, so an "and" after it joins another name ("... and De Beers"). */
export function endsInCountry(name: string): boolean {
  const of = name.lastIndexOf(' of ');
  if (of < 0) return false;
  const place = name.slice(of + 4).replace(/^the /u, '');
  return PLACES.has(place) || MULTI_WORD_PLACES.includes(place);
}

/**
 * "Department of Housing" + "and Urban Development", "Centers for Disease Control" + "and Prevention":
 * an organisation's "<organisation word> of/for ..." name goes on over "and" and the capitalised
 * words after it, where the model found nothing.
 */
export function extendOrganisationAnd(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const name = text.slice(s.start, s.end);
    if (s.type !== 'organization' || !hasOrganisationOf(name) || endsInCountry(name)) {
      out.push(s);
      continue;
    }
    const after = text.slice(s.end, s.end + 120);
    // "the Department of Infrastructure and Treasury": a ministry known by its seat alone is a second body.
    const and = AND_TAIL.exec(after);
    const tail = and && !endsWithMinistrySeat(and[0]) ? and : null;
    const end = tail ? s.end + tail[0].length : s.end;
    const next = spans[k + 1];
    if (tail && !(next && next.start < end)) {
      out.push({ ...s, end });
      continue;
    }
    // "Portfolio Committee on Mines" + " and " + "Energy of Parliament": the field goes to the committee, and the house it belongs to is a name of its own.
    const house = tail && next && next.type === 'organization' && next.start > s.end && next.end > end ? HOUSE_AFTER.exec(text.slice(end, next.end)) : null;
    if (house) {
      out.push({ ...s, end }, { ...next, start: next.end - house[1].length });
      k++;
      continue;
    }
    // "Department of Civil" + " Protection" + " and Emergency Management": a capitalised word right after
    // the span says the model cut the name inside; the rest of it, and the names it found there, join it.
    const cut = tail ? null : CUT_AND_TAIL.exec(after);
    const cutEnd = cut ? s.end + cut[0].length : s.end;
    let j = k + 1;
    while (cut && j < spans.length && spans[j].start < cutEnd && spans[j].end <= cutEnd && spans[j].type !== 'person') j++;
    if (!cut || (j < spans.length && spans[j].start < cutEnd)) {
      out.push(s);
      continue;
    }
    out.push({ ...s, end: cutEnd });
    k = j - 1;
  }
  return out;
}

/** A long name whose capitalised words' initials are the acronym in brackets right after it. */
interface Definition {
  acronym: string;
  start: number;
  end: number;
}

/** A link's address and the spaces after it, before an acronym's bracket: "](https://www.wbif.eu/) ". */
const LINK_ADDRESS_BEFORE = /\]\([^()\s]*\)[ \t]*$/u;

/** A link's address right after its text: "](https://www.tootukassa.ee/)". */
const LINK_ADDRESS_AFTER = /^\]\([^()\s]*\)/u;

/** "and" in Portuguese, Spanish, French and Catalan, between a name's fields. */
const ROMANCE_AND = new Set(['e', 'y', 'et', 'i']);

/**
 * Where a long form starts when a field joined by a Romance "and" opens it, outside its acronym's
 * letters ("Portos e" + "Caminhos de Ferro de Moçambique (CFM)"): the field's word, one space apart;
 * else the first capital's start. `first` is the index of that capital among `words` of `window`.
 */
function romanceFieldBefore(window: string, words: RegExpMatchArray[], first: number): number {
  const and = words[first - 1];
  const field = words[first - 2];
  if (!field || !ROMANCE_AND.has(and[0]) || !NAME_WORD.test(field[0])) return words[first].index!;
  const apart = field.index! + field[0].length + 1 === and.index && and.index! + and[0].length + 1 === words[first].index;
  return apart && window[and.index! - 1] === ' ' && window[words[first].index! - 1] === ' ' ? field.index! : words[first].index!;
}

/** The long form before the bracket at `bracket`, when its last capitalised words spell `acronym`. */
function longFormBefore(text: string, bracket: number, acronym: string): Definition | null {
  // A linked name's address stands between it and its acronym: "[Western Balkans Investment Framework](https://…) (WBIF)".
  const link = text[bracket - 2] === ')' || text[bracket - 1] === ')' ? LINK_ADDRESS_BEFORE.exec(text.slice(Math.max(0, bracket - LOOK_BACK), bracket)) : null;
  const open = link ? bracket - link[0].length : bracket;
  const window = text.slice(Math.max(0, open - LOOK_BACK), open);
  const words = [...window.matchAll(/[^\s[\]]+/gu)];
  // The name ends right before the bracket, and runs back over capitalised words and joining words.
  if (!words.length || window.slice(words[words.length - 1].index + words[words.length - 1][0].length).includes('\n')) return null;
  const capitals: RegExpMatchArray[] = [];
  const letters = acronym.replace(/[\p{Ll}&]/gu, '');
  for (let k = words.length - 1; k >= 0 && capitals.length < letters.length; k--) {
    const word = words[k][0];
    // Names run on one line, one space apart.
    const gap = k < words.length - 1 ? window.slice(word.length + words[k].index, words[k + 1].index) : '';
    if (gap.length > 1 || gap.includes('\n')) break;
    if (NAME_WORD.test(word)) capitals.unshift(words[k]);
    else if (!JOINING_WORDS.has(word) || capitals.length === 0) break;
  }
  if (capitals.length < 2 || capitals.map((w) => w[0][0]).join('') !== letters) return null;
  const base = open - window.length;
  const last = capitals[capitals.length - 1];
  return { acronym, start: base + romanceFieldBefore(window, words, words.findIndex((w) => w === capitals[0])), end: base + last.index! + last[0].length };
}

/** The long forms a bracketed acronym defines in a text, in text order; searched once for both readings of it. */
const bracketedDefinitionsIn = lastTextMemo((text): Definition[] => {
  const found: Definition[] = [];
  for (const m of bracketedAcronymsIn(text)) {
    const d = longFormBefore(text, m.index, m[1]);
    if (d) found.push(d);
  }
  return found;
});

/** An acronym or a short name in brackets right after an organisation's name: "(IDX)", "(known as OJK)", "(Komdigi)", "[KPA]". */
const BRACKET_AFTER = /^[ \t]*(?:\(\s*(?:known as\s+)?(\p{Lu}{2,8}|\p{Lu}\p{Ll}{2,11}(?:[ \t]\p{Lu}\p{Ll}{2,11})?)\s*\)|\[\s*(\p{Lu}{2,8})\s*\])/u;

/**
 * Whether a short name of two words in brackets is cut from the name before it ("Maha Metro" of
 * "Maharashtra Metro Rail Corporation"): each of its words starts a word of the long name. Other
 * words in brackets after a name say where it is ("Acme Ltd (South Africa)").
 */
function shortensName(short: string, long: string): boolean {
  // Capitals are an acronym, of one word or two ("DG CONNECT").
  if (!short.includes(' ') || !/\p{Ll}/u.test(short)) return true;
  const words = long.split(/[ \t]+/u);
  return short.split(' ').every((w) => words.some((l) => l.startsWith(w)));
}
/** An acronym defined in words after an organisation's name: ", known by its Spanish acronym OEFA", ", known as OJK", ", known as DG CONNECT", ", or ABC,". */
const PHRASE_AFTER = /^(?:,?\s+(?:known|abbreviated)\s+(?:by\s+its\s+(?:[\p{L}-]+\s+)?(?:acronym|initials|abbreviation)|as)\s+(\p{Lu}{2,8}(?:[ \t]\p{Lu}{2,8})?)(?![\p{L}\p{N}])|,\s+or\s+(\p{Lu}{2,8}),)/u;

/**
 * Acronyms an organisation's name defines whatever their letters (the acronym of a name in another
 * language: "National Water Authority (ANA)", "Financial Services Authority, known by its Indonesian
 * acronym OJK"): in brackets, or in words, right after a name found as an organisation.
 */
function definedAfterOrganisations(text: string, spans: readonly NamedSpan[], types: Map<string, NamedSpan['type']>): void {
  for (const s of spans) {
    if (s.type !== 'organization') continue;
    // A linked name's address is passed over: "[Unemployment Insurance Fund](https://…) (Töötukassa)".
    const address = text[s.end] === ']' ? LINK_ADDRESS_AFTER.exec(text.slice(s.end, s.end + 200)) : null;
    const after = text.slice(s.end + (address?.[0].length ?? 0), s.end + (address?.[0].length ?? 0) + 80);
    const bracket = BRACKET_AFTER.exec(after);
    const m = bracket ? [bracket[0], bracket[1] ?? bracket[2]] : PHRASE_AFTER.exec(after);
    const acronym = m?.[1] ?? m?.[2];
    if (acronym && shortensName(acronym, text.slice(s.start, s.end)) && !types.has(acronym) && !PLACES.has(acronym) && !DEMONYMS.has(acronym) && !STOP.has(acronym)) types.set(acronym, 'organization');
  }
}

/** Every mention of `names` as whole words, typed by `typeOf`. */
function mentionsOf(text: string, names: readonly string[], typeOf: (name: string) => NamedSpan['type']): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if ((at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) found.push({ type: typeOf(name), start: at, end: at + name.length });
    }
  }
  return found;
}

/**
 * "Collective Security Treaty Organization (CSTO)": a bracketed acronym of the capitalised words
 * before it defines a name. The long form is marked as an organisation where the model missed or cut
 * it (a name the model found whole keeps its type), and the acronym gets the long form's type here and
 * wherever else it stands in the text. An organisation's name also defines the acronym in brackets or
 * in words right after it ("(known as OJK)", ", or ABC,"), whatever its letters. Spans sorted, apart.
 */
export function defineAcronyms(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out = [...spans];
  const types = new Map<string, NamedSpan['type']>();
  for (const d of bracketedDefinitionsIn(text)) {
    if (types.has(d.acronym)) continue;
    const covering = out.find((s) => s.start <= d.start && s.end >= d.end);
    types.set(d.acronym, covering?.type ?? 'organization');
    if (!covering) out = [...out.filter((s) => s.end <= d.start || s.start >= d.end), { type: 'organization', start: d.start, end: d.end }];
  }
  definedAfterOrganisations(text, out, types);
  if (!types.size) return out.sort((a, b) => a.start - b.start);
  // Only a span as long as an acronym can be one: most are looked up without cutting their text.
  const lengths = new Set([...types.keys()].map((name) => name.length));
  out = mapSpans(out, (s) => {
    if (!lengths.has(s.end - s.start)) return s;
    const type = types.get(text.slice(s.start, s.end));
    return type && type !== s.type ? { ...s, type } : s;
  });
  out.push(...otherMentions(text, types.keys(), out, (name) => types.get(name)!));
  out.sort((a, b) => a.start - b.start);
  // An acronym of two words the model found a part of ("DG" of "DG CONNECT") is put in over that part.
  const twoWords = [...types.keys()].filter((name) => name.includes(' '));
  return twoWords.length ? withWholeNames(out, mentionsOf(text, twoWords, (name) => types.get(name)!)) : out;
}

/**
 * Parliaments and assemblies named in their own language in English news ("the Khural", "the State
 * Duma", "the Knesset"): organisations, alone or at the end of a longer name. Words that are also
 * common surnames or places (Rada, Cortes, Sabha, Shura) are known only by the whole name.
 */
export const LEGISLATURES = new Set([
  'Khural', 'Hural', 'Duma', 'Knesset', 'Sejm', 'Majlis', 'Majles', 'Mejlis', 'Mazhilis', 'Kenesh', 'Kurultai',
  'Bundestag', 'Bundesrat', 'Nationalrat', 'Landtag', 'Riksdag', 'Storting', 'Stortinget', 'Folketing', 'Folketinget',
  'Althing', 'Eduskunta', 'Riigikogu', 'Saeima', 'Seimas', 'Sabor', 'Skupstina', 'Skupština', 'Sobranie', 'Sobranje',
  'Oireachtas', 'Dáil', 'Seanad', 'Jirga', 'Sangsad', 'Vouli',
]);
/**
 * Legislatures whose last word alone is also a surname, a place or a common word ("Rada", "Sabha",
 * "Rakyat"), known by the whole name: India's houses and its states' ("Lok Sabha", "Vidhan Sabha"),
 * Ukraine's, Spain's, Malaysia's, Myanmar's and the Gulf's.
 */
export const LEGISLATURE_PHRASES = ['Verkhovna Rada', 'Lok Sabha', 'Rajya Sabha', 'Vidhan Sabha', 'Vidhan Parishad', 'Majlis al-Shura', 'Cortes Generales', 'Dewan Rakyat', 'Dewan Negara', 'Pyidaungsu Hluttaw', 'Jatiya Sangsad', 'Wolesi Jirga', 'Meshrano Jirga', 'Legislative Yuan', 'Control Yuan', 'Executive Yuan'];
/** A name ending in one of {@link LEGISLATURE_PHRASES}. */
const LEGISLATURE_NAMES = new RegExp(String.raw`(?:^|\s)(?:${LEGISLATURE_PHRASES.join('|')})$`, 'u');
/** The last words of {@link LEGISLATURE_PHRASES}: {@link LEGISLATURE_NAMES} is tried only on a name ending in one. */
const LEGISLATURE_PHRASE_ENDS = new Set(LEGISLATURE_PHRASES.map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/** Organisation words that end a name after other capitalised words ("Defense Department", "Interior Ministry"). */
const PHRASE_HEADS = new Set(['Ministry', 'Department', 'Chamber', 'Office', 'Agency', 'Commission', 'Committee', 'Council', 'Bureau', 'Authority', 'Fund', 'Institution', 'Forum', 'Club', 'Directorate', 'Secretariat', 'Federation', 'Confederation', 'Association', 'Institute', 'University', 'Faculty', 'Party', 'Court', 'Parliament', 'Assembly', 'Tribunal', 'Foundation', ...LEGISLATURES]);
/** Performing companies' words, a genre after a nation's word alone ("Chinese Opera", "Russian Ballet"). */
const ARTS_HEADS = ['Opera', 'Ballet', 'Orchestra', 'Philharmonic'];
/**
 * Words that end a name after other capitalised words only where no capitalised word follows them
 * ("the Pulitzer Center", "Northbridge Metals", "the Royal Opera", not "Chief Financial Officer" nor
 * "Sydney Opera House").
 */
const CLOSING_HEADS = new Set(['Center', 'Centre', 'Bank', ...ARTS_HEADS, ...[...BUSINESS_WORDS].filter((w) => w !== 'Air' && w !== 'Pay')]);
/** The first characters of the head words: 1 at their codes, read for every token without a look-up in a set. */
const HEAD_INITIALS = new Uint8Array(0x10000);
for (const w of [...PHRASE_HEADS, ...CLOSING_HEADS]) HEAD_INITIALS[w.charCodeAt(0)] = 1;
/** Up to three capitalised words right before a name, one space apart, on its line ("Citizens' Representative "). */
const NAME_WORDS_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'’-]* ){1,3}$/u;
/** Capitalised words that do not start an organisation's name when they open a sentence or a phrase. */
const NOT_NAME = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our', 'Every', 'Each', 'No', 'Any', 'Some', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'To', 'Of', 'And', 'But', 'Or', 'If', 'When', 'After', 'Before', 'As']);

/** A token's text and offsets (see `tokenize`). */
interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** A name turned modifier ("Vancouver-based") is not part of the name after it. */
const MODIFIER = /-\p{Ll}+$/u;
const isNameWord = (t: WordToken | undefined): t is WordToken => !!t && NAME_WORD.test(t.text) && !NOT_NAME.has(t.text) && !MODIFIER.test(t.text);

/**
 * Organisation names by their shape, in one sentence's tokens: capitalised words before an
 * organisation word ("Defense Department", "Interior Ministry"), and an organisation word going on
 * with "of" and capitalised words ("Ministry of Foreign Affairs", "Association of Muslim Scholars").
 * For the model's gaps: the caller keeps only those that overlap nothing it found.
 */
export function organisationPhrases(tokens: readonly WordToken[]): NamedSpan[] {
  return phrasesOf(tokens).map((p) => p.span);
}

/** An organisation phrase and whether its head is one of {@link CLOSING_HEADS} (a business word, "Bank"), not a body's word. */
interface Phrase {
  span: NamedSpan;
  closing: boolean;
  /** Where the phrase ends without the list its "of"/"on" name goes on with ("Committee on Economy" of "... Economy, Finance and Budget"). */
  shortEnd: number;
}


/**
 * The last token of the list the name after "of"/"on" goes on with, from its first item ending at
 * token `last`: ", <Words>" items closed by "and <Words>" ("Economy" + ", Finance and Budget", "Works"
 * + " and Transport"), each of one to three capitalised words and no body's word ("Ministry of
 * Finance and Central Bank" is two names). `last` when no such list follows.
 */
function subjectListEnd(tokens: readonly WordToken[], last: number): number {
  let k = last + 1;
  for (let items = 0; items < 4; items++) {
    const joiner = tokens[k]?.text;
    if (joiner !== ',' && joiner !== 'and' && joiner !== '&') return last;
    let end = k;
    while (isNameWord(tokens[end + 1]) && !STOP.has(tokens[end + 1].text) && end - k < 3) end++;
    if (end === k || tokens.slice(k + 1, end + 1).some((t) => PHRASE_HEADS.has(t.text) || CLOSING_HEADS.has(t.text) || PLACES.has(t.text))) return last;
    // "... and Kenya's Interior Ministry": a possessive makes the last item another name's owner.
    if (joiner !== ',') return POSSESSIVE.test(tokens[end + 1]?.text ?? '') ? last : end;
    k = end + 1;
  }
  return last;
}

/** Heads written with "General" after them as one word of the name: "Directorate General of Immigration". */
const GENERAL_HEADS = new Set(['Directorate', 'Secretariat', 'Inspectorate']);

/** {@link organisationPhrases} with their kind of head. */
function phrasesOf(tokens: readonly WordToken[]): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A token that starts as no head word does is passed over without a look-up.
    if (HEAD_INITIALS[tokens[i].text.charCodeAt(0)] !== 1) continue;
    const closing = CLOSING_HEADS.has(tokens[i].text);
    if (!PHRASE_HEADS.has(tokens[i].text) && !(closing && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''))) continue;
    let first = i;
    while (first > 0 && i - first < 3 && isNameWord(tokens[first - 1])) first--;
    if (i - first === 1 && closing && DEMONYMS.has(tokens[first].text) && ARTS_HEADS.includes(tokens[i].text)) continue;
    if (GENERAL_HEADS.has(tokens[i].text) && tokens[i + 1]?.text === 'General') i++;
    let last = i;
    let listEnd = i;
    const joiner = tokens[i + 1]?.text;
    if (!closing && (joiner === 'of' || (joiner === 'on' && ON_HEADS.has(tokens[i].text)))) {
      let k = i + 2;
      if (tokens[k]?.text === 'the') k++;
      // "the Council on Monday", "the Commission on Ukraine": a date or a place after "on" is what the body did or studies.
      const subject = joiner === 'of' || (isNameWord(tokens[k]) && !STOP.has(tokens[k].text) && !PLACES.has(tokens[k].text));
      while (subject && isNameWord(tokens[k]) && k - i < 7) last = k++;
      // "Council on American - Islamic Relations" spaced apart: a name cut at a hyphen is not read as ending there.
      if (joiner === 'on' && HYPHEN.test(tokens[last + 1]?.text ?? '')) last = i;
      listEnd = last > i ? subjectListEnd(tokens, last) : last;
    }
    // "Office" ends a body's name after two capitalised words ("Icelandic Meteorological Office"), not one ("the Oval Office", a room).
    if ((first === i || (tokens[i].text === 'Office' && i - first < 2)) && last === i) continue;
    out.push({ span: { type: 'organization', start: tokens[first].start, end: tokens[listEnd].end }, closing, shortEnd: tokens[last].end });
    i = listEnd;
  }
  return out;
}

/**
 * The model's spans of one sentence with the {@link organisationPhrases} of its tokens added where the
 * model found nothing, or only a place a body's phrase opens with: "Cyprus" of "the Cyprus Meteorological
 * Department" is the body's seat inside its name.
 */
export function withOrganisationPhrases(tokens: readonly WordToken[], named: NamedSpan[]): NamedSpan[] {
  for (const { span: whole, closing, shortEnd } of phrasesOf(tokens)) {
    // The list after a body's "of"/"on" name is left out where the model found a name in it ("... of Finance and Gazprom").
    const o = whole.end > shortEnd && named.some((s) => s.start < whole.end && shortEnd < s.end) ? { ...whole, end: shortEnd } : whole;
    const inside = named.filter((s) => s.start < o.end && o.start < s.end);
    if (!inside.length) named.push(o);
    else if (!closing && inside.length === 1 && inside[0].type === 'place' && inside[0].start === o.start && inside[0].end < o.end) named[named.indexOf(inside[0])] = o;
  }
  return named;
}

/**
 * A parliament's name the model cut or mistyped ("Khural" as a person in "Citizens' Representative
 * Khural", "State Great Khural"): a span ending in a legislature's word is an organisation and takes
 * in the capitalised words right before it that no other span holds. Spans sorted, apart.
 */
export function wholeLegislatures(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapChangedSpans(spans, (s, k) => {
    const name = text.slice(s.start, s.end);
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (!LEGISLATURES.has(last) && !(LEGISLATURE_PHRASE_ENDS.has(last) && LEGISLATURE_NAMES.test(name))) return s;
    const before = NAME_WORDS_BEFORE.exec(text.slice(Math.max(0, s.start - 80), s.start));
    let start = s.start;
    if (before) {
      const words = before[0].split(' ').filter(Boolean);
      // "the" and other function words capitalised at a sentence start are not part of the name.
      while (words.length && NOT_NAME.has(words[0])) words.shift();
      const previous = spans[k - 1];
      const extended = s.start - words.reduce((n, w) => n + w.length + 1, 0);
      if (words.length && (!previous || previous.end <= extended)) start = extended;
    }
    return { type: 'organization', start, end: s.end };
  });
}
