import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { isSportsReport } from './sports-clubs';

/**
 * Players named by the play of a sports report: "a corner from Pirulo", "a cross from Duarte",
 * "after Ledesma had fouled Pirulo", "saved by Courtois", "set up by Kiko". A name there is a player,
 * though "from" reads as a word of place and a single name may be a town's too; its other mentions
 * are the player as well, but for a listed place's mentions after a word of place ("in Pirulo").
 */

/**
 * A player's actions written before "by" and the player who did them ("saved by", "set up by",
 * "replaced by"): the one list read by every rule that finds a player after "by".
 */
export const PLAY_BY_ACTIONS: readonly string[] = ['saved', 'fouled', 'tackled', 'assisted', 'set up', 'blocked', 'parried', 'booked', 'replaced', 'substituted'];
/** Source of {@link PLAY_BY_ACTIONS} as alternatives (spaces or tabs between words), "by" not included. */
export const PLAY_BY = PLAY_BY_ACTIONS.map((a) => a.replace(' ', String.raw`[ \t]+`)).join('|');

/** The play right before a player's name: a ball's kind and "from", a foul, a save, an assist. */
const PLAY_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}-])(?:(?:corner|cross|pass|free-kick|free kick|through[- ]ball|header|lay-off|cut-back|cutback|flick|assist)[ \t]+from|(?:had[ \t]+)?(?:fouled|tackled|brought[ \t]+down|(?:${PLAY_BY})[ \t]+by|substituted[ \t]+for))[ \t]+$`,
  'u',
);
/** The words that end {@link PLAY_BEFORE}: a look for one of them before a span rules out most spans. */
const PLAY_LAST_WORDS = ['from', 'fouled', 'tackled', 'down', 'by', 'for'];
/** Words of place before a name: "in", "at", "to", "near". */
const AT_PLACE = /(?:^|[^\p{L}])(?:in|at|to|near|into|outside|around|towards?)[ \t]+$/u;

/**
 * Spans (sorted, apart) with the places and organisations the play names made players in every
 * mention; see the file's comment. `isListedPlace` tells a name the lists give a place.
 */
export function withPlayersInPlay(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  let players: Set<string> | undefined;
  for (const s of spans) {
    if (s.type === 'person' || text[s.start - 1] !== ' ' || !PLAY_LAST_WORDS.some((w) => text.startsWith(w, s.start - 1 - w.length))) continue;
    if (!PLAY_BEFORE.test(text.slice(Math.max(0, s.start - 30), s.start)) || !isSportsReport(text)) continue;
    const name = text.slice(s.start, s.end);
    // A player is named in one to three words: a longer name is a club's or a ground's.
    if (name.split(' ').length <= 3) (players ??= new Set()).add(name);
  }
  if (!players) return spans as NamedSpan[];
  const names = players;
  return mapChangedSpans(spans, (s) => {
    if (s.type === 'person') return s;
    const name = text.slice(s.start, s.end);
    if (!names.has(name)) return s;
    if (isListedPlace(name) && AT_PLACE.test(text.slice(Math.max(0, s.start - 10), s.start))) return s;
    return { ...s, type: 'person' };
  });
}
