import type { Entity, TextRange } from '../model/types';
import { mapChangedSpans, mapSpans } from '../ner/span-arrays';
import { countBelow } from '../text/sorted-offsets';
import { isMixedCaseAcronym, spelledOutIn } from './acronyms-in-text';
import { aliasOf, COUNTRY_CODES } from './aliases';
import { companyShortNames } from './company-names';
import { fullNamesIn } from './initials-in-text';
import { placeShortForms } from './place-short-forms';
import { capsStyled, useArticleForms } from './written-forms';
import { abbreviatesName, acronymKey, initials, isAcronym, isAllCaps, startsWithInitials, titleCase, withoutPossessive, withoutTitle } from './name-forms';
import { isWhiteSpaceCode } from '../text/white-space';

/** What the linker may look at besides the mentions themselves. */
export interface LinkContext {
  /** The article text, for "the Full Name (ABC)" definitions. */
  text?: string;
  /** The dateline place, which is title-cased whatever its length ("ROME" -> "Rome"). */
  dateline?: TextRange | null;
}

type Named = Entity & { type: 'person' | 'place' | 'organization' };

/** A parenthesised acronym right after a name ("... Organization (CSTO)", "... (known as OJK)"). */
const PAREN_AFTER = /^\s*\(\s*(?:known as\s+)?([^()\s]{2,12})\s*\)/u;
/** A short name of one or two title-case words in brackets right after an organisation's name: "(Maha Metro)". */
const SHORT_NAME_AFTER = /^[ \t]*\([ \t]*(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)[ \t]*\)/u;

/**
 * Whether `short` is cut from `long` ("Maha Metro" of "Maharashtra Metro Rail Corporation"): each of
 * its words starts one of the long name's, in a longer name. A place in brackets says where the
 * organisation is ("Acme Ltd (Toronto)") and is not its short name.
 */
function cutFrom(short: string, long: string): boolean {
  const words = long.split(' ');
  return words.length > short.split(' ').length && short.split(' ').every((w) => words.some((l) => l.startsWith(w)));
}

/** An acronym defined in words right after a name: ", known by its Spanish acronym OEFA", ", known as OJK", ", or ABC,". */
const PHRASE_AFTER = /^(?:,?\s+(?:known|abbreviated)\s+(?:by\s+its\s+(?:[\p{L}-]+\s+)?(?:acronym|initials|abbreviation)|as)\s+([\p{Lu}.]{2,12})(?![\p{L}\p{N}])|,\s+or\s+([\p{Lu}.]{2,12}),)/u;
/**
 * Name particles that a sentence start capitalises ("Al-Harbi told ..." for "Abdulaziz al-Harbi"), the
 * first of a run of particles too ("Van den Heuvel said" for "Maarten van den Heuvel").
 */
const CAPITALISED_PARTICLE = /^(?:Al|El|Ad|An|Ar|As|At|Az|Bin|Ibn|Abu|Van|Von|De|Da|Di|Du|Del|Della|Le|La)(?=[- ](?:(?:de|den|der|des|di|du|la|le|ten|ter|van|von|'t) )*\p{Lu})/u;
/** The first letters of {@link CAPITALISED_PARTICLE}'s particles: most names start with none and skip the pattern. */
const PARTICLE_INITIALS = 'AEBIVDL';

/**
 * A word of place right before a mention ("in Lima", "at the White House", "back to Valencia", "the other side of Whitehall"): there
 * a place's name is the place, even in an article where the same word names a person ("Rosa Lima") or a
 * club ("Valencia fans"), so the mention keeps its own type and its own entity.
 */
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|to|near|into|across|outside|inside|around|throughout|via|towards?|opposite|along|down|(?:side|end|corner|front|steps|gates) of)[ \t]+(?:the[ \t]+)?$/u;

/** Whether `e` is a place mention right after a word of place (see {@link PLACE_WORD_BEFORE}). */
function placeAtPlaceWord(e: Entity, text: string | undefined): boolean {
  return e.type === 'place' && text !== undefined && PLACE_WORD_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start));
}

/** How far after a mention the definitions below may reach (the widest slice read for them). */
const DEFINITION_REACH = 90;

/**
 * Whether a definition may follow a mention ending at `end`: each one opens, past any white space, with a
 * bracket, with a comma, or with "known" or "abbreviated". Most mentions have none of these after them
 * and skip the patterns.
 */
function mayDefineAfter(text: string, end: number): boolean {
  const reach = Math.min(text.length, end + DEFINITION_REACH);
  let at = end;
  while (at < reach && isWhiteSpaceCode(text.charCodeAt(at))) at++;
  const c = text.charCodeAt(at);
  return at < reach && (c === 40 || c === 44 || c === 107 || c === 97); // ( , k a
}

/** Whether a mention is part of a handle or an identifier ("@CA_Water"), where letters spell no one's initials. */
const inHandle = (e: TextRange, text: string | undefined): boolean => text !== undefined && (text[e.start - 1] === '@' || text[e.end] === '_' || text[e.start - 1] === '_');

const inDateline = (e: TextRange, dateline: TextRange | null | undefined): boolean => !!dateline && e.start < dateline.end && dateline.start < e.end;

/** Everything but letters (a global pattern, used only to replace: it keeps no state between calls). */
const NON_LETTERS = /\P{L}/gu;

/** How a mention is written once possessives, titles and all-caps datelines are undone. */
function displayName(e: Entity, dateline: TextRange | null | undefined, text?: string): string {
  const name = e.type === 'person' ? withoutTitle(withoutPossessive(e.text)) : withoutPossessive(e.text);
  if (!isAllCaps(name)) return name;
  // "PUTIN" in an all-caps headline: people have no acronyms; "ANA" in prose is one, not "Ana".
  if (e.type === 'person') return isAcronym(name) && !capsStyled(e, text) ? name : titleCase(name);
  // Upper-case place names longer than an acronym are headline or dateline styling, not acronyms.
  if (inDateline(e, dateline) || (e.type === 'place' && name.replace(NON_LETTERS, '').length > 4 && !aliasOf(name))) return titleCase(name);
  return name;
}

/** Whole-word containment: "Putin" in "Vladimir Putin", not "Put" in it. */
function containsWords(longer: string, shorter: string): boolean {
  if (!shorter) return ` ${longer} `.includes('  ');
  // Asked for every pair of people's names: look for whole-word hits without building padded copies.
  for (let at = longer.indexOf(shorter); at >= 0; at = longer.indexOf(shorter, at + 1)) {
    const end = at + shorter.length;
    if ((at === 0 || longer[at - 1] === ' ') && (end === longer.length || longer[end] === ' ')) return true;
  }
  return false;
}

/**
 * Gives every named mention its canonical name within one article, and its majority type:
 * - people's short forms link to the fullest name containing them ("Pashinyan's" -> "Nikol Pashinyan"),
 *   even when the tagger typed the short form otherwise, and initialised forms to the name they
 *   abbreviate ("D. Ganbold" -> "Dashdondogiin Ganbold");
 * - acronyms and expansions link either way ("CSTO" <-> "Collective Security Treaty Organization");
 *   the canonical is the expansion: the one defined in the text ("the X (ABC)") first, then the
 *   alias table's, then another name of the article whose initials spell the acronym;
 * - all-caps datelines and headings are title-cased ("SÃO PAULO" -> "São Paulo"); possessives dropped;
 * - common abbreviations come from the alias table ("U.S." -> "United States"), unless the text defines them.
 * Dates pass through unchanged. Pure; cost grows with mentions times the few names sharing a word, not with all pairs.
 */
export function linkCanonicalNames(entities: readonly Entity[], context: LinkContext = {}): Entity[] {
  const named = entities.filter((e): e is Named => e.type !== 'date');
  const display = new Map<Entity, string>();
  for (const e of named) display.set(e, displayName(e, context.dateline, context.text));
  useArticleForms(named, display, context.text, (e) => inDateline(e, context.dateline));

  // Acronyms: a definition in the text ("Full Name (ABC)") wins over the alias table, which wins
  // over the initials of another name in the article ("U.N." is the United Nations even where the
  // University of Nairobi is mentioned too).
  const defined = new Map<string, string>();
  const shortNames = new Map<string, string>();
  if (context.text) {
    for (const e of named) {
      if (!mayDefineAfter(context.text, e.end)) continue;
      const paren = PAREN_AFTER.exec(context.text.slice(e.end, e.end + 16));
      const name = display.get(e) ?? e.text;
      // "YEREVAN (AP)" is an agency mark, not a definition: datelines and one-word names are skipped,
      // and a known alias is defined only by a name whose initials spell it ("United Nations (UN)").
      // A person's bracket is most often a team or party code ("Guga Ferraz (PAL)"); it defines a
      // short name only when the name's initials spell it ("Andrés Manuel López Obrador (AMLO)").
      const defines = paren && isAcronym(paren[1]) && (!aliasOf(paren[1]) || initials(name) === acronymKey(paren[1])) && (e.type !== 'person' || spellsInitials(name, paren[1])) && !isAcronym(name) && /\s/u.test(name) && !inDateline(e, context.dateline);
      if (paren && defines && !defined.has(acronymKey(paren[1]))) defined.set(acronymKey(paren[1]), name);
      // "The Financial Services Authority, known by its Indonesian acronym OJK," and ", or ABC,".
      const phrase = e.type !== 'person' && /\s/u.test(name) && !isAcronym(name) ? PHRASE_AFTER.exec(context.text.slice(e.end, e.end + 70)) : null;
      const spelled = phrase?.[1] ?? phrase?.[2];
      if (spelled && isAcronym(spelled) && !defined.has(acronymKey(spelled))) defined.set(acronymKey(spelled), name);
      // "Maharashtra Metro Rail Corporation Ltd (Maha Metro)": a short name cut from the name.
      const short = e.type === 'organization' ? SHORT_NAME_AFTER.exec(context.text.slice(e.end, e.end + 30)) : null;
      if (short && !isAcronym(short[1]) && cutFrom(short[1], name) && !shortNames.has(short[1])) shortNames.set(short[1], name);
      // "ABC (Full Name)": the definition the other way round, when the full name is a mention too.
      const inner = /^\s*\(\s*([^()]{3,80}?)\s*\)/u.exec(context.text.slice(e.end, e.end + 90));
      if (inner && isAcronym(name) && named.some((o) => o.start > e.end && o.start <= e.end + 3 && o.text === inner[1])) defined.set(acronymKey(name), inner[1]);
    }
  }
  // The names by their initials, built when an acronym first asks: most articles have none, and
  // spelling out the initials of every other mention is then wasted.
  let byInitials: Map<string, string> | undefined;
  const nameWithInitials = (key: string): string | undefined => {
    if (!byInitials) {
      byInitials = new Map();
      for (const e of named) {
        const name = display.get(e) ?? e.text;
        const initialsKey = e.type === 'person' ? null : initials(name);
        if (initialsKey && !byInitials.has(initialsKey)) byInitials.set(initialsKey, name);
      }
    }
    return byInitials.get(key);
  };
  const expansionOf = (e: Entity, name: string): string | undefined => {
    const key = acronymKey(name);
    return defined.get(key) ?? aliasOf(name) ?? (isAcronym(name) ? aliasOf(key) : undefined) ?? (e.type === 'place' ? COUNTRY_CODES[name] : undefined) ?? (inHandle(e, context.text) ? undefined : nameWithInitials(key));
  };

  // "D. Ganbold" is the "Dashdondogiin Ganbold" of the same article: read it as that name, so it
  // links there and does not stand as a second person that "Ganbold" could link to. Only when one
  // full name fits: with two (Dashdondogiin and Dorj Ganbold) the initial says nothing more.
  const bySurname = new Map<string, Set<string>>();
  for (const e of named) {
    const name = display.get(e) ?? e.text;
    if (e.type !== 'person' || !name.includes(' ')) continue;
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    bySurname.set(surname, (bySurname.get(surname) ?? new Set()).add(name));
  }
  const fullNameIn = fullNamesIn(context.text);
  for (const e of named) {
    const name = display.get(e) ?? e.text;
    if (e.type !== 'person' || !startsWithInitials(name)) continue;
    const fuller = [...(bySurname.get(name.slice(name.lastIndexOf(' ') + 1)) ?? [])].filter((p) => abbreviatesName(name, p));
    if (fuller.length === 1) display.set(e, fuller[0]);
    // No mention has the full name, but the story may write it: "beat goaltender Rasmus Ek-Lindfors".
    else if (fuller.length === 0) display.set(e, fullNameIn(name) ?? name);
  }

  // People: every distinct name and where it first appears, so a short form finds the fullest name
  // containing it. Two full names sharing a surname ("Bill Clinton", "Hillary Clinton") are told
  // apart by proximity: the one mentioned last before the short form, else the first one after it.
  const personMentions = named.filter((e) => e.type === 'person');
  const people = [...new Set(personMentions.map((e) => display.get(e) ?? e.text))];
  const firstMention = new Map<string, number>();
  for (const m of personMentions) if (!firstMention.has(display.get(m) ?? m.text)) firstMention.set(display.get(m) ?? m.text, m.start);
  // A name can only lie inside the people whose names share its first word: looking there keeps
  // long articles with thousands of distinct names linear instead of comparing every pair.
  const peopleByWord = new Map<string, string[]>();
  for (const p of people) {
    const words = p.split(' ');
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      // Each distinct word once, as a set of the words would give them, without building the set.
      if (words.indexOf(word) < i) continue;
      const list = peopleByWord.get(word);
      if (list) list.push(p);
      else peopleByWord.set(word, [p]);
    }
  }
  const peopleWithFirstWord = (name: string): readonly string[] => {
    // The first word, as `name.split(' ')[0]`, without the array of every word.
    const space = name.indexOf(' ');
    const first = space < 0 ? name : name.slice(0, space);
    // Empty words (no name, stray spaces) have no index entry: compare with everyone then.
    return first ? peopleByWord.get(first) ?? [] : people;
  };
  const candidates = new Map<string, readonly string[]>();
  const fullerNames = (name: string): readonly string[] => {
    let found = candidates.get(name);
    if (found === undefined) {
      const fullest = peopleWithFirstWord(name).filter((p) => p.length > name.length && containsWords(p, name));
      // Only the fullest forms: "King" in "Luther King" and "Martin Luther King" is one person.
      // Most names have one fuller form or none, which is the fullest.
      found = fullest.length < 2 ? fullest : fullest.filter((p) => !fullest.some((q) => q.length > p.length && containsWords(q, p)));
      candidates.set(name, found);
    }
    return found;
  };
  // Per ambiguous short form: the mentions of its candidate full names, in text order.
  const candidateMentions = new Map<string, { starts: number[]; names: string[]; ordered: boolean }>();
  const mentionsOfCandidates = (name: string, found: readonly string[]) => {
    let list = candidateMentions.get(name);
    if (!list) {
      const wanted = new Set(found);
      list = { starts: [], names: [], ordered: true };
      for (const m of personMentions) {
        const full = display.get(m) ?? m.text;
        if (!wanted.has(full)) continue;
        if (list.starts.length && m.start < list.starts[list.starts.length - 1]) list.ordered = false;
        list.starts.push(m.start);
        list.names.push(full);
      }
      candidateMentions.set(name, list);
    }
    return list;
  };
  const personFor = (name: string, at: number): string | null => {
    const found = fullerNames(name);
    if (found.length <= 1) return found[0] ?? null;
    const { starts, names, ordered } = mentionsOfCandidates(name, found);
    if (ordered) {
      // The latest candidate mention before `at`, else the first one after it.
      const before = countBelow(starts, at);
      return names[before > 0 ? before - 1 : 0] ?? found[0];
    }
    let best: { name: string; start: number } | null = null;
    for (let i = 0; i < starts.length; i++) {
      // Before `at`: keep the latest; after it: only when nothing came before.
      if (starts[i] < at ? !best || best.start > at || starts[i] > best.start : !best) best = { name: names[i], start: starts[i] };
    }
    return best?.name ?? found[0];
  };

  // "Électricité du Liban (EDL)" where the full name is no mention, and "Transport for Wales (TfW)".
  const spelledOut = spelledOutIn(context.text);
  const namesPlace = placeShortForms(named, display, context.text);
  // "CalMac" is the "CalMac Ferries" of the same article.
  const companies = companyShortNames(named, display);
  const linked = mapSpans(entities, (e): Entity => {
    if (e.type === 'date') return e;
    const name = display.get(e) ?? e.text;
    if ((isAcronym(name) && (e.type !== 'person' || !capsStyled(e, context.text))) || aliasOf(name)) {
      return withCanonical(e, expansionOf(e, name) ?? spelledOut(name) ?? name);
    }
    const spelled = isMixedCaseAcronym(name) ? spelledOut(name) : undefined;
    if (spelled) return withCanonical(e, spelled);
    const long = e.type === 'organization' ? shortNames.get(name) ?? companies.get(name) : undefined;
    if (long) return withCanonical(e, long);
    // "Al-Harbi" opening a sentence is the "Abdulaziz al-Harbi" named before.
    const particle = PARTICLE_INITIALS.includes(name.charAt(0)) ? CAPITALISED_PARTICLE.exec(name) : null;
    const person = personFor(name, e.start) ?? (particle ? personFor(particle[0].toLowerCase() + name.slice(particle[0].length), e.start) : null);
    // A surname the tagger typed as a place or organisation is still that person, once the person has
    // been introduced by full name: news names people in full first, and "Jordan" before any "Michael
    // Jordan" is likelier the country.
    const introduced = person !== null && !namesPlace(e, name, firstMention.get(person) ?? Infinity) && (e.type === 'person' || (!/\s/u.test(name) && (firstMention.get(person) ?? Infinity) < e.start && !placeAtPlaceWord(e, context.text)));
    if (introduced) return e.type === 'person' ? withCanonical(e, person) : { ...e, type: 'person', canonical: person };
    return withCanonical(e, name);
  });
  return withMajorityTypes(linked, context.text);
}

/**
 * `e` with the canonical name `canonical`: `e` itself when it has that name already, as most mentions
 * written in full do, so linking copies only the mentions it renames.
 */
function withCanonical(e: Entity, canonical: string): Entity {
  return e.canonical === canonical ? e : { ...e, canonical };
}

/** The types of names in the order a tie between them goes by (see {@link withMajorityTypes}). */
const TIE_ORDER: ReadonlyArray<Named['type']> = ['person', 'organization', 'place'];

/**
 * One entity, one type: mentions sharing a canonical name take the type most of them have, but for a
 * place after a word of place, which is the place whatever the other mentions name.
 */
function withMajorityTypes(entities: Entity[], text: string | undefined): Entity[] {
  // Most canonical names have mentions of one type, which keep it: only the others are counted.
  const oneType = new Map<string, Entity['type'] | null>();
  let mixed = false;
  for (const e of entities) {
    if (e.type === 'date') continue;
    const type = oneType.get(e.canonical);
    if (type === undefined) oneType.set(e.canonical, e.type);
    else if (type !== null && type !== e.type) {
      oneType.set(e.canonical, null);
      mixed = true;
    }
  }
  if (!mixed) return entities;
  // Mentions per type, in the order ties go by: people and organisations are rarer, so likelier right.
  const counts = new Map<string, [number, number, number]>();
  for (const e of entities) {
    if (e.type === 'date' || oneType.get(e.canonical) !== null) continue;
    let count = counts.get(e.canonical);
    if (!count) counts.set(e.canonical, (count = [0, 0, 0]));
    count[TIE_ORDER.indexOf(e.type)]++;
  }
  const winner = new Map<string, Entity['type']>();
  for (const [canonical, count] of counts) {
    let best = 0;
    for (let k = 1; k < count.length; k++) if (count[k] > count[best]) best = k;
    winner.set(canonical, TIE_ORDER[best]);
  }
  return mapChangedSpans(entities, (e) => (e.type !== 'date' && winner.has(e.canonical) && winner.get(e.canonical) !== e.type && !placeAtPlaceWord(e, text) ? { ...e, type: winner.get(e.canonical) as Entity['type'] } : e));
}

/** Whether an acronym is the initials of a name, its particles counted or not ("MBS", "MS"). */
function spellsInitials(name: string, acronym: string): boolean {
  const key = acronymKey(acronym);
  if (initials(name) === key) return true;
  return name.split(/[\s-]+/u).filter(Boolean).map((w) => w[0]).join('').toUpperCase() === key;
}
