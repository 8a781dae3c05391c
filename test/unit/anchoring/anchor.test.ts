import * as assert from 'node:assert/strict';
import { anchorAnnotation, describeRange } from '../../../src/core/anchoring/anchor';
import { shiftRange } from '../../../src/core/anchoring/shift';

const text = 'Armenia ceded three districts. Later, Armenia ceded three districts again. The end.';

describe('anchorAnnotation', () => {
  it('trusts the stored offsets while the text there still equals the quote', () => {
    const sel = describeRange(text, 38, 67);
    assert.deepEqual(anchorAnnotation(text, sel), { anchor: 'exact', start: 38, end: 67, text: 'Armenia ceded three districts' });
  });

  it('finds the quote elsewhere after an edit, choosing the occurrence whose context matches', () => {
    const sel = describeRange(text, 38, 67);
    const edited = `BREAKING: ${text}`;
    const found = anchorAnnotation(edited, sel);
    assert.equal(found.anchor, 'moved');
    assert.equal(found.start, 38 + 10);
  });

  it('prefers better context over closeness to the old offset', () => {
    const sel = { ...describeRange(text, 0, 29), start: 40, end: 69 };
    assert.equal(anchorAnnotation(text, sel).start, 0);
  });

  it('falls back to an approximate match when the words changed a little', () => {
    const once = 'Under the deal, Armenia ceded three districts to Azerbaijan.';
    const sel = describeRange(once, 16, 45);
    const edited = once.replace('three', '3');
    const found = anchorAnnotation(edited, sel);
    assert.equal(found.anchor, 'fuzzy');
    assert.equal(found.text, 'Armenia ceded 3 districts');
  });

  it('makes an orphan, never a wrong guess, when the quote is gone', () => {
    assert.deepEqual(anchorAnnotation('Nothing of the kind here.', { quote: 'Armenia ceded three districts' }), { anchor: 'orphan', start: null, end: null, text: null });
  });

  it('finds a hand-written quote without offsets', () => {
    assert.equal(anchorAnnotation(text, { quote: 'The end.' }).anchor, 'exact');
  });

  it('ranks candidates by context: a matching prefix and suffix beat a closer offset', () => {
    const doc = 'He said: the deal is done. Later she said: the deal is done. Then nothing.';
    const second = doc.lastIndexOf('the deal is done');
    const sel = { ...describeRange(doc, second, second + 16), start: 0, end: 16 };
    assert.equal(anchorAnnotation(doc, sel).start, second);
  });

  it('ranks candidates by closeness to the old offset when their contexts fit equally well', () => {
    const doc = 'x the deal is done x. x the deal is done x. x the deal is done x.';
    const third = doc.lastIndexOf('the deal');
    const sel = { quote: 'the deal is done', prefix: 'x ', suffix: ' x', start: third + 3, end: third + 19 };
    assert.equal(anchorAnnotation(doc, sel).start, third);
    assert.equal(anchorAnnotation(doc, { ...sel, start: 1, end: 17 }).start, 2);
  });

  it('prefers the approximate match with fewer changed characters over one with better context', () => {
    const doc = 'Prices rose by nine percent in May. Elsewhere prices rose by 9 per cent in May.';
    const sel = { quote: 'prices rose by nine per cent', prefix: 'Elsewhere ', suffix: ' in May.', start: 46, end: 74 };
    const found = anchorAnnotation(doc, sel);
    assert.equal(found.anchor, 'fuzzy');
    assert.equal(found.text, 'Prices rose by nine percent');
  });

  it('keeps a claim reworded in place rather than jumping to the same words in another context', () => {
    const middle = 'Negotiators met for nine hours in Moscow before the text was read out on state television after midnight, and crowds gathered outside parliament in Yerevan. ';
    const once = `Under the deal, Armenia ceded seven districts to Azerbaijan. ${middle}Earlier drafts said Armenia ceded seven districts in all.`;
    const sel = describeRange(once, 16, 45);
    const edited = once.replace('Armenia ceded seven districts to', 'Armenia ceded eight districts to');
    const found = anchorAnnotation(edited, sel);
    assert.equal(found.anchor, 'fuzzy');
    assert.ok(found.start! < 30);
  });

  it('finds a quote written with CRLF in an article checked out with LF, and the other way round', () => {
    const lf = 'Intro.\n\nFirst line\nsecond line of the claim.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const fromCrlf = anchorAnnotation(lf, { quote: 'First line\r\nsecond line', start: 8, end: 31 });
    assert.equal(fromCrlf.anchor, 'moved');
    assert.equal(lf.slice(fromCrlf.start!, fromCrlf.end!), 'First line\nsecond line');
    const fromLf = anchorAnnotation(crlf, { quote: 'First line\nsecond line' });
    assert.equal(crlf.slice(fromLf.start!, fromLf.end!), 'First line\r\nsecond line');
  });

  it('never cuts an emoji in half when storing context', () => {
    const doc = 'Fans 🎉🎉 cheered the team 🏆 all night';
    const start = doc.indexOf('cheered');
    for (let from = start - 3; from <= start + 1; from++) {
      const d = describeRange(doc, start, start + 18);
      assert.ok(!/^[\udc00-\udfff]/u.test(d.prefix) && !/[\ud800-\udbff]$/u.test(d.suffix));
      assert.equal(anchorAnnotation(`!${doc}`, d).start, start + 1);
    }
    const tight = describeRange(doc, 6, 8);
    assert.ok(tight.prefix.length <= 32 && !/[\ud800-\udbff]$/u.test(tight.suffix));
  });

  it('makes an orphan of an empty quote and of an empty article', () => {
    assert.equal(anchorAnnotation('Some text', { quote: '' }).anchor, 'orphan');
    assert.equal(anchorAnnotation('', { quote: 'Some text', start: 0, end: 9 }).anchor, 'orphan');
  });

  it('re-anchors in a large article with a repeated quote in bounded time, choosing by context', () => {
    const filler = 'The committee met again and adjourned without a vote. '.repeat(20_000);
    const doc = `${filler}Unique lead: the committee met again and adjourned. ${filler}`;
    // The quote occurs 40,001 times; only one has this context.
    const at = doc.indexOf('committee met again and adjourned. ');
    const sel = describeRange(doc, at, at + 'committee met again and adjourned'.length);
    const found = anchorAnnotation(`Update. ${doc}`, sel);
    assert.deepEqual([found.anchor, found.start], ['moved', at + 8]);
  });
});

describe('shiftRange', () => {
  it('shifts for edits before, ignores edits after, and flags edits inside', () => {
    assert.deepEqual(shiftRange({ start: 10, end: 20 }, [{ offset: 0, deleteLength: 0, insertText: 'abc' }]), { range: { start: 13, end: 23 }, touched: false });
    assert.deepEqual(shiftRange({ start: 10, end: 20 }, [{ offset: 25, deleteLength: 3, insertText: '' }]), { range: { start: 10, end: 20 }, touched: false });
    assert.equal(shiftRange({ start: 10, end: 20 }, [{ offset: 12, deleteLength: 2, insertText: 'xyz' }]).touched, true);
  });
});
