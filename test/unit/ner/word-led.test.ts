import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { prefixesOf } from '../../../src/core/ner/alternation';
import { everyStartOf, isWordLed, markLedMatches, startLedMatches, wordLedMatches } from '../../../src/core/ner/word-led';

/** Searches of the shapes the rules use: each lead, a capture, words sharing their first letters. */
const PATTERNS = [
  /\b(?:Petrobras|Petronas|Sonatrach|IG Metall|Verkhovna[ \t]+Rada)(?![\p{L}\p{N}&-])/gu,
  / (?:pipelines?|railways?|rail|railroad|roads?|line|link)(?![\p{L}])/gu,
  /[ \t](?:Sea|Ocean|Österreich|Trough)(?![\p{L}\p{N}'’-])/gu,
  /(?<![\p{L}\p{N}])(?:Banco|Bank|Banque)[ \t]+\p{Lu}/gu,
  /\b(Justice|Judge|Senator)\.?[ \t]+(\p{Lu}\p{Ll}+)/gu,
  / (?:including|such as|like) /gu,
  // Words that share their first three letters but not what follows: "on loan", "one-off", "onward".
  /\b(?:on loan|one-off|onwards?|penalty (?:kick|spot))\b/gu,
  // Words of two letters, one starting another ("Mr", "Mrs"), beside longer ones.
  /\b(Dr|Mr|Mrs|Ms|Prof|Justice)\.?[ \t]+(?=\p{Lu})/gu,
];
const WORDS = ['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Petrobras', 'Petronas', 'Sonatrach', 'IG Metall', 'Verkhovna Rada', 'Verkhovna\tRada', 'pipeline', 'pipelines', 'rail', 'railroad', 'roads', 'line', 'link', 'Sea', 'Ocean', 'Österreich', 'Trough', 'Banco', 'Bank', 'Banque', 'Justice', 'Judge', 'Senator', 'Ruiz', 'including', 'such as', 'like', 'on', 'on loan', 'on the', 'one-off', 'one', 'onward', 'onwards', 'penalty', 'penalty kick', 'penalty spot'];
const GLUE = [' ', '\t', '\n', '-', 'Ü', 'é', 'x', '1', '_', '.', "'", '’', ' the ', 'A', 'Petro', 'Ve'];
const texts = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...GLUE)), { maxLength: 40 }).map((parts) => parts.join(''));
const shown = (found: Iterable<RegExpExecArray>) => Array.from(found, (m) => `${m.index}:${[...m].join('|')}`);

describe('searches tried only where their words start', () => {
  it('reads the plain text each word of an alternation starts with', () => {
    assert.deepEqual(prefixesOf(String.raw`strikers?|Lok[ \t]+Sabha|(?:Premier|Champions) League|Av\.`), ['striker', 'Lok', 'Premier League', 'Champions League', 'Av.']);
    assert.equal(prefixesOf(String.raw`\d{1,2}-\d{1,2}|win`), null);
    assert.equal(prefixesOf(String.raw`[Ss]hares|win`), null);
  });

  it('knows the shapes it can search from word starts, and not others', () => {
    for (const p of PATTERNS) assert.ok(isWordLed(p), p.source);
    // A word led by a digit, no lead, a case-blind search.
    assert.ok(!isWordLed(/\b(?:\d+ wins|Cup)\b/gu));
    assert.ok(!isWordLed(/(?:company|party)/gu));
    assert.ok(!isWordLed(/\b(?:company|party)/giu));
  });

  it('finds the same matches as a search at every position, in the same order', () => {
    for (const pattern of PATTERNS) {
      const search = wordLedMatches(pattern);
      fc.assert(fc.property(texts, (text) => assert.deepEqual(shown(search(text)), shown(text.matchAll(pattern)))), { numRuns: 300 });
    }
  });

  it('finds matches in a plain sentence, a word glued to a letter before it left out', () => {
    const search = wordLedMatches(PATTERNS[0]);
    const text = 'Petrobras and Sonatrach signed; XPetrobras did not, nor did Petrobras-led firms. IG Metall agreed.';
    assert.deepEqual(shown(search(text)), ['0:Petrobras', '14:Sonatrach', '81:IG Metall']);
  });

  it('finds words of two letters where they stand, and those inside a longer word left out', () => {
    const search = wordLedMatches(/\b(?:Dr|Prof)\b/gu);
    assert.deepEqual(shown(search('Dr Ruiz, Drs Lee and Prof Kim met DrX and Dr.')), ['0:Dr', '21:Prof', '42:Dr']);
  });

  it('finds a word of three letters wherever it starts, and a longer word only when all of it stands, a word cut by the text end left out', () => {
    const search = wordLedMatches(/\b(?:Sea|Sir|Sirocco|Siren)/gu);
    const text = 'Sea Seal Sir Sirs Sirocco Sire Siren Si';
    assert.deepEqual(shown(search(text)), shown(text.matchAll(/\b(?:Sea|Sir|Sirocco|Siren)/gu)));
    assert.deepEqual(shown(wordLedMatches(/\b(?:Sirocco|Siren)/gu)('the Siro and the Sire of Sirocco')), ['25:Sirocco']);
    assert.deepEqual(shown(wordLedMatches(/\b(?:Petrobras)/gu)('at Petrob')), []);
  });

  it('searches a pattern of another shape the usual way, and a different text each time', () => {
    const pattern = /\b(?:\d+ wins|Cup)\b/gu;
    const search = wordLedMatches(pattern);
    assert.deepEqual(shown(search('2 wins in the Cup')), ['0:2 wins', '14:Cup']);
    const railways = wordLedMatches(PATTERNS[1]);
    assert.deepEqual(shown(railways('the rail link')), ['3: rail', '8: link']);
    assert.deepEqual(shown(railways('a roadway')), []);
    assert.deepEqual(shown(railways('')), []);
  });

  it('remembers the matches of the last text, for a second reading of it, and searches another text afresh', () => {
    for (const pattern of [PATTERNS[0], /\b(?:Dr|Prof)\b/gu]) {
      const search = wordLedMatches(pattern);
      const first = 'Dr Ruiz of Petrobras met Prof Lee of Sonatrach.';
      const second = 'Petronas hired Dr Okafor.';
      const found = search(first);
      assert.equal(search(first), found);
      assert.deepEqual(shown(search(second)), shown(second.matchAll(pattern)));
      assert.deepEqual(shown(search(first)), shown(first.matchAll(pattern)));
    }
  });
});

/** Searches with no lead before their words: they may match inside words too. */
const UNLED = [
  /(Avenida|Av\.|Rue|Col|Villa)[ \t]+((?:de|des)[ \t]+)?(\p{Lu}\p{Ll}+)/gu,
  /(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?(?:[ \t]+of)?|central)[ \t]+(?=\p{Lu})/gu,
  /company|party|union|['’]s (?:head of |shareholders)/gu,
  /(?:North|South|Central) /gu,
  /(Bahía|Río|Praça|Av\.|Col)[ \t]+\p{Lu}/gu,
];
const UNLED_WORDS = ['Avenida', 'Av.', 'Rue', 'Col', 'Villa', 'de', 'des', 'Lima', 'north', 'south', 'east', 'west', 'northern', 'central', 'of', 'feast', 'company', 'accompany', 'party', 'union', "'s", '’s', 'head of', 'shareholders', 'North', 'South', 'Central', 'Bahía', 'Río', 'Praça', 'Prá', 'Rí', 'Ba', 'Av', 'Colón', 'L'];
const unledTexts = fc.array(fc.oneof(fc.constantFrom(...UNLED_WORDS), fc.constantFrom(...GLUE)), { maxLength: 40 }).map((parts) => parts.join(''));

describe('searches tried only where their first words stand', () => {
  it('finds the same matches as a search at every position, in the same order, inside words too', () => {
    for (const pattern of UNLED) {
      const search = startLedMatches(pattern);
      fc.assert(fc.property(unledTexts, (text) => assert.deepEqual(shown(search(text)), shown(text.matchAll(pattern)))), { numRuns: 300 });
    }
  });

  it('finds the same matches when the texts are searched one after another, a piece at the very end of one', () => {
    for (const pattern of UNLED) {
      const search = startLedMatches(pattern);
      fc.assert(
        fc.property(fc.array(unledTexts, { minLength: 2, maxLength: 4 }), (many) => {
          for (const text of many) assert.deepEqual(shown(search(text)), shown(text.matchAll(pattern)));
        }),
        { numRuns: 100 },
      );
      for (const text of ['', 'C', 'Co', 'Col', "Col '", 'Río', 'Río L']) assert.deepEqual(shown(search(text)), shown(text.matchAll(pattern)));
    }
    assert.deepEqual(shown(startLedMatches(/Rue|Col|['’]/gu)("Col'RueCol")), ['0:Col', "3:'", '4:Rue', '7:Col']);
  });

  it('finds a street after a number and a compass word inside a longer word', () => {
    assert.deepEqual(shown(startLedMatches(UNLED[0])('at 3Avenida de Mayo and Villa Lima')), ['4:Avenida de Mayo|Avenida|de |Mayo', '24:Villa Lima|Villa||Lima']);
    assert.deepEqual(shown(startLedMatches(UNLED[1])('a feast of Kings, northeast Lima')), ['3:east of ', '18:northeast ']);
  });

  it('searches a pattern whose matches may start anywhere the usual way', () => {
    const pattern = /(?:Dr|Prof)?[ \t]+\p{Lu}/gu;
    assert.deepEqual(shown(startLedMatches(pattern)('met Lee and Prof Ruiz')), shown('met Lee and Prof Ruiz'.matchAll(pattern)));
    const classed = /[A-Z]\w+ Road/gu;
    assert.deepEqual(shown(startLedMatches(classed)('Mill Road')), ['0:Mill Road']);
  });

  it('remembers the matches of the last text and searches another text afresh', () => {
    const search = startLedMatches(UNLED[3]);
    const first = 'North Korea and South Sudan';
    const found = search(first);
    assert.equal(search(first), found);
    assert.deepEqual(shown(search('Central Asia')), ['0:Central ']);
    assert.deepEqual(shown(search(first)), ['0:North ', '16:South ']);
  });
});

describe('every start of a piece of text', () => {
  /** The starts `indexOf` finds, each search resuming one character after the last start. */
  const searched = (text: string, piece: string): number[] => {
    const starts: number[] = [];
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) starts.push(at);
    return starts;
  };
  const PIECES = ['led by ', 'ers', 'group ', 'aaa', ' the '];

  it('finds the starts a search from every position finds, inside words and overlapping too', () => {
    const glue = fc.constantFrom(' ', 'a', 'e', 'rs', 'group', 'led', ' by', 'the', 'é', '1', '\n');
    const pieceTexts = fc.array(fc.oneof(fc.constantFrom(...PIECES), glue), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(fc.property(pieceTexts, (text) => PIECES.every((piece) => assert.deepEqual(everyStartOf(text, piece), searched(text, piece)) === undefined)), { numRuns: 300 });
  });

  it('finds a piece in a plain sentence, at its very end and within a longer word', () => {
    assert.deepEqual(everyStartOf('Its lenders and shareholders, the backers', 'ers'), [8, 25, 38]);
    assert.deepEqual(everyStartOf('aaaa', 'aaa'), [0, 1]);
    assert.deepEqual(everyStartOf('no', 'ers'), []);
    assert.throws(() => everyStartOf('an ox', 'ox'));
  });
});

describe('searches tried only where their mark stands', () => {
  const MARKED = [/\((\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,7})\)/gu, /\(\s*(\p{Lu}(?:\p{Lu}|[\p{Ll}&](?=\p{Lu})){1,7})\s*\)/gu, /\(([^()]{1,9})\)/gu, /#\w+/gu];
  const parts = fc.constantFrom('(', ')', '((', 'AB', 'AfD', 'R&D', ' ', 'x', '#', 'Té', '\n');
  const markedTexts = fc.array(parts, { maxLength: 30 }).map((p) => p.join(''));

  it('finds the same matches as a search at every position, in the same order, nested marks too', () => {
    for (const pattern of MARKED) {
      const search = markLedMatches(pattern, pattern.source[0] === '#' ? '#' : '(');
      fc.assert(fc.property(markedTexts, (text) => assert.deepEqual(shown(search(text)), shown(text.matchAll(pattern)))), { numRuns: 300 });
    }
    assert.deepEqual(shown(markLedMatches(MARKED[0], '(')('the Alternative (AfD) and ((UN)) party')), ['16:(AfD)|AfD', '27:(UN)|UN']);
  });

  it('refuses a pattern a match of which may start elsewhere than at its mark', () => {
    for (const pattern of [/\(?AB/gu, /\(AB|CD/gu, /(AB)/gu, /\(AB/u, /\(ab/giu, /x\(AB/gu]) assert.throws(() => markLedMatches(pattern, '('));
  });
});
