import type { NamedSpan } from './index';

/**
 * Competitions named "Super" and a sport are events, neither organisations nor places: "Super Rugby
 * Pacific", "Super Rugby Aotearoa", "Super League", "Super Netball". The model reads the words after
 * "Super" as a place or a body ("Rugby Pacific"), and the span is dropped.
 */

/** The sports' words after "Super" in a competition's name. */
const SPORTS = new Set(['Rugby', 'League', 'Netball', 'Smash', 'Bowl', 'Lig', 'Liga', 'Hockey', 'Cricket', 'Kabaddi']);
/** "Super" and one space before a span, read back from its start. */
const SUPER = 'Super ';
const LETTER = /\p{L}/u;

/** The first word of `text` from `from` up to `end`. */
function firstWord(text: string, from: number, end: number): string {
  let at = from;
  while (at < end && text.charCodeAt(at) !== 32) at++;
  return text.slice(from, at);
}

/** Whether the span is a "Super" competition's name ("Super Rugby Pacific") or starts with its sport's word right after "Super " ("Super |Rugby Pacific"). */
function inCompetition(text: string, s: NamedSpan): boolean {
  if (text.startsWith(SUPER, s.start)) return SPORTS.has(firstWord(text, s.start + SUPER.length, s.end));
  if (text.charCodeAt(s.start - 1) !== 32 || !text.startsWith(SUPER, s.start - SUPER.length)) return false;
  // "Super" must begin a word: "the Super League".
  return !LETTER.test(text[s.start - SUPER.length - 1] ?? '') && SPORTS.has(firstWord(text, s.start, s.end));
}

/** Spans (sorted, apart) without those inside a "Super" competition's name; see the file's comment. */
export function withoutSuperCompetitions(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  // Most articles name no such competition: one search rules them out.
  if (!text.includes(SUPER)) return spans as NamedSpan[];
  return spans.filter((s) => !inCompetition(text, s));
}
