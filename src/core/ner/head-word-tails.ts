import type { NamedSpan } from './index';
import { STOP } from './rule-tagger';

/**
 * "the Adler Planetarium", "the Lagos Sports Complex", "Tehran's Palestine Contemporary Art Museum":
 * a venue or an institution named after a place or a person. The model knows the place or the person
 * and stops there, leaving the words up to the head word out. Capitalised words right after a name
 * that end in such a head word are part of it, and the head word gives the type. A district, a zone
 * or an area "Improvement" goes before is the body that runs it ("the Osborne Village Business
 * Improvement Zone", "Downtown Albany" + "Business Improvement District").
 */

/** Head words of buildings and grounds, which are places: one visits a museum, a gallery, a library, an estate of works. */
const VENUES = new Set(['Estate', 'Museum', 'Gallery', 'Library', 'Stadium', 'Arena', 'Complex', 'Hall', 'Theatre', 'Theater', 'Planetarium', 'Aquarium', 'Zoo', 'Cathedral', 'Mosque', 'Temple', 'Airport']);
/** Head words of institutions, which are organisations; an opera or a ballet is the company that stages the works ("Cape Town Opera"), its house a venue. */
const INSTITUTIONS = new Set(['Hospital', 'College', 'Institute', 'Academy', 'University', 'Observatory', 'Foundation', 'Society', 'Opera', 'Ballet', 'Orchestra', 'Philharmonic', 'Choir']);
/** Head words of the areas a business association improves, which name the association after "Improvement". */
const IMPROVED_AREAS = new Set(['District', 'Zone', 'Area']);
/** Head words that are also surnames ("Jerry Hall") or name what a person leaves ("the Tolkien Estate"), not read after a person's name. */
const SURNAMES = new Set(['Hall', 'Temple', 'Estate']);

/** Up to three capitalised words then a capitalised last word, right after a name and one space or tab. */
const TAIL = /^[ \t](?:\p{Lu}[\p{Ll}\p{M}]+[ \t]){0,3}(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\p{N}'’&-]|[ \t]+(?:of|for|and|&)[ \t]|[ \t]+\p{Lu})/u;

/** The end of the head word that closes span `s`'s name, or -1 when none follows it. */
function tailEnd(text: string, s: NamedSpan): number {
  const next = text.charCodeAt(s.end + 1);
  if (next < 65 || next > 90) return -1;
  const m = TAIL.exec(text.slice(s.end, s.end + 70));
  if (!m) return -1;
  const head = m[1];
  if (!VENUES.has(head) && !INSTITUTIONS.has(head) && !(IMPROVED_AREAS.has(head) && m[0].endsWith(`Improvement ${head}`))) return -1;
  if (s.type === 'person' && SURNAMES.has(head)) return -1;
  // Function words ("The", "In") start a new phrase, not a name's middle.
  const words = m[0].trim().split(/[ \t]/u);
  if (words.some((w) => STOP.has(w))) return -1;
  return s.end + m[0].length;
}

/**
 * Spans (sorted, apart) with the capitalised words up to a venue's or an institution's head word
 * after them taken in; spans inside those words are dropped.
 */
export function withHeadWordTails(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // Cheap gate: a space or tab, then a capital letter, right after the span.
    const gap = text.charCodeAt(s.end);
    const end = gap === 32 || gap === 9 ? tailEnd(text, s) : -1;
    // Names the model found among the words must lie inside them.
    let j = i + 1;
    while (end >= 0 && j < spans.length && spans[j].start < end) j++;
    if (end < 0 || (j > i + 1 && spans[j - 1].end > end)) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    const head = text.slice(text.lastIndexOf(' ', end - 1) + 1, end);
    out.push({ ...s, type: VENUES.has(head) ? 'place' : 'organization', end });
    i = j - 1;
  }
  return out ?? [...spans];
}
