/** Why a file's bytes could not be read as article text. */
export type DecodeProblem = 'binary' | 'too-large' | 'invalid-utf8';

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: DecodeProblem; message: string };

/** Articles are text; anything bigger than this is almost certainly a dump or a mistake. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns file bytes into text without losing anything: the BOM is kept (so offsets match the editor),
 * NUL bytes mark a binary file, and malformed UTF-8 is refused rather than silently replaced.
 */
export function decodeText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, problem: 'too-large', message: `file is ${bytes.length} bytes, over the ${maxBytes}-byte limit` };
  }
  // Text files essentially never contain NUL; a NUL in the first 8 KB is the classic binary test.
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { ok: false, problem: 'binary', message: 'binary file (contains NUL bytes)' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, problem: 'invalid-utf8', message: 'not valid UTF-8 text' };
  }
}
