import { strict as assert } from 'node:assert';
import { articleSentences, OWN_ARTICLE_FOLDERS } from '../../../scripts/ner/own-articles';
import type { GoldSentence, GoldSpan } from '../../../scripts/ner/conll';

const names = (s: GoldSentence) => s.spans.map((g) => `${g.type} ${s.text.slice(g.start, g.end)}`);

/** Gold spans for the first occurrence of each `[type, text]` in `text`. */
function goldOf(text: string, items: Array<[GoldSpan['type'], string]>): GoldSpan[] {
  return items.map(([type, name]) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    return { start, end: start + name.length, type };
  });
}

describe('labelled fixture articles as training sentences', () => {
  const text = [
    'Harbour board approves Tarnview dredging plan',
    '',
    'By Mirela Osei',
    '',
    'The Tarnview Harbour Board voted on Tuesday to dredge the eastern channel. Its chair, Colm Ferris, said work would start in May.',
    '',
    'Traffic on the Tarnview-Kelso road will be diverted.',
    '',
  ].join('\n');
  const gold = goldOf(text, [
    ['LOC', 'Tarnview'],
    ['PER', 'Mirela Osei'],
    ['ORG', 'Tarnview Harbour Board'],
    ['PER', 'Colm Ferris'],
  ]);
  // "Kelso" inside the hyphenated token "Tarnview-Kelso": the token cannot carry the name alone.
  const kelso = text.indexOf('Kelso');
  const sentences = articleSentences(text, 'harbour.txt', [...gold, { start: kelso, end: kelso + 5, type: 'LOC' }]);

  it('cuts the article into the sentences the tagger reads, with the names inside each', () => {
    assert.deepEqual(sentences.map(names), [
      ['LOC Tarnview'],
      ['PER Mirela Osei'],
      ['ORG Tarnview Harbour Board'],
      ['PER Colm Ferris'],
    ]);
    assert.equal(sentences[1].text, 'By Mirela Osei');
  });

  it('leaves out a sentence whose gold name does not fall on whole tokens', () => {
    assert.ok(!sentences.some((s) => s.text.includes('Kelso')));
  });

  it('counts what it kept and left out', () => {
    const counts = { articles: 0, sentences: 0, spans: 0, droppedSentences: 0, droppedSpans: 0 };
    articleSentences(text, 'harbour.txt', [...gold, { start: kelso, end: kelso + 5, type: 'LOC' }], counts);
    assert.deepEqual(counts, { articles: 1, sentences: 4, spans: 4, droppedSentences: 1, droppedSpans: 1 });
  });

  it('reads the text of a CRLF article at its own offsets', () => {
    const crlf = text.replace(/\n/gu, '\r\n');
    const out = articleSentences(crlf, 'harbour.txt', goldOf(crlf, [['PER', 'Colm Ferris']]));
    assert.deepEqual(out.flatMap(names), ['PER Colm Ferris']);
  });

  it('gives nothing for an empty article', () => {
    assert.deepEqual(articleSentences('', 'empty.txt', []), []);
  });

  it('never reads the held-out folders from 9 on', () => {
    for (const folder of OWN_ARTICLE_FOLDERS) {
      const n = /^ner-heldout(\d+)$/u.exec(folder);
      assert.ok(folder === 'ner' || (n && Number(n[1]) <= 8), folder);
    }
  });
});
