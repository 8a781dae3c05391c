import * as assert from 'node:assert/strict';
import { splitLines } from '../../../src/core/article/lines';

/** Each line as `start-end:text`. */
const shown = (text: string) => splitLines(text).map((l) => `${l.start}-${l.end}:${l.text}`);

describe('splitLines', () => {
  it('ends a line at LF, CRLF and a lone CR, with exact offsets and indexes', () => {
    assert.deepEqual(shown('Lead\nSecond\r\nThird\rFourth'), ['0-4:Lead', '5-11:Second', '13-18:Third', '19-25:Fourth']);
    assert.deepEqual(
      splitLines('a\r\nb').map((l) => l.index),
      [0, 1],
    );
  });

  it('gives an empty line for a blank line, a closing line break and an empty text', () => {
    assert.deepEqual(shown('One\n\nTwo\n'), ['0-3:One', '4-4:', '5-8:Two', '9-9:']);
    assert.deepEqual(shown(''), ['0-0:']);
    assert.deepEqual(shown('\r\n\r'), ['0-0:', '2-2:', '3-3:']);
  });

  it('keeps a leading byte order mark out of the first line but in the offsets', () => {
    assert.deepEqual(shown('\ufeffTitle\nBody'), ['1-6:Title', '7-11:Body']);
  });

  it('reads a CR right before an LF as one break, and an LF before a CR as two', () => {
    assert.deepEqual(shown('x\n\ry'), ['0-1:x', '2-2:', '3-4:y']);
  });
});
