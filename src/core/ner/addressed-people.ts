import type { NamedSpan } from './index';
import { ORG_WORDS, STOP, isTitleWord } from './rule-tagger';
import { PLAY_BY } from './sports-players';

/**
 * People the model took for a place or an organisation, told apart by the words around one mention:
 * - a lone word after a verb that reaches a person ("contact Vernon", "forward it to Brant", "thank
 *   Elmira"): a town cannot be contacted, so a word listed as a town (or not listed) is a person;
 * - two plain words ("Dries Mertens", "Thibaut Courtois") a player's action names: "Dries Mertens
 *   scored", "the shot was saved by Thibaut Courtois". A firm neither scores nor saves a shot; once
 *   one mention is cued, the article's other mentions of the same name typed as an organisation are
 *   the person too.
 * Names on the lists (`isListed`) and names with an organisation word keep their type.
 */

/** A verb that reaches a person right before a lone name: "contact Vernon", "email Tom", "forward to Brant". */
const REACH_BEFORE = /(?:^|[^\p{L}])(?:[Cc]ontact|[Ee]-?mail|[Tt]hank|[Cc]c|(?:[Ff]orward|[Ss]end|[Ss]ent|[Rr]eply|[Tt]alk|[Ss]peak|[Ss]poke)(?:[ \t]+(?:it|this|them|that))?[ \t]+to)[ \t]+$/u;
/** A passive "sent to" before a name: freight "being sent to Lochmaddy" goes to a place, not to a person. */
const SENT_PASSIVE = /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being|get|gets|got)[ \t]+sent[ \t]+to[ \t]+$/u;
/** The last letters of the cues in {@link REACH_BEFORE}: "contact", "email", "thank", "cc", "to". */
const CUE_LAST = new Set(['t', 'l', 'k', 'c', 'o']);
/** The first letters of the actions in {@link PLAYER_AFTER}. */
const PLAYER_FIRST = new Set(['s', 'n', 'h', 'e']);
/** A player's action right after a name: "scored", "netted", "headed". */
const PLAYER_AFTER = /^[ \t]+(?:scored|netted|headed|equalised|equalized)(?![\p{L}])/u;
/** A player's action and "by" right before a name: "saved by", "fouled by", "set up by" (the actions shared with `sports-players.ts`). */
const PLAYER_BEFORE = new RegExp(String.raw`(?:^|[ \t])(?:${PLAY_BY})[ \t]+by[ \t]+$`, 'u');
/** Two plain capitalised words: a given name and a surname. */
const TWO_NAME_WORDS = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)? \p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u;
/** One plain capitalised word. */
const ONE_NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]{2,}$/u;
/** A comma and a capitalised word right after: a town's state or country ("Vernon, Texas"). */
const AREA_AFTER = /^,[ \t]*\p{Lu}/u;

/** Whether the words of `name` may be a person's: no function word, title or organisation word. */
function personWords(name: string): boolean {
  return name.split(' ').every((w) => !STOP.has(w) && !isTitleWord(w) && !ORG_WORDS.test(w));
}

/** {@link addressed-people} over the spans; `spans` itself when nothing changes. */
export function withAddressedPeople(text: string, spans: NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  let cued: Set<string> | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type === 'person') continue;
    let person = false;
    // The cues are read first by a character or two around the span: most spans have none, and the
    // name need not be cut out of the text for them.
    if (s.type === 'place' && text.charCodeAt(s.start - 1) === 32 && CUE_LAST.has(text[s.start - 2])) {
      const name = text.slice(s.start, s.end);
      person = ONE_NAME_WORD.test(name) && REACH_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start)) && !SENT_PASSIVE.test(text.slice(Math.max(0, s.start - 24), s.start)) && !AREA_AFTER.test(text.slice(s.end, s.end + 3)) && !STOP.has(name) && !isListed(name);
    } else if (s.type === 'organization' && (text.startsWith('by ', s.start - 3) || (text.charCodeAt(s.end) === 32 && PLAYER_FIRST.has(text[s.end + 1])))) {
      const name = text.slice(s.start, s.end);
      person = TWO_NAME_WORDS.test(name) && (PLAYER_AFTER.test(text.slice(s.end, s.end + 14)) || PLAYER_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start))) && personWords(name) && !isListed(name);
      if (person) (cued ??= new Set()).add(name);
    }
    if (person) (out ??= [...spans])[i] = { ...s, type: 'person' };
  }
  if (cued) {
    for (let i = 0; i < out!.length; i++) {
      const s = out![i];
      if (s.type === 'organization' && cued.has(text.slice(s.start, s.end))) out![i] = { ...s, type: 'person' };
    }
  }
  return out ?? spans;
}
