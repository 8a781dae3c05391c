// Only `chrono.en` is used, and the bundler keeps only the English locale of chrono's ES build. The
// `chrono-node/en` subpath would say so more plainly, but it is declared only in package `exports`,
// which this project's `moduleResolution: node` does not read.
import * as chrono from 'chrono-node';

/** Every spelling of a month chrono knows begins with its first three letters. */
const MONTH = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';

/**
 * Cheap tests for what a chrono parser's pattern cannot match without. Each parser's pattern is
 * searched from every position of the text, and a few of the patterns are dear to try at each: a
 * count of time units before "ago" or "later" is tried at every word. A parser whose gate finds
 * nothing in the text is skipped, which gives the same results, since every match of its pattern
 * contains a match of the gate. The gates take chrono's flags (`i`, no `u`). Each applies to the
 * parser whose pattern source contains `marker`; the others always run. Most texts hold no match of
 * most parsers, but a gate must cost less than the search it spares: not for weekdays or month
 * names, found in most paragraphs.
 */
const GATES: readonly { marker: string; needs: RegExp }[] = [
  { marker: '(?:ago|before|earlier)(?=\\W|$)', needs: /(?:ago|before|earlier)(?!\w)/i },
  { marker: '(?:later|after|from now|henceforth|forward|out)(?=(?:\\W|$))', needs: /(?:later|after|from now|henceforth|forward|out)(?!\w)/i },
  // A day and a month, day first ("5th of June", "twenty-first May"): every day, in figures or in
  // words, ends in a digit or in "st", "nd", "rd" or "th", and the pattern's own joint follows it.
  { marker: '(?:on\\s{0,3})?((?:(?:twenty seventh', needs: new RegExp(`(?:\\d|st|nd|rd|th)(?:-|\\/|\\s{0,3}(?:of)?\\s{0,3})(?:${MONTH})`, 'i') },
  // "today", "tonight", "tmrw", "last night": "night" stands for the last two.
  { marker: '(now|today|tonight|tomorrow', needs: /now|today|tomorrow|overmorrow|tmr|yesterday|night/i },
  // Dates in figures: "2021-05-06", "2021/5/6", "2021 Jun 6", "3/4", "7/2020".
  { marker: '([0-9]{4})\\-([0-9]{1,2})\\-([0-9]{1,2})', needs: /\d{4}-\d/ },
  { marker: '([0-9]{4})[-\\.\\/\\s](?:', needs: new RegExp(`\\d{4}[-.\\/\\s](?:\\d|${MONTH})`, 'i') },
  { marker: '([0-3]{0,1}[0-9]{1})[\\/\\.\\-]([0-3]{0,1}[0-9]{1})', needs: /\d[/.-]\d/ },
  { marker: '([0-9]|0[1-9]|1[012])\\/([0-9]{4})', needs: /\d\/\d{4}/ },
  // "last two weeks", "+3 days": the word or sign, then the opening of a count.
  {
    marker: '(this|last|past|next|after|\\+|-)\\s*(',
    needs: /(?:this|last|past|next|after|\+|-)\s*(?:(?:about|around)\s{0,3})?(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|\d|half|an?\b|few|several|the|a?\s{0,2}couple)/i,
  },
  // "this morning", "midnight" ("night" in it), "the end of the month".
  { marker: '(?:this)?\\s{0,3}(morning|', needs: /morning|afternoon|evening|night|midday|noon/i },
  { marker: '(?:last\\s+day|end)\\s+of', needs: /of\s+(?:the\s+)?month/i },
];

/**
 * Patterns that open with `(\W|^)` and then one of the `opening` words or marks, at most `back`
 * characters after the match's start ("last week": one, the character before "last"): a match can
 * start only there, so the pattern is tried at those few positions instead of at every one (see
 * {@link searchFrom}). Every word is one character or letters only, so a word the search steps over
 * inside another has a letter before it, where `(\W|^)` cannot stand. Used only where the opening
 * words are rarer than the places the pattern is dear to try: for patterns opening with "on", "in",
 * a digit, a hyphen or a weekday the search costs more than it saves.
 */
const OPENINGS: readonly { marker: string; opening: RegExp; back: number }[] = [
  { marker: '(\\W|^)(this|last|past|next|after\\s*this)\\s*(', opening: /this|last|past|next|after/gi, back: 1 },
  { marker: '(\\W|^)((?:september|', opening: new RegExp(MONTH, 'gi'), back: 1 },
  // "(\W|^)(?:this)?\s{0,3}(morning|...)": up to three spaces between the start and the word.
  { marker: '(\\W|^)(?:this)?\\s{0,3}(morning|', opening: /this|morning|afternoon|evening|night|midnight|midday|noon/gi, back: 4 },
  { marker: '(\\W|^)(?:last\\s+day|end)\\s+of', opening: /last|end/gi, back: 1 },
];

/**
 * A pattern that matches nothing: what a skipped parser searches. Sticky, so it fails at the first
 * position at once instead of being tried at every one.
 */
const NOTHING = /(?!)/y;

/**
 * `pattern` (see {@link OPENINGS}) as an object whose `exec` gives what `pattern.exec` gives, found
 * faster: the opening words are looked for with a plain search, and `pattern` is tried, sticky, only
 * from `back` characters before each. Every match begins at one of these positions, and they are
 * tried in order, each once, so the first that matches is the match `pattern` finds. chrono calls
 * nothing but `exec` on a parser's pattern.
 */
function searchFrom(pattern: RegExp, opening: RegExp, back: number): RegExp {
  const sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
  const exec = (text: string): RegExpExecArray | null => {
    opening.lastIndex = 0;
    let untried = 0;
    for (let word = opening.exec(text); word; word = opening.exec(text)) {
      for (let at = Math.max(untried, word.index - back); at <= word.index; at++) {
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m) return m;
      }
      untried = word.index + 1;
    }
    return null;
  };
  return { exec } as unknown as RegExp;
}

/** Told by method names, which survive minification (class names do not). */
function isClockParser(parser: chrono.Parser): boolean {
  return typeof (parser as { followingPhase?: unknown }).followingPhase === 'function';
}

function isTimeAheadParser(parser: chrono.Parser): boolean {
  const pattern = (parser as { innerPattern?: (context: unknown) => RegExp }).innerPattern?.({ option: {} });
  return !!pattern && pattern.source.startsWith('(?:within|in|for)');
}

/** The source of `parser`'s pattern, or '' when it cannot be read without a real text. */
function patternSource(parser: chrono.Parser): string {
  try {
    return (parser.pattern({ option: {} } as chrono.ParsingContext) as RegExp).source;
  } catch {
    return '';
  }
}

/** The parsers {@link gated} gives a gate or an opening search. */
const GATED = new WeakSet<chrono.Parser>();

/**
 * `parser` searched only where its opening word stands, and run only on texts its gate lets through,
 * its results built whole (see {@link wholeResult}).
 */
function gated(parser: chrono.Parser): chrono.Parser {
  const source = patternSource(parser);
  const gate = GATES.find((g) => source.includes(g.marker));
  const opening = OPENINGS.find((o) => source.includes(o.marker));
  const extract = wholeResult(parser);
  if (!gate && !opening) return { pattern: (context) => parser.pattern(context), extract };
  let pattern = (context: chrono.ParsingContext) => parser.pattern(context);
  if (opening) {
    const fast = new WeakMap<RegExp, RegExp>();
    pattern = (context) => {
      const plain = parser.pattern(context);
      let found = fast.get(plain);
      if (!found) fast.set(plain, (found = searchFrom(plain, opening.opening, opening.back)));
      return found;
    };
  }
  const search = pattern;
  const fast: chrono.Parser = { pattern: gate ? (context) => (gate.needs.test(context.text) ? search(context) : NOTHING) : search, extract };
  GATED.add(fast);
  return fast;
}

/**
 * `parser`'s extraction, a match's components given back as the result chrono would make of them.
 * chrono makes a result with components of its own and then puts the parser's in their place:
 * building those first components (the reference day's date in the time zone, seven implied values)
 * is half the cost of a result, for nothing.
 */
function wholeResult(parser: chrono.Parser): chrono.Parser['extract'] {
  return (context, match) => {
    const found = parser.extract(context, match);
    return found instanceof chrono.ParsingComponents ? context.createParsingResult(match.index ?? 0, match[0], found) : found;
  };
}

/** What chrono's time zone refiner reads after a result: a word of two to four letters, perhaps in brackets (its own pattern). */
const ZONE_AFTER = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;

/** Whether chrono knows `abbreviation` (upper case) as a time zone, remembered per word. */
const knownZones = new Map<string, boolean>();
function isTimeZone(abbreviation: string): boolean {
  let known = knownZones.get(abbreviation);
  if (known === undefined) {
    known = chrono.ReferenceWithTimezone.fromInput({ instant: NO_DAY, timezone: abbreviation }).timezoneOffset != null;
    knownZones.set(abbreviation, known);
  }
  return known;
}
const NO_DAY = new Date(0);

/**
 * chrono's time zone refiner (the one holding `timezoneOverrides`) given only the results it can
 * change: those followed by a time zone it knows ("9 May EST"). It reads each result alone and
 * works out the result's date before it looks the word up, which most results, followed by "the"
 * or "and", need not pay for; the others it leaves as they are, so the results are the same.
 */
function zonedOnly(refiner: chrono.Refiner): chrono.Refiner {
  if (!('timezoneOverrides' in refiner)) return refiner;
  return {
    refine: (context, results) => {
      if (context.option.timezones) return refiner.refine(context, results);
      const zoned = results.filter((r) => {
        const word = ZONE_AFTER.exec(context.text.substring(r.index + r.text.length));
        return word !== null && isTimeZone(word[1].toUpperCase());
      });
      if (zoned.length) refiner.refine(context, zoned);
      return results;
    },
  };
}

/** chrono's own search with one parser (a private static method of `Chrono`, which `parse` calls). */
const executeParser = (chrono.Chrono as unknown as { executeParser(context: chrono.ParsingContext, parser: chrono.Parser): chrono.ParsingResult[] }).executeParser;

/**
 * `parser.parse` doing what chrono's does, in the same order, with less garbage: each parser's results
 * are appended to one array instead of a new array made per parser, and a text where no parser found
 * anything skips the sorting and the refiners, which all give nothing back for nothing (they filter,
 * merge or adjust the results they are given).
 */
function leanParse(parser: chrono.Chrono): chrono.Chrono['parse'] {
  return (text, referenceDate, option) => {
    const context = new chrono.ParsingContext(text, referenceDate, option);
    let results: chrono.ParsingResult[] = [];
    for (const p of parser.parsers) {
      const found = executeParser(context, p);
      for (let i = 0; i < found.length; i++) results.push(found[i]);
    }
    if (results.length === 0) return results;
    results.sort((a, b) => a.index - b.index);
    for (const refiner of parser.refiners) results = refiner.refine(context, results);
    return results;
  };
}

/**
 * chrono's casual English without the parsers whose every result is dropped here: clock times ("at
 * 9:12 PM", cut off a day anyway, nothing alone) and spans of time ahead ("within two weeks", "in 5
 * days": durations). Each parser is a search over the whole text; with `gates` (the default), each
 * is skipped on texts its gate tells cannot hold a match, and the results are gathered without the
 * garbage of chrono's own way (see {@link leanParse}), with the same results.
 */
export function createDateParser(gates = true): chrono.Chrono {
  const casual = chrono.en.casual.clone();
  const kept = casual.parsers.filter((p) => !isClockParser(p) && !isTimeAheadParser(p));
  casual.parsers = gates ? kept.map(gated) : kept;
  if (gates) {
    casual.refiners = casual.refiners.map(zonedOnly);
    casual.parse = leanParse(casual);
  }
  return casual;
}

/** How many of `parsers` run behind a gate. */
export function gatedCount(parser: chrono.Chrono): number {
  return parser.parsers.filter((p) => GATED.has(p)).length;
}

/** The parser every date search uses. */
export const DATE_PARSER = createDateParser();
