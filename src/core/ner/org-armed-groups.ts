import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { PLACE_BEFORE } from './name-cues';
import { DEMONYMS, PLACES, STOP } from './rule-tagger';
import { previousWord } from './word-before';

/**
 * Armed groups and public agencies named by one coined word, which the model reads as a place or a
 * person: "Ruvan militias", "Ruvan fighters", "where Ruvan, a loose network of militias,", "the
 * militia Ruvan"; "Orvel agents", "the environmental agency Orvel". A name so cued once is the
 * group's or the agency's in each of its mentions, but one after a word of place ("in Ruvan", a town
 * of that name) and a people's name before its militias ("ethnic Ruvan militias"). A name the article
 * puts after a word of place anywhere is a place that has militias, and only its cued mentions are
 * left to other rules.
 */

/** A group's people or units right after its name: " militias", " fighters", " agents". */
const MEMBERS_AFTER = /^[ \t]+(?:militias?|militiamen|fighters|rebels|insurgents|guerrillas|gunmen|commanders|agents|inspectors)(?![\p{L}])/u;
/** The first letters of those words, looked at before the pattern is tried. */
const MEMBER_INITIALS = new Set(['m', 'f', 'r', 'i', 'g', 'c', 'a']);
/** An apposition that calls the name an armed group: ", a loose network of militias", ", an armed group". */
const GROUP_AFTER = /^,[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,5}?(?:militias?|armed[ \t]+groups?|rebel[ \t]+groups?|insurgent[ \t]+groups?|rebels|guerrillas|paramilitar(?:y|ies))(?![\p{L}])/u;
/** Words right before the name that call it a group or an agency: "the militia ", "the environmental agency ". */
const GROUP_WORDS = new Set(['militia', 'agency', 'regulator', 'watchdog']);
/** A word before the group's name that makes it a people's ("ethnic Ruvan militias"). */
const PEOPLE_BEFORE = /(?:^|[^\p{L}])(?:ethnic|tribal)[ \t]+$/u;

/** How strongly the words around the span at `s` call it an armed group or an agency: 2 by a description, 1 by its members after it, 0 not. */
function cue(text: string, s: NamedSpan): number {
  const next = text[s.end];
  if (next === ',' && GROUP_AFTER.test(text.slice(s.end, s.end + 80))) return 2;
  const before = previousWord(text, s.start);
  // "news agency Anadolu" is a news agency's name, which the press rules read.
  if (before && GROUP_WORDS.has(before.word) && previousWord(text, before.start)?.word !== 'news') return 2;
  const members = next === ' ' && MEMBER_INITIALS.has(text[s.end + 1]) && MEMBERS_AFTER.test(text.slice(s.end, s.end + 14));
  return members && !PEOPLE_BEFORE.test(text.slice(Math.max(0, s.start - 10), s.start)) ? 1 : 0;
}

/**
 * Whether `name`, cued with strength `strength`, can be a group's: not a country or a city of the
 * short list, a nationality or a function word; a place of the long lists ("Ruvan" is a town too)
 * only when a description or a word before it calls it a group.
 */
function mayBeGroup(name: string, strength: number, isPlace: (name: string) => boolean): boolean {
  return !PLACES.has(name) && !DEMONYMS.has(name) && !STOP.has(name) && (strength > 1 || !isPlace(name));
}

/**
 * Spans (sorted, apart) with the armed groups and agencies of the file's comment typed as
 * organisations; `isPlace` tells a place of the long lists, which only a strong cue makes a group.
 */
export function withArmedGroups(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const names = new Set<string>();
  for (const s of spans) {
    if (s.type === 'person' && !/^\p{Lu}[\p{L}-]*$/u.test(text.slice(s.start, s.end))) continue;
    const strength = cue(text, s);
    const name = strength ? text.slice(s.start, s.end) : '';
    if (strength && mayBeGroup(name, strength, isPlace)) names.add(name);
  }
  if (!names.size) return spans as NamedSpan[];
  const placed = (s: NamedSpan) => PLACE_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start));
  // A name after a word of place anywhere is a place's: its other mentions are left as they are.
  const places = new Set(spans.filter((s) => names.has(text.slice(s.start, s.end)) && placed(s)).map((s) => text.slice(s.start, s.end)));
  return mapChangedSpans(spans, (s) => {
    if (s.type === 'organization' || placed(s)) return s;
    const name = text.slice(s.start, s.end);
    if (!names.has(name) || (places.has(name) && !cue(text, s))) return s;
    return { ...s, type: 'organization' as const };
  });
}
