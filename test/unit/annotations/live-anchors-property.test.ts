import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ArticleAnnotations } from '../../../src/core/annotations/article-annotations';

const QUOTES = ['Armenia ceded three districts', 'inflation slowed for a second month', '4 million people'];
const FILLER = ['The CSTO is a Russia-led alliance. ', 'Peskov spoke on Wednesday 🇷🇺. ', 'Residents left.\r\n', 'Émigrés returned in spring.\n\n'];

function sidecarFor(quotes: readonly string[]): string {
  return `byline: 1\nannotations:\n${quotes.map((q, i) => `  - id: q${i}\n    quote: "${q}"\n`).join('')}`;
}

/** A keystroke batch as an editor reports it: non-overlapping edits, last first. */
const rawBatch = fc.array(fc.record({ where: fc.nat(), deleteLength: fc.nat({ max: 6 }), insertText: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { minLength: 1, maxLength: 3 });

describe('claims following typing (property)', () => {
  it('keeps every claim exactly on its words through random typing that leaves those words alone', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }), fc.array(rawBatch, { maxLength: 25 }), (filler, batches) => {
        let text = `${filler.join('')}${QUOTES[0]}. ${filler.join('')}${QUOTES[1]}; ${QUOTES[2]}. ${filler.join('')}`;
        const model = new ArticleAnnotations('a.txt', 'a.txt.byline.yaml');
        model.load(sidecarFor(QUOTES), text);
        for (const batch of batches) {
          // Protected zones: the claims' words as the model sees them now.
          const zones = model.anchored.map((a) => [a.result.start!, a.result.end!] as const);
          const edits: Array<{ offset: number; deleteLength: number; insertText: string }> = [];
          for (const raw of batch) {
            const offset = raw.where % (text.length + 1);
            const deleteLength = Math.min(raw.deleteLength, text.length - offset);
            const touches = zones.some(([s, e]) => offset < e && offset + deleteLength > s) || zones.some(([s, e]) => offset > s && offset < e);
            const overlaps = edits.some((x) => offset < x.offset + x.deleteLength + 1 && x.offset < offset + deleteLength + 1);
            if (!touches && !overlaps) edits.push({ offset, deleteLength, insertText: raw.insertText });
          }
          edits.sort((a, b) => b.offset - a.offset);
          for (const e of edits) text = text.slice(0, e.offset) + e.insertText + text.slice(e.offset + e.deleteLength);
          model.applyEdits(edits, text);
        }
        for (const a of model.anchored) {
          assert.notEqual(a.result.start, null, `claim ${a.annotation.id} lost`);
          assert.equal(text.slice(a.result.start!, a.result.end!), a.annotation.quote);
        }
        model.dispose();
      }),
      { numRuns: 1500 },
    );
  });
});
