import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { otherMentions, overlapsAny, withAdded } from './added-spans';
import { readAsPlace } from './name-cues';
import { DEMONYMS, PLACES, STOP } from './rule-tagger';

/**
 * A person's party or employer written as initials right next to their name: "Gary Chan of DAB",
 * "Ann Lee of the FTU", "DAB's Starry Lee". Initials there name an organisation, in every mention.
 * So does a name in words the model found nothing in (or read as a person), when no mention of it
 * reads as a place: "Nathan Law of Demosisto", "Civic Passion's Wong Yeung-tat".
 */

/** Initials after a person's name and "of": " of DAB", " of the FTU". */
const OF_INITIALS = /^[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}{2,6})(?![\p{L}\p{N}.&'’-])/u;
/** Initials and a possessive before a person's name: "DAB's ". */
const INITIALS_OWNING = /(?<![\p{L}\p{N}.&-])(\p{Lu}{2,6})['’]s[ \t]+$/u;
/** One to three capitalised words after a person's name and "of", then no more of a name: " of Civic Passion,". */
const OF_WORDS = /^[ \t]+of[ \t]+(\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}-]*(?:[ \t]\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}-]*){0,2})(?=[,.;:)!?"”]|[ \t]+(?!(?:of|for|and|de|del|du|la|le|von|van|at|in)[ \t])\p{Ll}|$)/u;
/** One to three capitalised words and a possessive right before a person's name: "Civic Passion's ". */
const WORDS_OWNING = /(?:^|[^\p{L}\p{M}\p{N}.&'’-])(\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}-]*(?:[ \t]\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}-]*){0,2})['’]s[ \t]+$/u;

/** The words of `name` after any leading function words ("In Civic Passion" -> "Civic Passion"); '' when nothing is left. */
function withoutLeadingStops(name: string): string {
  let rest = name;
  for (let space = rest.indexOf(' '); space > 0 && STOP.has(rest.slice(0, space)); space = rest.indexOf(' ')) rest = rest.slice(space + 1);
  return STOP.has(rest) ? '' : rest;
}

/** Whether `name` (words) may be a person's party or employer: no word of it a function word, a nation's adjective or a place. */
function mayBeAffiliation(text: string, name: string, isPlace: (name: string) => boolean): boolean {
  if (!name || PLACES.has(name) || isPlace(name) || readAsPlace(text, name)) return false;
  return !name.split(/[ \t]/u).some((w) => STOP.has(w) || DEMONYMS.has(w) || PLACES.has(w));
}

/** The span of `spans` that starts at `start`, if any. */
function spanFrom(spans: readonly NamedSpan[], start: number, from: number): NamedSpan | undefined {
  for (let i = from; i < spans.length && spans[i].start <= start; i++) if (spans[i].start === start) return spans[i];
  return undefined;
}

/**
 * Spans (sorted, apart) with the initials next to people's names typed as organisations, and their
 * other mentions the model missed added. `isPlace` tells initials that name a place ("of NY").
 */
export function withAffiliations(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const names = new Set<string>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type !== 'person') continue;
    const after = OF_INITIALS.exec(text.slice(s.end, s.end + 16))?.[1];
    const before = INITIALS_OWNING.exec(text.slice(Math.max(0, s.start - 10), s.start))?.[1];
    for (const name of [after, before]) if (name && !PLACES.has(name) && !STOP.has(name) && !DEMONYMS.has(name) && !isPlace(name)) names.add(name);
    // Words: only where the model found nothing, or a person ("Nick Rhodes of Duran Duran"); a full name owned.
    const next = text.charCodeAt(s.end) === 32 && text.startsWith('of ', s.end + 1) ? OF_WORDS.exec(text.slice(s.end, s.end + 60)) : null;
    if (next && !after) {
      const start = s.end + next[0].length - next[1].length;
      const there = spanFrom(spans, start, i + 1);
      const free = there ? there.type === 'person' && there.end === start + next[1].length : !overlapsAny(spans, start, start + next[1].length);
      if (free && mayBeAffiliation(text, next[1], isPlace)) names.add(next[1]);
    }
    const owner = !before && s.start > 3 && text.indexOf(' ', s.start) < s.end && /['’]s[ \t]$/u.test(text.slice(s.start - 3, s.start)) ? WORDS_OWNING.exec(text.slice(Math.max(0, s.start - 50), s.start)) : null;
    if (owner) {
      const name = withoutLeadingStops(owner[1]);
      const start = s.start - owner[0].length + owner[0].indexOf(owner[1]) + (owner[1].length - name.length);
      if (name && !overlapsAny(spans, start, start + name.length) && mayBeAffiliation(text, name, isPlace)) names.add(name);
    }
  }
  // Initials the model read as a place somewhere ("of the UK") stay what they are.
  for (const s of spans) if (s.type === 'place') names.delete(text.slice(s.start, s.end));
  if (!names.size) return spans as NamedSpan[];
  const out = mapChangedSpans(spans, (s) => (names.has(text.slice(s.start, s.end)) ? { ...s, type: 'organization' as const } : s));
  return withAdded(out, otherMentions(text, names, out, () => 'organization'));
}
