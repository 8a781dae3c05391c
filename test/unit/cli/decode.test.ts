import * as assert from 'node:assert/strict';
import { decodeText } from '../../../src/core/text/decode';

describe('decodeText', () => {
  it('keeps a BOM so offsets match the editor', () => {
    const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
    assert.deepEqual(result, { ok: true, text: '\uFEFFA' });
  });

  it('refuses binary, malformed UTF-8 and oversized input with a reason', () => {
    assert.equal((decodeText(new Uint8Array([0x47, 0x00, 0x41])) as { problem: string }).problem, 'binary');
    assert.equal((decodeText(new Uint8Array([0x43, 0xe9, 0x0a])) as { problem: string }).problem, 'invalid-utf8');
    assert.equal((decodeText(new Uint8Array(11), 10) as { problem: string }).problem, 'too-large');
  });
});
