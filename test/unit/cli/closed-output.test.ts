import { strict as assert } from 'node:assert';
import { EventEmitter } from 'node:events';
import { stopWhenOutputCloses } from '../../../src/cli/closed-output';

function pipeError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('stopWhenOutputCloses', () => {
  it('stops with exit code 0 when the reader closes the pipe (byline … | head)', () => {
    const stream = new EventEmitter();
    const codes: number[] = [];
    stopWhenOutputCloses(stream as NodeJS.WriteStream, (code) => codes.push(code));
    stream.emit('error', pipeError('EPIPE'));
    assert.deepEqual(codes, [0]);
  });

  it('stops with exit code 1 on any other write error', () => {
    const stream = new EventEmitter();
    const codes: number[] = [];
    const written: string[] = [];
    stopWhenOutputCloses(stream as NodeJS.WriteStream, (code) => codes.push(code), (line) => written.push(line));
    stream.emit('error', pipeError('ENOSPC'));
    assert.deepEqual(codes, [1]);
    assert.deepEqual(written, ['byline: cannot write the output: write ENOSPC']);
  });
});
