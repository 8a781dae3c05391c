import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { DEMONYMS, ORG_WORDS, STOP, TITLES } from './rule-tagger';

/**
 * A company or a body named by one of its people right after it: "a Corvane spokesman", "an Arkwell
 * spokeswoman", "a senior Hamas official", "a former Dalmore executive". "a" or "an" before the name
 * and a staff noun after it leave nothing else to read it as, where the model, not knowing the name,
 * often finds nothing. Names the lists hold as places, nationalities or people ("a US official", "a
 * Jordanian official"), a person the article names ("a Trump spokesman" after "Donald Trump"), party
 * adjectives ("a Republican official") and lone generic heads ("an Army spokesman") are left alone.
 */

/** The staff nouns, each with the space before it: each is one search of the whole text. */
const STAFF_NOUNS = [' spokesman', ' spokeswoman', ' spokesperson', ' official', ' executive', ' employee', ' shareholder'];
/** "a" or "an", perhaps a word of rank, then one to three capitalised words, right before the noun. */
const NAME_BEFORE = /(?:^|[^\p{L}\p{N}])[Aa]n?[ \t]+(?:(?:senior|former|top|junior|deputy|veteran|longtime|regional|local)[ \t]+)?((?:\p{Lu}[\p{L}\p{M}\p{N}&'’-]*[ \t]+){0,2}\p{Lu}[\p{L}\p{M}\p{N}&'’-]*)$/u;
/** Parties' and movements' adjectives, which name their members, not the party ("a Republican official"). */
const PARTY_ADJECTIVES = new Set(['Republican', 'Democratic', 'Democrat', 'Conservative', 'Liberal', 'Tory', 'Socialist', 'Communist', 'Green', 'Independent', 'Labor', 'Nationalist', 'Islamist', 'Catholic', 'Protestant', 'Christian', 'Muslim', 'Jewish']);
const LETTER = /[\p{L}\p{N}]/u;

/** Whether a one-word `name` is a word that is no body's name on its own. */
export function isGeneric(name: string): boolean {
  return STOP.has(name) || DEMONYMS.has(name) || PARTY_ADJECTIVES.has(name) || ORG_WORDS.test(name) || TITLES.test(name);
}

/** The names before a staff noun in `text`, as {@link NAME_BEFORE} reads them. */
const namesBeforeStaff = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const noun of STAFF_NOUNS) {
    for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
      const after = at + noun.length;
      // The noun as a whole word, not the start of a longer one ("officially").
      if (LETTER.test(text[after] ?? '')) continue;
      const c = text.charCodeAt(at - 1);
      if (!(c >= 65 && c <= 90) && !(c >= 97 && c <= 122) && c <= 127) continue;
      const m = NAME_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
      if (!m) continue;
      const name = m[1];
      if (!name.includes(' ') && isGeneric(name)) continue;
      if (name.split(/[ \t]+/u).every((w) => isGeneric(w))) continue;
      found.push({ type: 'organization', start: at - name.length, end: at });
    }
  }
  return found.sort((a, b) => a.start - b.start);
});

/**
 * Spans (sorted, apart) with the names a staff noun after them tells (see the file's comment) added as
 * organisations where the model found nothing, or typed so where it found an unlisted place;
 * `isListed` tells a name the lists hold as a place, a nationality or a person.
 */
export function withStaffCues(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  const found = namesBeforeStaff(text);
  if (!found.length) return spans as NamedSpan[];
  const out = [...spans];
  const added: NamedSpan[] = [];
  // A person the article names in full elsewhere ("Donald Trump" ... "a Trump spokesman") keeps the name.
  // Only a person's name (or its last word) as long as a name found can be one: the others are not read.
  const lengths = new Set<number>();
  for (const f of found) lengths.add(f.end - f.start);
  const people = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'person') continue;
    if (lengths.has(s.end - s.start)) people.add(text.slice(s.start, s.end));
    const space = text.lastIndexOf(' ', s.end - 1);
    const last = space >= s.start ? space + 1 : s.start;
    if (lengths.has(s.end - last)) people.add(text.slice(last, s.end));
  }
  for (const f of found) {
    const name = text.slice(f.start, f.end);
    if (isListed(name) || people.has(name)) continue;
    const at = out.findIndex((s) => s.start < f.end && f.start < s.end);
    if (at < 0) added.push(f);
    else if (out[at].start === f.start && out[at].end === f.end && out[at].type === 'place') out[at] = { ...out[at], type: 'organization' };
  }
  return added.length ? withAdded(out, added.filter((a) => !overlapsAny(out, a.start, a.end))) : out;
}
