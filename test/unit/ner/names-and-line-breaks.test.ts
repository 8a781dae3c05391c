import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { parseArticle } from '../../../src/core/article/parse-article';
import { recognize } from '../../../src/core/entities/recognize';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { wrapsOnward } from '../../../src/core/ner/tokenize';
import { fixturesDir, hasSeeds, seedsDir } from '../helpers/fixtures';

const tagger = loadDefaultTagger();
const LINE_BREAK = /\r\n|\r|\n/gu;

/** The people, places and organisations of the whole pipeline that hold a line break. */
function namesOverLineBreaks(text: string): Array<{ text: string; start: number }> {
  return recognize(parseArticle(text, 'article.txt'), { tagger }).filter((e) => e.type !== 'date' && /[\r\n]/u.test(e.text));
}

/** Every article the repository holds as a fixture, and the real examples when they are present. */
function articleFiles(): string[] {
  const folders = readdirSync(fixturesDir).filter((d) => d.startsWith('ner')).map((d) => path.join(fixturesDir, d));
  if (hasSeeds) folders.push(seedsDir);
  return folders.flatMap((dir) => readdirSync(dir).filter((f) => /\.(?:txt|md)$/u.test(f) && f !== 'README.md').map((f) => path.join(dir, f)));
}

describe('names and line breaks, through the whole pipeline', () => {
  it('never runs a name over the end of a line in any fixture or example article', function () {
    // About 150 articles through the whole pipeline: seconds on a quiet machine, more on a busy one.
    this.timeout(120_000);
    const files = articleFiles();
    assert.ok(files.length >= 30);
    for (const f of files) assert.deepEqual(namesOverLineBreaks(readFileSync(f, 'utf8')).map((e) => e.text), [], f);
  });

  it('runs a name over a line break only inside wrapped prose', () => {
    const text = 'Harbour talks end without a deal\n\nThe talks were hosted by the port authority and attended by the mayor, Ingrid\nSolberg, who spoke first.\n';
    for (const e of namesOverLineBreaks(text)) {
      for (const m of e.text.matchAll(LINE_BREAK)) assert.ok(wrapsOnward(text, e.start + m.index), JSON.stringify(e.text));
    }
  });

  it('ends every name at the end of a heading that opens with an emoji, as live pages write them', () => {
    for (const nl of ['\n', '\r\n']) {
      const text = `Storm live${nl}${nl}10:15am${nl}⛵ Ferries resume between Suva and Levuka${nl}Ovalau and Koro will get supplies by sea this afternoon, the maritime authority said.${nl}`;
      assert.deepEqual(namesOverLineBreaks(text).map((e) => e.text), []);
    }
  });

  it('never joins names across short capitalised lines: menus, feeds of headlines, lists of names', () => {
    const word = fc.constantFrom('Tucson', 'Phoenix', 'Rio Nuevo', 'Arizona', 'GOP', 'Jane Doe', 'council', 'hotel', 'picks', 'new', 'chair', 'Valley', 'Maryvale', 'Police', 'of', 'the', 'Bank');
    // Headlines, menu entries and names open with a capital; a line going on in lower case reads as prose.
    const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')).map((l) => l[0].toUpperCase() + l.slice(1)).filter((l) => l.length < 40);
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(line, { minLength: 2, maxLength: 8 }), eol, (lines, nl) => {
        const text = `Council backs water plan${nl}${nl}The council in Tucson voted on Tuesday to back the plan.${nl}${nl}${lines.join(nl)}${nl}`;
        assert.deepEqual(namesOverLineBreaks(text).map((e) => e.text), []);
      }),
      { numRuns: 60 },
    );
  });
});
