import type { NamedSpan } from './index';
import { withAdded } from './added-spans';
import { previousWord } from './word-before';
import { LETTER } from './whole-words';

/**
 * "The Channel" alone is the English Channel in British and French news ("migrants crossing the
 * Channel", "Channel patrols"); it is also a word of broadcasters' names ("Discovery Channel",
 * "Channel 4"). The word alone is a place only with a cue: a crossing before it ("across the
 * Channel", "crossed the Channel") or a word of the sea's traffic after it ("Channel crossings",
 * "Channel patrols", "Channel ports"). A name before it makes another name ("the Bristol Channel",
 * see `geo-features`), a name or a number after it another still ("Channel Islands", "Channel 4").
 */

/** Words before "the Channel" that cross it or move on it. */
const CROSSING = new Set(['across', 'cross', 'crossed', 'crosses', 'crossing', 'under', 'over', 'into', 'through', 'along', 'swam', 'swim', 'swimming', 'sailed']);
/** Words after "Channel" for the traffic on it: "Channel crossings", "Channel patrols". */
const TRAFFIC_AFTER = /^[ \t](?:crossings?|crossers|patrols?|migrants|ports?|ferry|ferries|coast|coastline|tunnel|swim|small[ \t]+boats?)(?![\p{L}])/u;

/** Whether "Channel" at `at` stands alone: no name before it, no name or number after it. */
function alone(text: string, at: number): boolean {
  const end = at + 7;
  if ((at > 0 && LETTER.test(text[at - 1])) || LETTER.test(text[end] ?? '') || /^[ \t][\p{Lu}\d]/u.test(text.slice(end, end + 2))) return false;
  const before = previousWord(text, at);
  return !before || !/^\p{Lu}/u.test(before.word) || before.word === 'The';
}

/** Whether the words around "Channel" at `at` tell the sea (see the file's comment). */
function cued(text: string, at: number): boolean {
  if (TRAFFIC_AFTER.test(text.slice(at + 7, at + 24))) return true;
  const the = previousWord(text, at);
  return the?.word === 'the' && CROSSING.has(previousWord(text, the.start)?.word ?? '');
}

/** Spans (sorted, apart) with the English Channel, named "the Channel", as a place; see the file's comment. */
export function withTheChannel(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes('Channel')) return spans as NamedSpan[];
  const out = [...spans];
  const added: NamedSpan[] = [];
  for (let at = text.indexOf('Channel'); at >= 0; at = text.indexOf('Channel', at + 7)) {
    if (!alone(text, at) || !cued(text, at)) continue;
    const end = at + 7;
    const over = out.findIndex((s) => s.start < end && at < s.end);
    if (over < 0) added.push({ type: 'place', start: at, end });
    else if (out[over].start === at && out[over].end === end) out[over] = { ...out[over], type: 'place' };
  }
  return withAdded(out, added);
}
