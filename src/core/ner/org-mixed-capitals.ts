import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * A word of three or more capitals going on in small letters names a company or a body blended from
 * initials and a word ("SCZone", "JPMorgan", "SABMiller"): no person, place or common noun is written
 * so, while plurals and past tenses of initials ("ATMs", "NGOs", "OKed") take fewer small letters. The
 * model often finds nothing there; such a word is an organisation wherever the article writes it.
 * So is a word of two capitalised parts of three or more letters each ("CalMac", "HungaroMet",
 * "SoftBank"): a blend of two words, which names companies and services, while the surnames written
 * so begin with "Mac", "Fitz" or "Van" ("MacNeil") and the South African places with "Kwa". Products,
 * pets and nicknames are written so too: such a word counts once one mention of it reads as a body's.
 */

/** Three or more capitals and then three or more small letters, the whole word; in ASCII, which a search of the whole text reads many times faster than any letter. */
const BLEND = /[A-Z]{3,}[a-z]{3,}/g;
/** Two capitalised parts of three or more letters each, the whole word; in ASCII for the same reason. */
const CAMEL = /[A-Z][a-z]{2,}[A-Z][a-z]{2,}/g;
/** First parts of surnames and places written with a capital inside: "MacNeil", "FitzGerald", "VanHorn", "KwaMashu". */
const NAME_PREFIXES: ReadonlySet<string> = new Set(['Mac', 'Fitz', 'Van', 'Von', 'Kwa', 'Den', 'Del', 'Della', 'Des', 'Dos', 'Das', 'San', 'Saint']);
/**
 * After one mention of a two-part word, what shows it is a body's name: a possessive, a body's verb, a
 * body's noun or title ("HungaroMet said", "the TorFerry weather service", "TorFerry managing
 * director"); without one, such words in mail and forum posts are products, pets or nicknames.
 */
const BODY_AFTER = /^(?:['’]s(?![\p{L}])|[ \t]+(?:said|says|runs|ran|moves|moved|announced|announces|expects|expected|confirmed|confirms|operates|operated|warned|warns|told|tells|has|had|is|was|will|would)(?![\p{L}])|[ \t]+(?:[a-z]+[ \t]+)?(?:service|agency|company|firm|group|operator|airline|spokesman|spokeswoman|spokesperson|director|chief|executive|board)(?![\p{L}]))/u;
/** The first part of a camel-case word: the capital and the small letters before the next capital. */
const FIRST_PART = /^[A-Z][a-z]+/;

/** A letter or a digit, which may not stand right before or after the word. */
const JOINED = /[\p{L}\p{N}]/u;

/** The blended names of `text` as organisations; searched once for the article's two readings. */
const blendsIn = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  BLEND.lastIndex = 0;
  for (let m = BLEND.exec(text); m; m = BLEND.exec(text)) {
    const end = m.index + m[0].length;
    if ((m.index > 0 && JOINED.test(text[m.index - 1])) || (end < text.length && JOINED.test(text[end]))) continue;
    found.push({ type: 'organization', start: m.index, end });
  }
  CAMEL.lastIndex = 0;
  const cued = new Set<string>();
  const camels: NamedSpan[] = [];
  for (let m = CAMEL.exec(text); m; m = CAMEL.exec(text)) {
    const end = m.index + m[0].length;
    if ((m.index > 0 && JOINED.test(text[m.index - 1])) || (end < text.length && JOINED.test(text[end]))) continue;
    // "YouTuber", "TikTokers": a person who works on a platform, not the platform.
    if (NAME_PREFIXES.has(FIRST_PART.exec(m[0])![0]) || /ers?$/.test(m[0])) continue;
    camels.push({ type: 'organization', start: m.index, end });
    if (BODY_AFTER.test(text.slice(end, end + 40))) cued.add(m[0]);
  }
  for (const c of camels) if (cued.has(text.slice(c.start, c.end))) found.push(c);
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  return found;
});

/** Spans (sorted, apart) with the blended names of the file's comment typed or added as organisations. */
export function withMixedCapitals(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const blends = blendsIn(text);
  if (!blends.length) return spans as NamedSpan[];
  const typed = mapChangedSpans(spans, (s) => (s.type !== 'organization' && blends.some((b) => b.start === s.start && b.end === s.end) ? { ...s, type: 'organization' as const } : s));
  return withAdded(typed, blends.filter((b) => !overlapsAny(typed, b.start, b.end)));
}
