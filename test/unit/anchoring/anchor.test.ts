import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorQuote, describeRange } from '../../../src/core/anchoring/anchor';
import { shiftRange } from '../../../src/core/anchoring/shift';

const text = 'Armenia ceded three districts. Later, Armenia ceded three districts again. The end.';

describe('anchorQuote', () => {
  it('trusts the stored offsets while the text there still equals the quote', () => {
    const sel = describeRange(text, 38, 67);
    assert.deepEqual(anchorQuote(text, sel), { anchor: 'exact', start: 38, end: 67, text: 'Armenia ceded three districts' });
  });

  it('finds the quote elsewhere after an edit, choosing the occurrence whose context matches', () => {
    const sel = describeRange(text, 38, 67);
    const edited = `BREAKING: ${text}`;
    const found = anchorQuote(edited, sel);
    assert.equal(found.anchor, 'moved');
    assert.equal(found.start, 38 + 10);
  });

  it('prefers better context over closeness to the old offset', () => {
    const sel = { ...describeRange(text, 0, 29), start: 40, end: 69 };
    assert.equal(anchorQuote(text, sel).start, 0);
  });

  it('falls back to an approximate match when the words changed a little', () => {
    const once = 'Under the deal, Armenia ceded three districts to Azerbaijan.';
    const sel = describeRange(once, 16, 45);
    const edited = once.replace('three', '3');
    const found = anchorQuote(edited, sel);
    assert.equal(found.anchor, 'fuzzy');
    assert.equal(found.text, 'Armenia ceded 3 districts');
  });

  it('makes an orphan, never a wrong guess, when the quote is gone', () => {
    assert.deepEqual(anchorQuote('Nothing of the kind here.', { quote: 'Armenia ceded three districts' }), { anchor: 'orphan', start: null, end: null, text: null });
  });

  it('finds a hand-written quote without offsets', () => {
    assert.equal(anchorQuote(text, { quote: 'The end.' }).anchor, 'exact');
  });

  it('lands exactly on an unchanged quote after random edits elsewhere', () => {
    const base = 'The CSTO is a Russia-led alliance. Under the deal, Armenia ceded three districts. Peskov spoke on Wednesday.';
    const qStart = base.indexOf('Armenia ceded');
    const qEnd = qStart + 'Armenia ceded three districts'.length;
    const edit = fc.record({ where: fc.nat(), deleteLength: fc.nat(6), insertText: fc.string({ unit: 'grapheme', maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), (edits) => {
        let doc = base;
        let start = qStart;
        let end = qEnd;
        const sel = describeRange(base, qStart, qEnd);
        for (const e of edits) {
          // Only edits that leave the quote's characters alone.
          const before = start;
          const after = doc.length - end;
          const pick = e.where % (before + after + 1);
          const offset = pick <= before ? pick : end + (pick - before);
          const deleteLength = offset <= start ? Math.min(e.deleteLength, start - offset) : Math.min(e.deleteLength, doc.length - offset);
          doc = doc.slice(0, offset) + e.insertText + doc.slice(offset + deleteLength);
          ({ start, end } = shiftRange({ start, end }, [{ offset, deleteLength, insertText: e.insertText }]).range);
        }
        const found = anchorQuote(doc, sel);
        assert.notEqual(found.anchor, 'orphan');
        assert.equal(doc.slice(found.start!, found.end!), sel.quote);
        assert.equal(found.start, start);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('shiftRange', () => {
  it('shifts for edits before, ignores edits after, and flags edits inside', () => {
    assert.deepEqual(shiftRange({ start: 10, end: 20 }, [{ offset: 0, deleteLength: 0, insertText: 'abc' }]), { range: { start: 13, end: 23 }, touched: false });
    assert.deepEqual(shiftRange({ start: 10, end: 20 }, [{ offset: 25, deleteLength: 3, insertText: '' }]), { range: { start: 10, end: 20 }, touched: false });
    assert.equal(shiftRange({ start: 10, end: 20 }, [{ offset: 12, deleteLength: 2, insertText: 'xyz' }]).touched, true);
  });
});
