import type { NamedSpan } from './index';
import { wordLedMatches } from './word-led';
import { mapSpans } from './span-arrays';
import { overlapsAny, withAdded, withWholeNames } from './added-spans';
import { wordBefore } from './word-before';
import { DEMONYMS, isTitleWord, STOP } from './rule-tagger';
import { namesADisease } from './disease-names';

/**
 * Names of land and water features written with the kind of feature in lower case after them: "the
 * Reykjanes peninsula", "the Puncak highlands", "the Troodos mountains", "the upstream Ciliwung catchment", "the Sundhnúkur
 * crater row", "the Oum Er-Rbia river", "the Al Wahda dam", "The Mahaweli reservoirs", "the Gishwati
 * forest", "the Yungas valleys", "the Miraflores, Pedro Miguel and Gatun locks" (every item of a list before a plural), "the Mutara aquifer", "the Kolpa wetland", "the Seliš beach", "the Vrana
 * canal", "the Mpazi channel", "the Pomarão weir", "the Gatun locks", "the Bela Vista sector" (a Latin American town's quarter), "Kobe's Sannomiya district", "Tes soum" (a Mongolian district), "the Tskneti road", and a summary's item opening a line ("- Sebeya river floods"). The model
 * misses such a name of another language or reads it as a person or a body; the feature word says it
 * is a place. A name so cued is a place in its other mentions too ("the Reykjanes data"), unless the
 * article takes it as a person's or an organisation's name of several words. Power plants and
 * transport hubs named the same way ("the Kafue solar plant", "the Tema bus terminal", "the Petersen
 * terminal", "the Mutare depot"), mines and routes ("the Karowe mine", "the Ullapool route") are places
 * too, but a name the model read as an organisation stays one there: companies own plants ("the
 * Acme power plant").
 */

/** A lower-case feature word right after a space: one search over the text finds every cue. */
const FEATURE_AFTER = / (?:peninsula|highlands|uplands|catchment|watershed|plateau|mountains|hills|volcano|glacier|crater|craters|archipelago|atoll|lagoon|fjord|massif|caldera|river|dam|basin|reservoir|reservoirs|plain|forest|valley|valleys|gorge|gorges|aquifer|aquifers|wetland|wetlands|beach|beaches|canal|channel|sluice|weir|locks|sector|district|soum|road|terminal|depot|mine|route|(?:solar|wind|coal|gas|diesel|hydro|hydropower|hydroelectric|geothermal|thermal|power)[ \t](?:plant|park|farm|station)|(?:transport|bus)[ \t](?:centre|center|terminal|station|park))(?![\p{L}\p{N}-])/gu;
/** Feature words of works that companies own as well: after a name the model read as a body's, no cue. */
const WORKS = /^ (?:\p{Ll}+[ \t]|terminal|depot|mine|route)/u;
/** Feature words of ways, whose names may join their two ends ("the Kigali-Musanze road"). */
const ROAD = /^ (?:road|route)$/u;
/** How many capitalised words a cued name may have: "Oum Er-Rbia", "Al Massira", "Half-Way Tree". */
const MOST_WORDS = 3;
/** A capitalised name word, its parts perhaps hyphenated: "Reykjanes", "Sundhnúkur", "Er-Rbia", "Half-Way". */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)*$/u;
/** Endings of adjectives of peoples and regions ("Arabian", "Balkan", "Javanese", "Nordic"): a description, not the name. */
const ADJECTIVE_ENDING = /(?:an|ese|ish|ic|ian)$/u;
/** Words that may stand before the name: "the" (also opening a sentence), a possessive ("Iceland's"), or a lower-case word ("upstream"). */
const LEAD_OK = /^(?:the|The|\p{Ll}+|\p{Lu}[\p{L}\p{M}]*['’]s)$/u;

/** Marks that open an item of a list: "- Sebeya river floods", "• the ...". */
const BULLETS = new Set(['-', '*', '•']);

/** Whether `at` opens a line: a name there needs no lead ("Sebeya river floods" as a summary's item). */
const lineStart = (text: string, at: number): boolean => at === 0 || text[at - 1] === '\n';

/** Whether `word` may be a word of a cued name: capitalised, neither a function word, a people's adjective nor a title. */
const isNameWord = (word: string): boolean => NAME_WORD.test(word) && !STOP.has(word) && !DEMONYMS.has(word) && !isTitleWord(word) && !ADJECTIVE_ENDING.test(word);

/** The name cued by a feature word at `at` (the space before it), or null: up to three name words after a lead. */
function cuedName(text: string, at: number): { start: number; end: number } | null {
  let start = -1;
  let lead = wordBefore(text, at + 1);
  for (let words = 0; lead && words < MOST_WORDS && isNameWord(lead.word); words++) {
    start = lead.start;
    lead = wordBefore(text, start);
  }
  if (start < 0 || !(lead ? LEAD_OK.test(lead.word) || (BULLETS.has(lead.word) && lineStart(text, lead.start)) : lineStart(text, start))) return null;
  return { start, end: at };
}

/** What joins the items of a list before a plural feature word: ", ", " and ", ", and ". */
const LIST_JOINT = /(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)$/u;
/** An item of such a list, one to three capitalised words, at the end of what is read. */
const ITEM_BEFORE = /(?:^|[^\p{L}\p{M}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]){0,2}\p{Lu}[\p{L}\p{M}'’-]*)$/u;
/** "the" opening the list. */
const THE_OPENING = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;

/**
 * The names listed before the one a plural feature word cues at `start` ("the Miraflores, Pedro
 * Miguel and" before "Gatun locks"): every item of a list that "the" opens; none without it.
 */
function listedBefore(text: string, start: number): string[] {
  const items: string[] = [];
  let pos = start;
  for (let n = 0; n < 6; n++) {
    const joint = LIST_JOINT.exec(text.slice(Math.max(0, pos - 7), pos));
    if (!joint) break;
    const end = pos - joint[0].length;
    const item = ITEM_BEFORE.exec(text.slice(Math.max(0, end - 60), end));
    if (!item || !item[1].split(/[ \t]/u).every(isNameWord)) return [];
    items.push(item[1]);
    pos = end - item[1].length;
  }
  return items.length && THE_OPENING.test(text.slice(Math.max(0, pos - 5), pos)) ? items : [];
}

/** Whether the character at `at` goes on with a word. */
const isLetter = (text: string, at: number): boolean => at >= 0 && at < text.length && /[\p{L}\p{M}\p{N}'’-]/u.test(text[at]);

/** Whether the mention of `name` at `at` is part of one of the `longer` names written there. */
function insideLonger(text: string, at: number, name: string, longer: readonly string[]): boolean {
  return longer.some((l) => {
    const offset = l.indexOf(name);
    return offset <= at && text.startsWith(l, at - offset);
  });
}

/** The words of features in a text, tried only where its words start (see `word-led.ts`). */
const featureWordsIn = wordLedMatches(FEATURE_AFTER);

/** Spans (sorted, apart) with the features above as places in every mention; see the file's comment. */
export function withNaturalFeatures(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = new Set<string>();
  // Names cued only by works that companies own: a body's span keeps its type.
  const works = new Set<string>();
  for (const m of featureWordsIn(text)) {
    const cued = cuedName(text, m.index);
    if (!cued) continue;
    const name = text.slice(cued.start, cued.end);
    // "the Kigali-Musanze road": a road or a route between two places names both, not one.
    if (ROAD.test(m[0]) && name.includes('-')) continue;
    // "the Miraflores, Pedro Miguel and Gatun locks": a plural feature word cues every item of its list.
    const listed = m[0].endsWith('s') ? listedBefore(text, cued.start) : [];
    for (const item of [name, ...listed]) {
      if (WORKS.test(m[0])) {
        if (!names.has(item)) works.add(item);
      } else works.delete(item);
      names.add(item);
    }
  }
  if (!names.size) return [...spans];
  // A word of a longer person's or organisation's name is that name's ("Elena Krafla", "Krafla Energy").
  for (const s of spans) {
    if (s.type === 'place') continue;
    const name = text.slice(s.start, s.end);
    if (!name.includes(' ')) continue;
    for (const w of name.split(/\s+/u)) names.delete(w);
  }
  if (!names.size) return [...spans];
  const added: NamedSpan[] = [];
  const whole: NamedSpan[] = [];
  let changed = false;
  const out = mapSpans(spans, (s) => {
    const name = text.slice(s.start, s.end);
    if (s.type === 'place' || !names.has(name) || (s.type === 'organization' && works.has(name))) return s;
    changed = true;
    return { ...s, type: 'place' as const };
  });
  for (const name of names) {
    // "the Guédiawaye depot" and "the Préfecture de Guédiawaye": a longer name found elsewhere keeps its word.
    const longer = spans.filter((s) => s.end - s.start > name.length + 1).map((s) => text.slice(s.start, s.end)).filter((n) => n.includes(name));
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (isLetter(text, at - 1) || (isLetter(text, end) && !/^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3)))) continue;
      if (longer.length && insideLonger(text, at, name, longer)) continue;
      // "the Dunmore district" does not make "Dunmore fever" a place.
      if (namesADisease(text, end)) continue;
      if (!overlapsAny(out, at, end)) added.push({ type: 'place', start: at, end });
      // "the Oum Er-Rbia river": a part the model found ("Er-Rbia") gives way to the whole name.
      else if (!works.has(name) && !out.some((s) => s.start < end && at < s.end && (s.start < at || s.end > end || (s.start === at && s.end === end)))) whole.push({ type: 'place', start: at, end });
    }
  }
  const found = added.length ? withAdded(out, added) : changed ? out : [...spans];
  return whole.length ? withWholeNames(found, whole) : found;
}
