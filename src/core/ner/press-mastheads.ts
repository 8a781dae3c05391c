import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { wordLedMatches } from './word-led';

/**
 * Newspapers named after their city: "the Toronto Star", "the Jerusalem Post", "the Washington
 * Monthly", "the Kansas City Star". The model often finds the city alone and leaves the masthead's
 * word out, so the paper is read as a place. A place's name followed by one masthead word (perhaps
 * after "Morning", "Evening", "Sunday" or "Daily") is the paper, an organisation, unless another
 * capitalised word goes on ("Times Square", "Post Office"), which makes a longer name of another kind.
 * Once an article has named a paper ("The Kathmandu Post", "the Toronto Star"), "the Post" or "the
 * Star" later is that paper, as the paper's own reporters write ("he told the Post"). The paper's
 * own page names it in a masthead line at its top, outside the text read for names, which counts too.
 * A place in capitals that opens a masthead in capitals ("SAHEL SPORT", "ANDES TRADE REVIEW") is no
 * mention of the place. French regional morning papers are named by their region and "-Matin" ("Nice-Matin").
 */

/** The masthead after a place's name and a space: the sticky search starts at the word's first letter. */
const MASTHEAD = /(?:(?:Morning|Evening|Sunday|Daily)[ \t]+)?(?:Star|Post|Times|Herald|Tribune|Gazette|Chronicle|Telegraph|Journal|Observer|Courier|Inquirer|Examiner|Dispatch|Sentinel|Enquirer|Bulletin|Globe|Register|Sun|Monthly|Weekly)(?![\p{L}\p{N}&-])(?![ \t]+\p{Lu})/uy;

/** The last words of a masthead, which "the" before names the paper alone ("told the Post"). */
const MASTHEAD_WORDS = new Set(['Star', 'Post', 'Times', 'Herald', 'Tribune', 'Gazette', 'Chronicle', 'Telegraph', 'Journal', 'Observer', 'Courier', 'Inquirer', 'Examiner', 'Dispatch', 'Sentinel', 'Enquirer', 'Bulletin', 'Globe', 'Register', 'Sun']);
/** What may follow the paper's short form: not a letter, a digit, a hyphen, nor another capitalised word ("the Post Office"). */
const SHORT_FORM_END = /^(?![\p{L}\p{N}&-])(?![ \t]+\p{Lu})/u;

/** A line that is a paper's name alone ("The Kathmandu Post", "Toronto Star"): the masthead atop its own page. */
const MASTHEAD_LINE = /^(?:The[ \t]+)?\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}[ \t]+(\p{Lu}\p{Ll}+)[ \t]*\r?$/u;
/** How far into a page its masthead line is sought. */
const MASTHEAD_REACH = 3000;

/** The masthead words of the lines near the text's top that name a paper alone; remembered for the article's second reading. */
const mastheadLineWords = lastTextMemo((text: string): string[] => {
  const found: string[] = [];
  const top = text.slice(0, MASTHEAD_REACH);
  for (let from = 0; from < top.length; ) {
    let end = top.indexOf('\n', from);
    if (end < 0) end = top.length;
    // A masthead is short: the line's length rules out most lines before the pattern is tried.
    if (end - from < 60 && capitalAt(top, from)) {
      const m = MASTHEAD_LINE.exec(top.slice(from, end));
      if (m && MASTHEAD_WORDS.has(m[1])) found.push(m[1]);
    }
    from = end + 1;
  }
  return found;
});

/** After a place's name in capitals: perhaps one more word in capitals, then a masthead's word in capitals ("SAHEL SPORT", "ANDES TRADE REVIEW"). */
const CAPITALS_MASTHEAD = /^[ \t](?:[A-Z]{2,}[ \t])?(?:SPORTS?|REVIEW|NEWS|TIMES|POST|HERALD|TRIBUNE|DAILY|WEEKLY|TODAY|MEDIA|PRESS|MAGAZINE|JOURNAL|OBSERVER|MONITOR|EXPRESS|GAZETTE|CHRONICLE)(?![\p{L}\p{N}&-])/u;

/** Whether place `s`, written in capitals, opens a site's or a paper's masthead in capitals, which is no mention of the place. */
function opensCapitalsMasthead(text: string, s: NamedSpan): boolean {
  return s.type === 'place' && text.charCodeAt(s.end) === 32 && capitalAt(text, s.end + 1) && capitalAt(text, s.start + 1) && s.end - s.start >= 3 && text.slice(s.start, s.end) === text.slice(s.start, s.end).toUpperCase() && CAPITALS_MASTHEAD.test(text.slice(s.end, s.end + 24));
}

/** Whether the character at `pos` is a capital A-Z, the start of every masthead word. */
function capitalAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c >= 65 && c <= 90;
}

/**
 * Spans (sorted, apart) with a place followed by a masthead word made the newspaper: one
 * organisation over both. `isListedPlace` lets a span the model typed otherwise count as a place
 * when the name lists hold it as one. Only the character after each place is read, so the rule costs
 * nothing for text without such a shape.
 */
export function withPressMastheads(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // "SAHEL SPORT", "ANDES TRADE REVIEW": the masthead in capitals atop a site's page names no place.
    if (opensCapitalsMasthead(text, s)) {
      out ??= spans.slice(0, i);
      continue;
    }
    const start = mastheadStart(text, s, isListedPlace);
    if (start >= 0) {
      out ??= spans.slice(0, i);
      // A span over the masthead's word alone ("Times") is part of the paper's name.
      while (out.length && out[out.length - 1].end > start) out.pop();
      out.push({ type: 'organization', start, end: s.end });
      continue;
    }
    const end = mastheadEnd(text, s, isListedPlace);
    const next = spans[i + 1];
    // The masthead's word inside another name ("Toronto" + "Star Wars") leaves both alone.
    if (end < 0 || (next && next.start < end && next.end > end)) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push({ type: 'organization', start: s.start, end });
    // A span over the masthead's word alone ("Star") is part of the paper's name.
    if (next && next.start < end) i++;
  }
  const named = out ?? (spans as NamedSpan[]);
  return withShortForms(text, withMorningPapers(text, named));
}

/** "Matin" as a word of its own: tried only where such a word starts (see `word-led.ts`). */
const matinWords = wordLedMatches(/(?<![\p{L}\p{N}])(?:Matin)(?![\p{L}\p{M}\p{N}-])/gu);
/** A capitalised place's name of one word, as a French regional morning paper names its region: "Corse", "Nice", "Var". */
const PAPER_PLACE = /\p{Lu}[\p{Ll}\p{M}]+$/u;

/**
 * Spans with French regional morning papers named by their region and "-Matin" ("Nice-Matin",
 * "Corse-Matin", "Var-Matin") put in as organisations: the model reads the place in them.
 */
function withMorningPapers(text: string, spans: NamedSpan[]): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const m of matinWords(text)) {
    if (text[m.index - 1] !== '-') continue;
    const place = PAPER_PLACE.exec(text.slice(Math.max(0, m.index - 21), m.index - 1));
    const start = place ? m.index - 1 - place[0].length : -1;
    if (place && (start === 0 || !/[\p{L}\p{N}-]/u.test(text[start - 1]))) found.push({ type: 'organization', start, end: m.index + m[0].length });
  }
  return found.length ? withWholeNames(spans, found) : spans;
}

/** Spans with "the Post" added as an organisation where a paper ending in "Post" was named; see the file's comment. */
function withShortForms(text: string, spans: NamedSpan[]): NamedSpan[] {
  let words: Set<string> | null = null;
  for (const s of spans) {
    if (s.type !== 'organization') continue;
    const space = text.lastIndexOf(' ', s.end - 1);
    if (space <= s.start) continue;
    const word = text.slice(space + 1, s.end);
    if (MASTHEAD_WORDS.has(word)) (words ??= new Set()).add(word);
  }
  for (const word of mastheadLineWords(text)) (words ??= new Set()).add(word);
  if (!words) return spans;
  const found: NamedSpan[] = [];
  for (const word of words) {
    for (const the of ['the ', 'The ']) {
      for (let at = text.indexOf(the + word); at >= 0; at = text.indexOf(the + word, at + 1)) {
        const start = at + the.length;
        const end = start + word.length;
        if ((at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) || !SHORT_FORM_END.test(text.slice(end, end + 3))) continue;
        found.push({ type: 'organization', start, end });
      }
    }
  }
  return found.length ? withWholeNames(spans, found) : spans;
}

/** A masthead word and "of" before a place's name, the paper named for the country it serves: "Times of Malta", "Gazette of India". */
const MASTHEAD_OF = /(?<![\p{L}\p{N}])(?:Times|Gazette|Herald|Tribune|Chronicle)[ \t]+of[ \t]+$/u;

/** Where the masthead before place `s` starts ("Times of " + "Malta"), or -1 when none stands there. */
function mastheadStart(text: string, s: NamedSpan, isListedPlace: (name: string) => boolean): number {
  // "of " right before the place: most names are passed over on these three characters.
  if (s.start < 9 || text.charCodeAt(s.start - 1) !== 32 || text.charCodeAt(s.start - 2) !== 102 || text.charCodeAt(s.start - 3) !== 111) return -1;
  if (s.type !== 'place' && !isListedPlace(text.slice(s.start, s.end))) return -1;
  const m = MASTHEAD_OF.exec(text.slice(Math.max(0, s.start - 16), s.start));
  return m ? s.start - m[0].length : -1;
}

/** Where the masthead after place `s` ends, or -1 when none follows it. */
function mastheadEnd(text: string, s: NamedSpan, isListedPlace: (name: string) => boolean): number {
  if (text.charCodeAt(s.end) !== 32 || !capitalAt(text, s.end + 1)) return -1;
  if (s.type !== 'place' && !isListedPlace(text.slice(s.start, s.end))) return -1;
  MASTHEAD.lastIndex = s.end + 1;
  const m = MASTHEAD.exec(text);
  return m ? s.end + 1 + m[0].length : -1;
}
