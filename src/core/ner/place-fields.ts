import { namesOfType } from './names-of-type';
import type { NamedSpan } from './index';
import { lastTextMemo } from './last-text-memo';
import { mapChangedSpans } from './span-arrays';
import { spaceLedPositions } from './word-start-positions';
import { withAdded } from './added-spans';
import { nameWordsStart } from './word-before';
import { DEMONYMS, ORG_WORDS, STOP } from './rule-tagger';

/**
 * Oil and gas fields and their platforms are places, though many are named after people ("Johan
 * Sverdrup", "Edvard Grieg") or figures of myth ("Gudrun", "Heidrun"), and the model reads a person
 * in them. Two cues mark them in an article about oil or gas: the field's word after the names
 * ("the Johan Sverdrup field", "its Grane and Edvard Grieg platforms") and production at them
 * ("production at Heidrun, Norne and Åsgard was halted", "the older fields around Liza and Payara"), a list of names joined by commas and "and"
 * after it. Mines are read alike in an article about mining: "the Jwaneng mine", "produced 38,900
 * tonnes at Cuajone and Toquepala", and a name the model missed before "mine" ("operates Karowe
 * mine") is added. A name so cued is a place in every mention; listed organisations ("the Equinor
 * platforms") and names ending in an organisation's word keep their type.
 */

/** The field's words after a name or a list of names. */
const FIELD_WORDS = new Set(['field', 'fields', 'oilfield', 'oilfields', 'gasfield', 'gasfields', 'platform', 'platforms', 'mine', 'mines']);
/** Words right before a list of fields or mines: "production at", "output from", "tonnes at", "the older fields around". */
const PRODUCTION_BEFORE = /(?:(?:production|output|drilling|operations|tonnes|ounces|carats)[ \t]+(?:at|from|on)|(?:fields|platforms|mines)[ \t]+around)[ \t]+$/u;
/** What parts the names of a list: ", ", " and ", ", and ", " or ". */
const LIST_GAP = /^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+(?:and|or)[ \t]+)$/u;
/** The word after a position, letters only, after the commodities a mine or a smelter is named by ("zinc and silver mine"). */
const NEXT_WORD = /^[ \t]+(?:(?:zinc|silver|gold|copper|nickel|iron|ore|coal|diamond|lithium|uranium|platinum|tin|lead|cobalt|bauxite|potash|open-pit|underground|and)[ \t]+){0,4}(\p{Ll}+)/u;
/**
 * Works' words that a company's name leads too ("the Boliden smelter", "the Volvo plant"): a name
 * the model or the rules typed as an organisation at any mention keeps its type.
 */
const OWNED_WORKS = new Set(['plant', 'plants', 'smelter', 'smelters', 'refinery', 'refineries']);

/** Whether the text speaks of oil, gas or mining, which the cues above need; the words after a space are read from the index of word starts. */
function aboutOilGasOrMining(text: string): boolean {
  return spaceLedPositions(text, ' oil').length > 0 || spaceLedPositions(text, ' gas').length > 0 || text.includes('Oil') || text.includes('Gas') || spaceLedPositions(text, ' mine').length > 0 || spaceLedPositions(text, ' mining').length > 0 || text.includes('Mining');
}

/**
 * Whether the text may name a field: a field's or a platform's word, or "production at", and oil or
 * gas. Most texts do not, which ends the rule for them; read once for both readings of the text.
 */
const mayNameFields = lastTextMemo(
  (text) => aboutOilGasOrMining(text) && (spaceLedPositions(text, ' field').length > 0 || spaceLedPositions(text, ' platform').length > 0 || spaceLedPositions(text, ' mine').length > 0 || spaceLedPositions(text, ' plant').length > 0 || spaceLedPositions(text, ' smelter').length > 0 || spaceLedPositions(text, ' refiner').length > 0 || text.includes('production at') || text.includes('tonnes at')),
);

/** Whether "at ", "from ", "on " or "around " stands right before `start`, as {@link PRODUCTION_BEFORE} needs: read before the pattern is tried. */
function productionWordBefore(text: string, start: number): boolean {
  return text.startsWith('at ', start - 3) || text.startsWith('from ', start - 5) || text.startsWith('on ', start - 3) || text.startsWith('around ', start - 7);
}

/** Whether spans `k` and `k + 1` are neighbours in a list. */
function listed(text: string, spans: readonly NamedSpan[], k: number): boolean {
  const a = spans[k];
  const b = spans[k + 1];
  return !!b && b.start - a.end <= 7 && LIST_GAP.test(text.slice(a.end, b.start));
}

/** Whether a word may be part of a mine's name the model missed: capitalised, no function word, nationality or organisation's word. */
function isMineNameWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return ((c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0].toLowerCase())) && !word.endsWith('.') && !STOP.has(word) && !DEMONYMS.has(word) && !ORG_WORDS.test(word);
}

/** Whether the word at `at` opens a sentence, where a common word is capitalised too ("Copper mines ..."). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || '.!?:\n\r"“'.includes(text[i]);
}

/** Names the model missed right before " mine" ("operates Karowe mine"), as places, but a listed organisation's. */
function minesMissed(text: string, spans: readonly NamedSpan[], isListedOrganisation: (name: string) => boolean): NamedSpan[] {
  const added: NamedSpan[] = [];
  for (const at of spaceLedPositions(text, ' mine')) {
    const next = text.charCodeAt(at + 5);
    if ((next >= 97 && next <= 122) && !(next === 115 && !/\p{L}/u.test(text[at + 6] ?? ''))) continue;
    const start = nameWordsStart(text, at + 1, 3, isMineNameWord);
    if (start < 0 || opensSentence(text, start) || spans.some((s) => s.start < at && start < s.end)) continue;
    if (!isListedOrganisation(text.slice(start, at))) added.push({ type: 'place', start, end: at });
  }
  return added;
}

/**
 * Spans (sorted, apart) with the oil and gas fields and the mines cued as above typed as places, in
 * every mention. `isListedOrganisation` tells a listed organisation's name (without lists, every
 * organisation keeps its type).
 */
export function withOilFields(text: string, spans: readonly NamedSpan[], isListedOrganisation: (name: string) => boolean = () => true): NamedSpan[] {
  if (!mayNameFields(text)) return spans as NamedSpan[];
  const fields = new Set<string>();
  // The names typed as an organisation somewhere, which a works' word leaves alone; gathered once, when needed.
  let organisations: Set<string> | undefined;
  // A name of an organisation's shape or list is the owner ("the Equinor platforms", "the Anglo American mine").
  const owner = (s: NamedSpan) => {
    if (s.type !== 'organization') return false;
    const name = text.slice(s.start, s.end);
    return isListedOrganisation(name) || ORG_WORDS.test(name.slice(name.lastIndexOf(' ') + 1));
  };
  for (let k = 0; k < spans.length; k++) {
    let last = k;
    while (listed(text, spans, last)) last++;
    const next = NEXT_WORD.exec(text.slice(spans[last].end, spans[last].end + 40));
    const works = !!next && OWNED_WORKS.has(next[1]);
    if (works) for (let i = k; i <= last; i++) if (spans[i].type !== 'organization' && !(organisations ??= namesOfType(text, spans, 'organization')).has(text.slice(spans[i].start, spans[i].end))) fields.add(text.slice(spans[i].start, spans[i].end));
    const cued = (next && FIELD_WORDS.has(next[1])) || (productionWordBefore(text, spans[k].start) && PRODUCTION_BEFORE.test(text.slice(Math.max(0, spans[k].start - 24), spans[k].start)));
    if (cued) for (let i = k; i <= last; i++) if (!owner(spans[i])) fields.add(text.slice(spans[i].start, spans[i].end));
    k = last;
  }
  const missed = minesMissed(text, spans, isListedOrganisation);
  if (!fields.size) return withAdded(spans as NamedSpan[], missed);
  const typed = mapChangedSpans(spans, (s) => (s.type !== 'place' && !owner(s) && fields.has(text.slice(s.start, s.end)) ? { ...s, type: 'place' as const } : s));
  return withAdded(typed, missed);
}
