// Only `chrono.en` is used, and the bundler keeps only the English locale of chrono's ES build. The
// `chrono-node/en` subpath would say so more plainly, but it is declared only in package `exports`,
// which this project's `moduleResolution: node` does not read.
import * as chrono from 'chrono-node';

/**
 * Cheap tests for what a chrono parser's pattern cannot match without. Each parser's pattern is
 * searched from every position of the text, and a few of the patterns are dear to try at each: a
 * count of time units before "ago" or "later" is tried at every word. A parser whose gate finds
 * nothing in the text is skipped, which gives the same results, since every match of its pattern
 * contains a match of the gate. The gates take chrono's flags (`i`, no `u`). Each applies to the
 * parser whose pattern source contains `marker`; the others always run.
 */
const GATES: readonly { marker: string; needs: RegExp }[] = [
  { marker: '(?:ago|before|earlier)(?=\\W|$)', needs: /(?:ago|before|earlier)(?!\w)/i },
  { marker: '(?:later|after|from now|henceforth|forward|out)(?=(?:\\W|$))', needs: /(?:later|after|from now|henceforth|forward|out)(?!\w)/i },
];

/** Every spelling of a month chrono knows begins with its first three letters. */
const MONTH = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';

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

/** `parser`, run only on texts its gate lets through, or searched only where its opening word stands (itself when neither applies). */
function gated(parser: chrono.Parser): chrono.Parser {
  const source = patternSource(parser);
  const gate = GATES.find((g) => source.includes(g.marker));
  if (gate) {
    return {
      pattern: (context) => (gate.needs.test(context.text) ? parser.pattern(context) : NOTHING),
      extract: (context, match) => parser.extract(context, match),
    };
  }
  const opening = OPENINGS.find((o) => source.includes(o.marker));
  if (opening) {
    const fast = new WeakMap<RegExp, RegExp>();
    return {
      pattern: (context) => {
        const pattern = parser.pattern(context);
        let found = fast.get(pattern);
        if (!found) fast.set(pattern, (found = searchFrom(pattern, opening.opening, opening.back)));
        return found;
      },
      extract: (context, match) => parser.extract(context, match),
    };
  }
  return parser;
}

/**
 * chrono's casual English without the parsers whose every result is dropped here: clock times ("at
 * 9:12 PM", cut off a day anyway, nothing alone) and spans of time ahead ("within two weeks", "in 5
 * days": durations). Each parser is a search over the whole text; with `gates` (the default), each
 * is skipped on texts its gate tells cannot hold a match, with the same results.
 */
export function createDateParser(gates = true): chrono.Chrono {
  const casual = chrono.en.casual.clone();
  const kept = casual.parsers.filter((p) => !isClockParser(p) && !isTimeAheadParser(p));
  casual.parsers = gates ? kept.map(gated) : kept;
  return casual;
}

/** How many of `parsers` run behind a gate. */
export function gatedCount(parser: chrono.Chrono): number {
  return parser.parsers.filter((p) => p.constructor === Object).length;
}

/** The parser every date search uses. */
export const DATE_PARSER = createDateParser();
