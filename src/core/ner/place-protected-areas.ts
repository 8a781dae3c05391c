import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Protected land, the grounds of sport and bridges are places: "the Kayapo Indigenous Territory",
 * "Kruger National Park", "the Maasai Mara National Reserve", "Pine Ridge Indian Reservation", "the
 * Arctic National Wildlife Refuge", "Eden Park Stadium", "the Second Severn Crossing Bridge". The
 * model reads an organisation in "Territory", "Reserve" and "Park" (a company, a central bank) or
 * misses the name. A name of capitalised words ending in two words of protected land, in "Stadium",
 * or in "Bridge" after two words or more ("Wayne Bridge" is a person), is a place, found here where
 * the model missed it too. "Federal Reserve" and the like end in one word of them alone and keep
 * their type. Bridges are named after an ideal alone ("the Friendship Bridge");
 * a pair of ideals before a head word ("the Peace and Friendship Stadium") is read by and-joined-names.ts.
 */

/** The last two words of the name of protected land. */
const TAILS = new Set([
  'Indigenous Territory', 'Indigenous Land', 'Indigenous Reserve', 'Indigenous Park', 'Indian Reservation', 'Indian Reserve',
  'National Park', 'State Park', 'Provincial Park', 'Marine Park', 'Forest Park', 'Tribal Park',
  'Nature Reserve', 'Game Reserve', 'National Reserve', 'Forest Reserve', 'Biosphere Reserve', 'Marine Reserve', 'Wildlife Reserve', 'Extractive Reserve',
  'Wildlife Refuge', 'Wildlife Sanctuary', 'Bird Sanctuary', 'Conservation Area', 'Protected Area', 'National Forest', 'National Monument',
]);
/** The closing words of the names, each sought with `indexOf`: no pattern runs over the whole text. */
const CLOSERS = ['Territory', 'Land', 'Reserve', 'Reservation', 'Park', 'Refuge', 'Sanctuary', 'Area', 'Forest', 'Monument', 'Stadium', 'Bridge'];
/** Ideals that name stadiums and bridges, alone or two joined by "and". */
const IDEALS = new Set(['Peace', 'Friendship', 'Unity', 'Independence', 'Liberty', 'Freedom', 'Solidarity', 'Reconciliation', 'Victory', 'Harmony', 'Concord', 'Progress', 'Hope', 'Brotherhood']);
/** One to three capitalised words ending the piece of text before a closing word (and the word itself). */
const NAME_END = /(?<![\p{L}\p{M}\p{N}'’.-])(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){1,3}\p{Lu}\p{Ll}+$/u;
/** What may not follow the closing word: more of a word, or another capitalised word ("Park Avenue"). */
const MORE_AFTER = /^(?:[\p{L}\p{M}\p{N}]|[ \t]+\p{Lu})/u;
/** How far back before a closing word the name is read. */
const LOOK_BACK = 100;
/** The first word of a name and the space after it. */
const FIRST_WORD = /^\S+[ \t]+/u;
/** A capitalised word right before a match. */
const CAPITAL_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$/u;

/** A name found, and whether capitalised words stand before it. */
type Found = NamedSpan & { headed: boolean };

/** Words that may lead a sentence or a heading without being part of the name. */
const LEADS = new Set(['The', 'A', 'An', 'In', 'At', 'On', 'To', 'From', 'Inside', 'Near', 'And', 'Of', 'For', 'By', 'With']);

/** Whether a name of several words is protected land's or a stadium's. */
export function isProtectedAreaName(name: string): boolean {
  const words = name.split(/[ \t]+/u);
  if (words.length < 2) return false;
  const last = words[words.length - 1];
  if (last === 'Stadium') return true;
  if (last === 'Bridge') return words.length > 2 || IDEALS.has(words[0]);
  return words.length > 2 && TAILS.has(`${words[words.length - 2]} ${words[words.length - 1]}`);
}

/** The names of protected land and stadiums in a text, read back from each closing word. */
const namesIn = lastTextMemo((text): Found[] => {
  const found: Found[] = [];
  for (const closer of CLOSERS) {
    for (let at = text.indexOf(closer); at >= 0; at = text.indexOf(closer, at + closer.length)) {
      const end = at + closer.length;
      if ((text[at - 1] !== ' ' && text[at - 1] !== '\t') || MORE_AFTER.test(text.slice(end, end + 3))) continue;
      const from = Math.max(0, at - LOOK_BACK);
      const m = NAME_END.exec(text.slice(from, end));
      if (m) found.push(...nameAt(text, from + m.index, m[0]));
    }
  }
  return found.sort((a, b) => a.start - b.start);
});

/** The name read at `index` (`match` as found), without a leading function word; none when it is no such name. */
function nameAt(text: string, index: number, match: string): Found[] {
  let start = index;
  let name = match;
  // "The Kruger National Park": a leading function word is not part of the name.
  const first = FIRST_WORD.exec(name)![0];
  if (LEADS.has(first.trim())) {
    start += first.length;
    name = name.slice(first.length);
  }
  // More capitalised words before it (a Title Case heading): where the name starts is unknown.
  const headed = CAPITAL_BEFORE.test(text.slice(Math.max(0, index - 30), index));
  return isProtectedAreaName(name) ? [{ type: 'place', start, end: start + name.length, headed }] : [];
}

/** A lower-case word before a span: where a name starts is plain ("enter the Yukon Delta ..."). */
const LOWER_WORD_BEFORE = /\p{Ll}[ \t]+$/u;

/**
 * Whether the model's span `s` starts before the name read back from its closing word (which takes
 * three capitalised words at most before it: "Yukon Delta National Wildlife Refuge") and after a
 * lower-case word, so that its start is no guess.
 */
function longerAfterLowerWord(text: string, s: NamedSpan, n: NamedSpan): boolean {
  return s.start < n.start && n.start - s.start <= 40 && LOWER_WORD_BEFORE.test(text.slice(Math.max(0, s.start - 3), s.start));
}

/** Spans (sorted, apart) with protected land and stadiums typed as places and put in whole; see the file's comment. */
export function withProtectedAreas(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  if (!names.length) return spans as NamedSpan[];
  // A span of the model's ending with the name and starting inside it marks where the name starts
  // ("Rangers Patrol Kruger National Park" in a Title Case headline).
  const whole: NamedSpan[] = [];
  for (const n of names) {
    const inner = spans.find((s) => s.end === n.end && (s.start >= n.start || longerAfterLowerWord(text, s, n)));
    if (inner && isProtectedAreaName(text.slice(inner.start, inner.end))) whole.push({ type: 'place', start: inner.start, end: n.end });
    else if (!n.headed) whole.push({ type: 'place', start: n.start, end: n.end });
  }
  return withWholeNames(spans, whole);
}
