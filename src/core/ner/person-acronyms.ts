import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * A word of two to five capitals the model read as a person ("EDL says", "that EDL loses"), which
 * the article shows to be a body's initials: it defines them in brackets after a name ("Électricité
 * du Liban (EDL)"), or the model typed one of its mentions as an organisation. A person's initials
 * ("JFK") are seldom defined so, and never both. Every mention becomes the organisation; a word that
 * a longer person's name holds is left alone.
 */

/** Whether `name` is two to five capitals, read by character codes (ASCII only: "EDL", "SOMO"). */
function isInitials(name: string): boolean {
  if (name.length < 2 || name.length > 5) return false;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Spans (sorted, apart) with such "people" made organisations; see the file's comment. */
export function withoutAcronymPeople(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let bodies: Set<string> | null = null;
  let organisations: Set<string> | null = null;
  const seen = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'person' || !isInitials(text.slice(s.start, s.end))) continue;
    const name = text.slice(s.start, s.end);
    if (seen.has(name)) continue;
    seen.add(name);
    // Defined in brackets after a capitalised word, or typed an organisation somewhere.
    const bracket = text.indexOf(`(${name})`);
    const defined = bracket > 1 && text[bracket - 1] === ' ' && /\p{L}/u.test(text[bracket - 2]);
    organisations ??= new Set(spans.filter((o) => o.type === 'organization' && o.end - o.start <= 5).map((o) => text.slice(o.start, o.end)));
    if (defined || organisations.has(name)) (bodies ??= new Set()).add(name);
  }
  if (!bodies) return spans as NamedSpan[];
  // A longer person's name holding the word ("Samir EDL") keeps it a person's.
  for (const s of spans) {
    if (s.type !== 'person' || s.end - s.start <= 5 || text.indexOf(' ', s.start) >= s.end) continue;
    for (const word of text.slice(s.start, s.end).split(' ')) bodies.delete(word);
  }
  if (!bodies.size) return spans as NamedSpan[];
  return mapChangedSpans(spans, (s) => (s.type === 'person' && bodies!.has(text.slice(s.start, s.end)) ? { ...s, type: 'organization' } : s));
}
