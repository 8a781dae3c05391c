import type { NamedSpan } from './index';
import { wordLedMatches } from './word-led';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { DEMONYMS, ORG_WORDS, STOP } from './rule-tagger';
import { nameWordsStart, previousWord } from './word-before';
import { NAME_WORD } from './name-words';
import { lastTextMemo } from './last-text-memo';

/**
 * Seas, banks, headlands, valleys and other features of the land and the sea, named by a name and a
 * feature's word: "the Irish Sea", "the Rockall Trough", "Mace Head", "the Porcupine Bank", "the Demänovská Ice Cave", "the
 * Punatsang Chhu" (Dzongkha for a river). The model
 * misses them or reads an organisation in the last word ("Bank", "Head"); they are places. "Bank" and
 * "Channel" also end banks' and broadcasters' names ("World Bank", "Discovery Channel"), so they make
 * a place only with a cue: a word of position before ("on the Porcupine Bank", "off the ... Bank"), or,
 * for a channel, a nation's adjective or a place before ("English Channel", "Bristol Channel"). "Pass"
 * ends passes and tickets ("Khyber Pass", "Rail Pass"): a place with a word of position before ("near
 * the Khyber Pass"). A place the model found without its feature's word ("the Khyber" + " Pass") is
 * made whole, and so is a headland after a word of position without "the" ("off Diamond Head", "around
 * Koko Head"), also where the model read a person in its first words. A channel after a word of position
 * ("across the Kaiwi Channel"; not "on the") is a sea's.
 */

/** Feature words that make a place of the name they end whatever it is (but a person's). */
const FEATURES = new Set(['Sea', 'Ocean', 'Chhu', 'Trough', 'Trench', 'Basin', 'Ridge', 'Shelf', 'Seamount', 'Bay', 'Gulf', 'Strait', 'Straits', 'Sound', 'Firth', 'Estuary', 'Head', 'Peninsula', 'Valley', 'Mountains', 'Hills', 'Island', 'Islands', 'Isles', 'Archipelago', 'River', 'Lake', 'Loch', 'Lough', 'Glacier', 'Desert', 'Plateau', 'Canyon', 'Delta', 'Reef', 'Falls', 'Cave', 'Caves']);
/** Feature words that also end other names: a place only with a cue. */
const CUED_FEATURES = new Set(['Bank', 'Channel', 'Pass']);
/** Features a person's name never ends in ("Anthony Head", "Veronica Lake" do): a person's span ending in one is the place. */
const NEVER_PEOPLE = new Set(['Sea', 'Ocean', 'Trough', 'Trench', 'Basin', 'Gulf', 'Strait', 'Straits', 'Estuary', 'Peninsula', 'Mountains', 'Islands', 'Isles', 'Archipelago', 'Seamount']);
/** First words of banks' names, never of a bank in the sea. */
const FINANCIAL = new Set(['World', 'Central', 'Development', 'Investment', 'Reserve', 'National', 'Commercial', 'Savings', 'Merchant', 'Islamic', 'Export', 'Import', 'Postal', 'Cooperative', 'Co-operative', 'Federal', 'State', 'People’s', "People's", 'Industrial', 'Agricultural', 'Citizens', 'Trust']);
/** Words of position before a feature ("on the", "off the", "west of the"). */
const POSITION_BEFORE = /(?<![\p{L}])(?:on|off|over|across|along|near|beyond|around|onto|edge of|(?:north|south|east|west|northwest|north-west|southwest|south-west|northeast|north-east|southeast|south-east) of)[ \t]+the[ \t]+$/u;
/**
 * Words of position that lead to a feature's name without "the" ("off Diamond Head", "the swell came
 * around Koko Head", "rounding Mizen Head"): headlands and the like, never a person one is near.
 */
const BARE_POSITION_BEFORE = new Set(['off', 'around', 'rounding', 'past', 'beyond']);
/** "on the" before a channel: a broadcaster's ("aired on the Discovery Channel"), not a sea's. */
const ON_THE_BEFORE = /(?<![\p{L}])on[ \t]+the[ \t]+$/u;
/** A feature's word after a name, where the model found nothing: " Sea" of "the Irish Sea". */
const FEATURE_WORD = new RegExp(`[ \\t](?:${[...FEATURES, ...CUED_FEATURES].join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu');
/** A capitalised word of a feature's name, not a common word: "Irish", "Rockall". */
const isFeatureNameWord = (word: string): boolean => NAME_WORD.test(word) && !STOP.has(word);

/** The words of features in a text, tried only where its words start (see `word-led.ts`). */
const featureWordMatches = wordLedMatches(FEATURE_WORD);

/** Where the feature words stand in `text`: start and end. */
const featureWordsIn = lastTextMemo((text): Array<[number, number]> => mapSpans(featureWordMatches(text), (m) => [m.index + 1, m.index + m[0].length]));

/** The last word of a name and the words before it. */
function splitLast(name: string): [string, string] {
  const space = name.lastIndexOf(' ');
  return [name.slice(0, space), name.slice(space + 1)];
}

/** Whether a name ending in a cued feature word is a place, by its first words and the words before it at `start`. */
function cuedFeature(text: string, start: number, first: string, last: string, isPlace: (name: string) => boolean): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  // "across the Kaiwi Channel": a position word but "on" ("on the Discovery Channel") tells a sea's channel.
  if (last === 'Channel') return DEMONYMS.has(first) || isPlace(first) || /^(?:North|South|East|West)$/u.test(first) || (POSITION_BEFORE.test(before) && !ON_THE_BEFORE.test(before));
  if (FINANCIAL.has(first.split(' ')[0]) || isPlace(first) || DEMONYMS.has(first)) return false;
  return POSITION_BEFORE.test(before);
}

/**
 * Spans (sorted, apart) with the features of the land and the sea typed as places and those the model
 * missed after "the" added; see the file's comment. A name cued as a feature once is one in every
 * mention. `isPlace` tells a listed place ("Bristol").
 */
export function withGeoFeatures(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean): NamedSpan[] {
  const at = featureWordsIn(text);
  if (!at.length) return spans as NamedSpan[];
  const features = new Set<string>();
  // The input itself when no span is retyped: copied before a span is cut short below.
  let out = mapChangedSpans(spans, (s) => {
    if (s.type === 'place') return s;
    const name = text.slice(s.start, s.end);
    // The last word first: most names end in no feature's word, and need no more.
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (!FEATURES.has(last) && !CUED_FEATURES.has(last)) return s;
    const [first] = splitLast(name);
    if (!first || first.split(' ').some((w) => ORG_WORDS.test(w))) return s;
    if (s.type === 'person' && !NEVER_PEOPLE.has(last)) return s;
    if (CUED_FEATURES.has(last) && !cuedFeature(text, s.start, first, last, isPlace)) return s;
    // The short form of a company's name ("Merlion Ridge" of "Merlion Ridge Capital").
    if (s.type === 'organization' && spans.some((o) => o.type === 'organization' && o.end - o.start > name.length && text.startsWith(`${name} `, o.start))) return s;
    features.add(name);
    return { ...s, type: 'place' as const };
  });
  const added: NamedSpan[] = [];
  for (const [featureStart, end] of at) {
    if (overlapsAny(out, featureStart, end)) continue;
    // Back over up to three capitalised words one space apart, then "the" ("the Irish Sea", "of the
    // Rockall Trough") or a word of position ("off Diamond Head").
    const start = nameWordsStart(text, featureStart, 3, isFeatureNameWord);
    if (start < 0) continue;
    const lead = previousWord(text, start)?.word;
    const bare = lead !== 'the';
    if (bare && !(lead && BARE_POSITION_BEFORE.has(lead) && FEATURES.has(text.slice(featureStart, end)))) continue;
    // "the Kassam" + " Pass": a place span ending right before the feature's word is cut short, and
    // so is a person's after a word of position ("around Koko" + " Head").
    const short = overlapsAny(out, start, featureStart) ? out.findIndex((s) => s.start === start && s.end === featureStart - 1 && (s.type === 'place' || (bare && s.type === 'person'))) : -2;
    if (short === -1) continue;
    const name = text.slice(start, end);
    const [first, last] = splitLast(name);
    if (CUED_FEATURES.has(last) && !cuedFeature(text, start, first, last, isPlace)) continue;
    features.add(name);
    if (short >= 0) {
      if (out === spans) out = [...spans];
      out[short] = { type: 'place', start, end };
    }
    else added.push({ type: 'place', start, end });
  }
  if (!features.size) return out;
  // Another mention of a cued feature ("cruises to the Porcupine Bank") is the place too.
  const all = withAdded(out, added);
  return mapChangedSpans(all, (s) => (s.type !== 'place' && features.has(text.slice(s.start, s.end)) ? { ...s, type: 'place' } : s));
}
