/**
 * GUM news (Wikinews articles, CC BY 2.5 text, CC BY 4.0 annotations) as flat PER/LOC/ORG names.
 * GUM marks every mention ("the team", "he", "the US government") with nested brackets; a name is
 * the run of proper nouns inside a place or organisation mention, without titles in front, and for
 * a person the mention's head with the rest of its name (`flat` in the syntax), so "President Barack
 * Obama" and "NASA Administrator Charles Bolden" give "Barack Obama" and "Charles Bolden".
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { GoldSentence, GoldSpan } from './conll';

const TYPES: Record<string, GoldSpan['type']> = { person: 'PER', place: 'LOC', organization: 'ORG' };
/** GUM's own dev and test documents stay out of training. */
const HELD_OUT = ['homeopathic', 'iodine', 'nasa', 'sensitive'];
const CONNECTORS = new Set(['of', 'the', 'de', 'and', '&', 'for', 'von', 'van', 'der', 'al', 'la', '-']);
/** Inside a person's name only these join proper nouns: "Tom Devocht and Mark Rathbun" is two names. */
const PERSON_CONNECTORS = new Set(['de', 'von', 'van', 'der', 'al', 'la', '-']);
/** Titles and roles in front of a name ("NASA Administrator", "Governor of"): never part of it. */
const TITLE = /^(?:Major|Lieutenant|Colonel|Admiral|Spokesman|Spokeswoman|Spokesperson|Head|Leader|Speaker|Bishop|Archbishop|Cardinal|Imam|Sheikh|Emir|Sultan|Tsar|President|Vice|Prime|Minister|Secretary|Senator|Sen\.|Governor|Gov\.|Mayor|King|Queen|Prince|Princess|Pope|General|Gen\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Professor|Prof\.|Judge|Justice|Chairman|Chief|Director|Administrator|Sheriff|Officer|Detective|Sergeant|Sgt\\.|Coach|Deputy|Congressman|Congresswoman|Premier|Commissioner|Inspector|Captain|Commander|Ambassador|Chancellor|Representative|Rep\.|MP|Sir|Lord|Lady|Saint|St\.?|Senior|Emeritus|Former|Foreign|Defense|Defence)$/iu;
/**
 * Nationality and direction words: left out in front of a person ("US Senator", "Afghan
 * President") but part of a place or organisation ("South Australia", "The Canadian Press").
 */
const NATIONAL = /^(?:U\.S\.|US|American|British|Korean|Chinese|Russian|French|German|Australian|Canadian|Japanese|Indian|Afghan|Iraqi|Israeli|Palestinian|North|South)$/iu;
/** Words GUM marks as a person mention that name a group or a party, not a person. */
const GROUP_WORD = /^(?:English|Republicans?|Democrats?|Conservatives?|Liberals?|Tory|Tories|State)$/u;

interface Token {
  form: string;
  xpos: string;
  /** Index of the syntactic head in the sentence, -1 for the root. */
  head: number;
  deprel: string;
  start: number;
  end: number;
}

interface Mention {
  type: GoldSpan['type'];
  first: number;
  last: number;
}

/** The mentions of one sentence from the `Entity=` brackets of each token's MISC column. */
function mentionsOf(miscs: string[]): Mention[] {
  const open = new Map<string, { etype: string; first: number }[]>();
  const out: Mention[] = [];
  miscs.forEach((misc, i) => {
    const m = /(?:^|\|)Entity=([^|]*)/u.exec(misc);
    if (!m) return;
    const re = /\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)/gu;
    for (let b = re.exec(m[1]); b; b = re.exec(m[1])) {
      if (b[1]) {
        if (b[3]) {
          if (TYPES[b[2]]) out.push({ type: TYPES[b[2]], first: i, last: i });
        } else {
          open.set(b[1], [...(open.get(b[1]) ?? []), { etype: b[2], first: i }]);
        }
      } else if (b[4]) {
        const stack = open.get(b[4]);
        const o = stack?.pop();
        if (o && TYPES[o.etype]) out.push({ type: TYPES[o.etype], first: o.first, last: i });
      }
    }
  });
  return out;
}

const isProper = (t: Token) => t.xpos.startsWith('NNP');
/** "of", "and", "the" between proper nouns, or a hyphen inside a word ("Udvar-Hazy"), not a dash. */
const isConnector = (t: Token) => CONNECTORS.has(t.form) && (t.form !== '-' || t.xpos === 'HYPH');

/**
 * A person's name from the syntax: the mention's head and the tokens joined to it as parts of one
 * name (`flat`), so "NASA Administrator Charles Bolden" and "Governor of Washington Chris Gregoire"
 * give "Charles Bolden" and "Chris Gregoire". Null when the head is not a proper noun.
 */
function personName(tokens: Token[], m: Mention, otherName: (i: number) => boolean): { first: number; last: number } | 'role' | null {
  const inside = (i: number) => i >= m.first && i <= m.last;
  const heads: number[] = [];
  for (let i = m.first; i <= m.last; i++) if (!inside(tokens[i].head)) heads.push(i);
  let head = heads.length === 1 ? heads[0] : -1;
  let end = head;
  if (head >= 0 && TITLE.test(tokens[head].form)) {
    // A role with the name beside it ("spokesperson Julie Hahn"); a role alone ("Director of the
    // National Iodine Nutrition study") names no one.
    const role = head;
    const besideRole = (i: number) => inside(i) && i > role && tokens[i].head === role && /^(?:appos|flat|compound)/u.test(tokens[i].deprel) && isProper(tokens[i]) && !TITLE.test(tokens[i].form);
    head = tokens.findIndex((_, i) => besideRole(i));
    if (head < 0) return 'role';
    // GUM may hang every part of the name on the role ("Emeritus Professor John Burrows").
    end = head;
    for (;;) {
      if (besideRole(end + 1)) end++;
      else if (tokens[end + 1]?.xpos === 'HYPH' && besideRole(end + 2)) end += 2;
      else break;
    }
  }
  if (head < 0 || !isProper(tokens[head]) || !/^\p{Lu}/u.test(tokens[head].form)) return null;
  let first = head;
  let last = end;
  const partOfName = (i: number): boolean => {
    for (let k = i; inside(k); k = tokens[k].head) {
      if (k >= head && k <= end) return true;
      if (!tokens[k].deprel.startsWith('flat')) return false;
    }
    return false;
  };
  for (let i = m.first; i <= m.last; i++) {
    if (i !== head && tokens[i].deprel.startsWith('flat') && partOfName(i)) {
      first = Math.min(first, i);
      last = Math.max(last, i);
    }
  }
  // Proper nouns in front that modify the name belong to it ("Black Widow"), titles do not.
  const modifier = (i: number) => isProper(tokens[i]) && tokens[i].head >= first && tokens[i].head <= last && /^(?:amod|compound)$/u.test(tokens[i].deprel) && !TITLE.test(tokens[i].form) && !otherName(i);
  while (first > m.first && modifier(first - 1)) first--;
  while (first < last && (TITLE.test(tokens[first].form) || NATIONAL.test(tokens[first].form))) first++;
  return { first, last };
}

/**
 * The proper-noun run inside a mention, without leading titles. For a person without a name at the
 * syntactic head: nationality words in front, titles and the places and organisations named inside
 * the mention ("Brampton" in "Brampton Spider-Gwen") are left out too.
 */
function nameIn(tokens: Token[], m: Mention, all: Mention[]): { first: number; last: number } | null {
  const person = m.type === 'PER';
  const leading = (t: Token) => TITLE.test(t.form) || (person && NATIONAL.test(t.form)) || CONNECTORS.has(t.form);
  const joins = (t: Token) => isConnector(t) && (!person || PERSON_CONNECTORS.has(t.form));
  const otherName = (i: number) => person && all.some((o) => o.type !== 'PER' && o.first >= m.first && o.last <= m.last && i >= o.first && i <= o.last);
  const proper = (i: number) => isProper(tokens[i]) && !otherName(i);
  const fromHead = person ? personName(tokens, m, otherName) : null;
  if (fromHead === 'role') return null;
  let best: { first: number; last: number } | null = fromHead;
  for (let i = m.first; i <= m.last && !fromHead; i++) {
    if (!proper(i)) continue;
    let j = i;
    // Proper nouns joined by up to two connectors: "Museum of the U.S. Air Force", "Udvar-Hazy".
    for (;;) {
      let k = j + 1;
      while (k <= m.last && k - j <= 2 && joins(tokens[k])) k++;
      if (k > m.last || !proper(k)) break;
      j = k;
    }
    let first = i;
    // A person's name follows the last title in the run ("State Department Spokesperson Jeff Rathke").
    if (person) for (let k = i; k <= j; k++) if (TITLE.test(tokens[k].form)) first = k + 1;
    while (first < j && leading(tokens[first])) first++;
    if (first <= j && (!best || j - first > best.last - best.first)) best = { first, last: j };
    // A person's name comes first; what follows is an apposition ("Cres Eastman, Director of ...").
    if (person && best) break;
    i = j;
  }
  if (!best) return null;
  const single = best.first === best.last ? tokens[best.first] : null;
  // "the North" alone is a direction, not a name; "the US" is one.
  if (single && (TITLE.test(single.form) || (NATIONAL.test(single.form) && (person || !/^(?:US|U\.S\.)$/u.test(single.form))))) return null;
  // Groups of people ("Muslims", "Afghans", "Republicans") are person mentions in GUM but not names of a person.
  if (person && single && (single.xpos === 'NNPS' || /(?:ans|ese|is|ists)$/u.test(single.form) || GROUP_WORD.test(single.form))) return null;
  return best;
}

function readDocument(file: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let text = '';
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    const tokens: Token[] = [];
    let cursor = 0;
    for (const r of rows) {
      const at = text.indexOf(r[1], cursor);
      const start = at >= 0 ? at : cursor;
      tokens.push({ form: r[1], xpos: r[4], head: Number(r[6]) - 1, deprel: r[7], start, end: start + r[1].length });
      cursor = start + r[1].length;
    }
    const mentions = mentionsOf(rows.map((r) => r[9]));
    const named = mentions
      .map((m) => ({ m, name: nameIn(tokens, m, mentions) }))
      .filter((c): c is { m: Mention; name: { first: number; last: number } } => !!c.name);
    const inside = (a: { first: number; last: number }, b: { first: number; last: number }) => a.first >= b.first && a.last <= b.last && (a.first !== b.first || a.last !== b.last);
    const candidates = named
      // A name made only of smaller names is a list of them ("Morocco and Iran"), not one name.
      .filter((c) => {
        const parts = named.filter((o) => inside(o.name, c.name));
        for (let i = c.name.first; i <= c.name.last; i++) if (isProper(tokens[i]) && !parts.some((o) => i >= o.name.first && i <= o.name.last)) return true;
        return false;
      })
      // The longest name first, so a name keeps the names inside it ("University of NSW", "National
      // Museum of the U.S. Air Force"); for the same name, the tightest mention decides its type
      // ("US" in "the US government" is a place).
      .sort((a, b) => b.name.last - b.name.first - (a.name.last - a.name.first) || a.m.last - a.m.first - (b.m.last - b.m.first));
    const spans: GoldSpan[] = [];
    const taken = new Set<number>();
    for (const c of candidates) {
      let free = true;
      for (let i = c.name.first; i <= c.name.last; i++) if (taken.has(i)) free = false;
      if (!free) continue;
      for (let i = c.name.first; i <= c.name.last; i++) taken.add(i);
      spans.push({ start: tokens[c.name.first].start, end: tokens[c.name.last].end, type: c.m.type });
    }
    out.push({ doc: path.basename(file), text, spans: spans.sort((a, b) => a.start - b.start) });
    rows = [];
    text = '';
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# text =')) text = line.slice('# text ='.length).trim();
    else if (line.startsWith('#')) continue;
    else if (!line.trim()) flush();
    else {
      const cols = line.split('\t');
      if (cols.length >= 10 && /^\d+$/u.test(cols[0])) rows.push(cols);
    }
  }
  flush();
  return out;
}

/** Whether a GUM news file (a sentence's `doc`) is one of GUM's own dev and test documents. */
export function isGumDevDocument(file: string): boolean {
  return HELD_OUT.some((h) => file.includes(`_${h}.`));
}

/**
 * GUM news as gold sentences, each with its document's file name: the training documents, GUM's
 * own dev and test documents (`part` 'dev'), or every document ('all': a news dev set for models
 * that are not trained on GUM, as the shipped one is not).
 */
export function readGumNews(dir: string, part: 'train' | 'dev' | 'all' = 'train'): GoldSentence[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu') && (part === 'all' || isGumDevDocument(f) === (part === 'dev')))
    .sort()
    .flatMap((f) => readDocument(path.join(dir, f)));
}
