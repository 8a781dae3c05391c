import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { IndexWorkerPool } from '../../../src/core/index/node/worker-pool';
import { defaultModelBuffer } from '../../../src/core/ner/default-tagger';

/**
 * A stand-in index worker: answers every item, but dies on a text that says CRASH. Its answers'
 * `published` tells what model it was given: "shared <bytes>" for a SharedArrayBuffer.
 */
const STAND_IN = `
const { parentPort, workerData } = require('node:worker_threads');
const model = workerData && workerData.model;
const given = model instanceof SharedArrayBuffer ? 'shared ' + model.byteLength : String(model);
parentPort.on('message', (req) => {
  if (req.items.some((i) => i.text.includes('CRASH'))) process.exit(3);
  parentPort.postMessage({ id: req.id, strings: [], variants: [], results: req.items.map((i) => ({ file: i.file, hash: 'h', isArticle: true, title: i.text, published: given, mentions: new Uint32Array(0) })) });
});
`;

describe('index worker pool', () => {
  let dir: string;
  let script: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'byline-pool-'));
    script = path.join(dir, 'worker.js');
    writeFileSync(script, STAND_IN);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('analyses the rest of a batch when one file kills its worker, and keeps working afterwards', async () => {
    const pool = new IndexWorkerPool(script, { size: 2, maxHeapMb: 64 });
    try {
      const results = await pool.analyze(
        [
          { file: 'a.txt', text: 'first' },
          { file: 'huge.txt', text: 'CRASH' },
          { file: 'c.txt', text: 'third' },
        ],
        [],
      );
      assert.deepEqual(
        results.map((r) => [r.file, 'error' in r]),
        [
          ['a.txt', false],
          ['huge.txt', true],
          ['c.txt', false],
        ],
      );
      const again = await pool.analyze([{ file: 'd.txt', text: 'fourth' }], []);
      assert.equal('error' in again[0], false);
    } finally {
      await pool.dispose();
    }
  });

  it('gives every worker, replaced ones too, the model bytes its own thread read, in shared memory', async () => {
    const pool = new IndexWorkerPool(script, { size: 2 });
    try {
      const items = [1, 2, 3, 4].map((n) => ({ file: `${n}.txt`, text: String(n) }));
      const first = await Promise.all([pool.analyze(items.slice(0, 2), []), pool.analyze(items.slice(2), [])]);
      await pool.analyze([{ file: 'huge.txt', text: 'CRASH' }], []);
      const after = await pool.analyze(items, []);
      const expected = `shared ${defaultModelBuffer()?.byteLength}`;
      for (const r of [...first.flat(), ...after]) assert.equal('published' in r && r.published, expected);
    } finally {
      await pool.dispose();
    }
  });

  it('answers with errors, not a hang, after it was stopped', async () => {
    const pool = new IndexWorkerPool(script, { size: 1 });
    await pool.dispose();
    const results = await pool.analyze([{ file: 'a.txt', text: 'x' }], []);
    assert.ok('error' in results[0]);
  });
});
