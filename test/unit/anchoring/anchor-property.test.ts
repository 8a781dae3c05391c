import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorAnnotation, CONTEXT_LENGTH, describeRange } from '../../../src/core/anchoring/anchor';
import { shiftAnchors, type TextEdit } from '../../../src/core/anchoring/shift';

const QUOTE = 'Armenia ceded three districts';
const SENTENCES = [
  'The CSTO is a Russia-led alliance.',
  'Peskov spoke on Wednesday.',
  'Talks resumed in Moscow 🇷🇺 after a pause.',
  'Residents left before the handover.\r\n',
  // A decoy: the same words in another context.
  `Critics said ${QUOTE} too quickly.`,
  'Émigrés returned in spring.\n\n',
];

/** An edit drawn as numbers, placed later where it may go. */
const rawEdit = fc.record({ where: fc.nat(), deleteLength: fc.nat({ max: 8 }), insertText: fc.string({ unit: 'grapheme', maxLength: 12 }) });

/**
 * Applies raw edits to `doc`, each only in the allowed zones (outside the quote and outside a
 * `margin` of characters either side of it), and tracks the quote with `shiftAnchors`.
 */
function applyOutside(doc: string, start: number, end: number, raws: Array<{ where: number; deleteLength: number; insertText: string }>, margin: number) {
  for (const raw of raws) {
    const beforeZone = Math.max(0, start - margin);
    const afterZone = end + margin;
    const slots = beforeZone + 1 + Math.max(0, doc.length - afterZone + 1);
    const pick = raw.where % slots;
    let edit: TextEdit;
    if (pick <= beforeZone) {
      edit = { offset: pick, deleteLength: Math.min(raw.deleteLength, beforeZone - pick), insertText: raw.insertText };
    } else {
      const offset = afterZone + (pick - beforeZone - 1);
      edit = { offset, deleteLength: Math.min(raw.deleteLength, doc.length - offset), insertText: raw.insertText };
    }
    if (edit.offset > doc.length) continue;
    doc = doc.slice(0, edit.offset) + edit.insertText + doc.slice(edit.offset + edit.deleteLength);
    const [moved] = shiftAnchors([{ start, end }], [edit]);
    assert.equal(moved.touched, false);
    ({ start, end } = moved);
  }
  return { doc, start, end };
}

const article = fc
  .tuple(fc.array(fc.constantFrom(...SENTENCES), { maxLength: 8 }), fc.array(fc.constantFrom(...SENTENCES), { maxLength: 8 }))
  .map(([before, after]) => {
    const head = `${before.join(' ')} Under the deal, `;
    return { text: `${head}${QUOTE} to Azerbaijan. ${after.join(' ')}`, start: head.length };
  });

describe('anchoring properties', () => {
  it('lands exactly on an unchanged quote after random edits anywhere outside it (unique quote)', () => {
    fc.assert(
      fc.property(article.filter((a) => a.text.indexOf(QUOTE) === a.text.lastIndexOf(QUOTE)), fc.array(rawEdit, { maxLength: 10 }), (a, raws) => {
        const sel = describeRange(a.text, a.start, a.start + QUOTE.length);
        const after = applyOutside(a.text, sel.start, sel.end, raws, 0);
        fc.pre(after.doc.indexOf(QUOTE) === after.doc.lastIndexOf(QUOTE));
        const found = anchorAnnotation(after.doc, sel);
        assert.deepEqual([found.start, found.end], [after.start, after.end]);
        assert.ok(found.anchor === 'exact' || found.anchor === 'moved');
      }),
      { numRuns: 3000 },
    );
  });

  it('lands exactly on an unchanged quote among decoys when edits leave its context alone', () => {
    fc.assert(
      fc.property(article, fc.array(rawEdit, { maxLength: 10 }), (a, raws) => {
        const sel = describeRange(a.text, a.start, a.start + QUOTE.length);
        const after = applyOutside(a.text, sel.start, sel.end, raws, CONTEXT_LENGTH);
        const found = anchorAnnotation(after.doc, sel);
        assert.deepEqual([found.start, found.end], [after.start, after.end]);
      }),
      { numRuns: 3000 },
    );
  });

  it('never reports a position whose text differs from the quote unless the anchor is fuzzy', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.nat(), (text, quote, hint) => {
        const found = anchorAnnotation(text, { quote, start: hint % (text.length + 1), end: (hint % (text.length + 1)) + quote.length });
        if (found.anchor === 'exact' || found.anchor === 'moved') assert.equal(text.slice(found.start, found.end), quote);
        if (found.anchor === 'orphan') assert.equal(text.includes(quote), false);
      }),
      { numRuns: 2000 },
    );
  });
});
