import { mapChangedSpans } from './span-arrays';
import type { NamedSpan } from './index';

/**
 * One-word "people" that the words around show to be a body: the model reads an unfamiliar single
 * word ("Sinohydro", "JIRAMA") by its look, and a look alone often says person. Such a word is an
 * organisation when the article never names a person with it (no longer person's name holds it as a
 * word) and one mention has a body's cue:
 * - it is written in capitals, as a utility's or an agency's acronym is ("JIRAMA said");
 * - a description of a body follows it ("Ambatovy, the nickel and cobalt producer,");
 * - a job's "of" stands before it ("chief executive of Bahart", "director of Acme");
 * - a work's "by" stands before it ("built by Sinohydro", "run by Météo-France");
 * - a body's kind stands before it, after a word that is no determiner ("opposition party Lelo").
 * Every mention of the word follows the cued one.
 */

/** A single word: letters, marks and inner hyphens. */
const ONE_WORD = /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*$/u;
/** A word of four or more capitals, no lower-case letter: "JIRAMA", not "Li" or "UN". */
const CAPITALS = /^\p{Lu}{4,}$/u;
/** Nouns of a body that a description after a name ends in. */
const BODY_NOUN = 'company|producer|maker|manufacturer|utility|operator|firm|group|contractor|miner|insurer|lender|carrier|airline|retailer|developer|supplier|agency|authority|regulator';
/** ", the nickel and cobalt producer,": up to five lower-case words before the body's noun and a mark. */
const DESCRIBED_AFTER = new RegExp(String.raw`^,[ \t]+(?:the|a|an|its)[ \t]+(?:[\p{Ll}\p{M}'’-]+[ \t]+){0,5}?(?:${BODY_NOUN})[ \t]*[,.;)]`, 'u');
/** A job and "of" right before the name: "chief executive of ", "managing director of ". */
const JOB_OF = /(?:^|[^\p{L}])(?:executive|director|chairman|chairwoman|chair|president|founder|owner|head|boss|spokes(?:man|woman|person)|manager|officer|shareholder)[ \t]+of[ \t]+$/u;
/** A made or run thing's "by" right before the name: "built by ", "operated by ". */
const WORK_BY = /(?:^|[^\p{L}])(?:built|run|operated|owned|managed|designed|developed|made|manufactured|constructed|financed|funded)[ \t]+by[ \t]+$/u;

/**
 * A body's kind in lower case right before the name, after a word that is no determiner: "opposition
 * party Lelo", "Norwegian operator Gassco"; not "the company Smith founded", "a party Smith hosted".
 */
const KIND_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?!(?:the|a|an|this|that|his|her|their|its|our|my|your|whose)[ \t])[\p{L}-]+[ \t]+(?:${BODY_NOUN}|party)[ \t]$`, 'u');

/** Whether the mention of one-word `name` at `s` has a body's cue around it. */
function bodyCued(text: string, s: NamedSpan, name: string): boolean {
  if (CAPITALS.test(name)) return true;
  const c = text.charCodeAt(s.end);
  if (c === 44 && DESCRIBED_AFTER.test(text.slice(s.end, s.end + 80))) return true;
  if (text.charCodeAt(s.start - 1) !== 32) return false;
  const before = text.slice(Math.max(0, s.start - 30), s.start);
  if (before.endsWith('of ')) return JOB_OF.test(before);
  if (before.endsWith('by ')) return WORK_BY.test(before);
  return KIND_BEFORE.test(before);
}

/** How many times each one-word name is typed as an organisation among `spans`. */
function organisationWordCounts(text: string, spans: readonly NamedSpan[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of spans) {
    if (s.type !== 'organization') continue;
    const name = text.slice(s.start, s.end);
    if (ONE_WORD.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The first word of a name of two words or more, or '' ("Boliden" of "Boliden Kevitsa"). */
function firstWordOf(name: string): string {
  const space = name.indexOf(' ');
  return space > 0 ? name.slice(0, space) : '';
}

/**
 * The one-word names the article makes an organisation at two mentions or more that open a "person"'s
 * name, as a company's units do; null when there are none. The words of people's names (`parts`) are
 * gathered only for an article with such a "person", as few have one.
 */
function unitsCompanies(text: string, spans: readonly NamedSpan[], counts: ReadonlyMap<string, number>, isPersonWord: (word: string) => boolean, parts: () => ReadonlySet<string>): Set<string> | null {
  let opened: Set<string> | null = null;
  for (const s of spans) {
    if (s.type !== 'person') continue;
    const first = firstWordOf(text.slice(s.start, s.end));
    if (first && (counts.get(first) ?? 0) >= 2) (opened ??= new Set()).add(first);
  }
  if (!opened) return null;
  const companies = new Set([...opened].filter((name) => !parts().has(name) && !isPersonWord(name)));
  return companies.size ? companies : null;
}

/**
 * Spans (sorted, apart) with one-word people that are bodies typed as organisations; see the file's
 * comment. A company's units named with its name first ("Boliden Kevitsa", "Boliden Harjavalta") are
 * its organisations too: a "person" whose first word is a one-word name the article makes an
 * organisation at two mentions or more, unless `isPersonWord` (the name lists) gives the word to people
 * ("Chelsea" of "Chelsea Clinton" beside the club). `spans` itself when nothing changes.
 */
export function withoutLoneBodies(text: string, spans: NamedSpan[], isPersonWord: (word: string) => boolean = () => false): NamedSpan[] {
  let bodies: Set<string> | null = null;
  let partsOfNames: Set<string> | null = null;
  const counts = organisationWordCounts(text, spans);
  // A company's units are not people whose names hold its name.
  const isUnit = (p: NamedSpan) => (counts.get(firstWordOf(text.slice(p.start, p.end))) ?? 0) >= 2;
  const parts = () => (partsOfNames ??= new Set(spans.filter((p) => p.type === 'person' && !isUnit(p)).flatMap((p) => {
    const words = text.slice(p.start, p.end).split(/\s+/u);
    return words.length > 1 ? words : [];
  })));
  for (const s of spans) {
    if (s.type !== 'person') continue;
    const name = text.slice(s.start, s.end);
    if (!ONE_WORD.test(name) || !bodyCued(text, s, name)) continue;
    // A word some person's longer name holds is that person's surname or given name.
    if (!parts().has(name)) (bodies ??= new Set()).add(name);
  }
  const companies = unitsCompanies(text, spans, counts, isPersonWord, parts);
  if (!bodies && !companies?.size) return spans;
  const found = bodies ?? new Set<string>();
  return mapChangedSpans(spans, (s) => {
    if (s.type !== 'person') return s;
    const name = text.slice(s.start, s.end);
    return found.has(name) || companies?.has(firstWordOf(name)) ? { ...s, type: 'organization' as const } : s;
  });
}
