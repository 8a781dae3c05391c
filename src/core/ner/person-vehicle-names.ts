import type { NamedSpan } from './index';

/**
 * Craft named after people: "the Rosalind Franklin rover", "the rover, named Rosalind Franklin", "the
 * Ernest Shackleton ship". A name the text gives a rover, a probe, a ship or the like names the
 * craft, not a person, in every mention ("Rosalind Franklin survives the test"), but where the text
 * says whom it is named after ("named after the British chemist Rosalind Franklin"). Vehicles' names
 * are not among the names Byline marks, so those mentions are dropped. Read from the people's spans
 * alone: no search of the whole text.
 */

/** Craft that are given a person's name. */
const CRAFT = String.raw`(?:rover|probe|lander|orbiter|spacecraft|satellite|telescope|ship|vessel|submarine|icebreaker|frigate|destroyer|ferry|tanker|yacht|locomotive)s?`;
/** The craft's word right after the name: " rover", " research ship". */
const CRAFT_AFTER = new RegExp(String.raw`^[ \t]+(?:research[ \t]+|space[ \t]+|survey[ \t]+)?${CRAFT}(?![\p{L}\p{N}-])`, 'u');
/** "the" right before the name: "the Rosalind Franklin rover" (not "Rosalind Franklin's rover" nor "built Rosalind Franklin rover parts"). */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;
/** The craft's word and a naming verb right before the name: "the rover, named ", "a ship called ". */
const NAMED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${CRAFT},?[ \t]+(?:named|called|dubbed|christened)[ \t]+$`, 'u');
/** The last three letters of the naming verbs of {@link NAMED_BEFORE}. */
const NAMING_ENDS = new Set(['med', 'led', 'bed', 'ned']);
/** The person it is named after, before a mention: "named after the British chemist ", "in honour of ". */
const NAMESAKE_BEFORE = /(?:^|[^\p{L}])(?:after|honou?r of|memory of)[ \t]+(?:(?:the|a|an|late|\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+(?=[ \t]+\p{Ll}))[ \t]+){0,4}$/u;
/** How much text before a name the cues above read. */
const BEFORE = 60;

/** Whether the person's span at `s` is cued as a craft's name (see the file's comment). */
function craftCued(text: string, s: NamedSpan): boolean {
  // Most names are followed by neither a space and a lower-case letter nor preceded by a space.
  const c = text.charCodeAt(s.end + 1);
  if ((text[s.end] === ' ' || text[s.end] === '\t') && c >= 97 && c <= 122 && CRAFT_AFTER.test(text.slice(s.end, s.end + 24))) {
    if (THE_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start))) return true;
  }
  // The naming verb ends right before the name's space: its last letters are looked at before the pattern.
  return text[s.start - 1] === ' ' && NAMING_ENDS.has(text.slice(Math.max(0, s.start - 4), s.start - 1)) && NAMED_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start));
}

/** Spans (sorted, apart) without the mentions of craft named after people; see the file's comment. */
export function withoutCraftNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let craft: Set<string> | undefined;
  for (const s of spans) {
    if (s.type === 'person' && craftCued(text, s)) (craft ??= new Set()).add(text.slice(s.start, s.end));
  }
  if (!craft) return spans as NamedSpan[];
  const names = craft;
  return spans.filter((s) => s.type !== 'person' || !names.has(text.slice(s.start, s.end)) || NAMESAKE_BEFORE.test(text.slice(Math.max(0, s.start - BEFORE), s.start)));
}
