import * as assert from 'node:assert/strict';
import { GAZ, Gazetteer } from '../../../src/core/ner/gazetteer';
import { decodeModel, encodeModel, ModelError } from '../../../src/core/ner/model-file';
import { NUM_LABELS } from '../../../src/core/ner/sequence-model';

const BITS = 10;
/** Where the cluster section starts: header, transitions, weights (see `encodeModel`). */
const CLUSTERS = 20 + (NUM_LABELS + 1) * NUM_LABELS * 4 + (1 << BITS) * NUM_LABELS;
const WORDS = ['moscow', 'yerevan', 'pashinyan', 'the', 'kyiv'];

function model(): { bytes: Uint8Array; transitions: Float32Array; weights: Int8Array } {
  const transitions = Float32Array.from({ length: (NUM_LABELS + 1) * NUM_LABELS }, (_, i) => i / 3 - 5);
  const weights = Int8Array.from({ length: (1 << BITS) * NUM_LABELS }, (_, i) => ((i * 37) % 255) - 127);
  const lists = new Gazetteer();
  lists.add('Collective Security Treaty Organization', GAZ.organization);
  lists.add('Yerevan', GAZ.city);
  const ids = [WORDS.map((_, i) => i), WORDS.map((_, i) => 1000 + i)];
  return { bytes: encodeModel(BITS, 0.25, transitions, weights, { words: WORDS, ids }, lists, 1), transitions, weights };
}

const isModelError = (code: ModelError['code']) => (e: unknown) => e instanceof ModelError && e.code === code && /^byline model: /.test(e.message);

describe('the model file', () => {
  it('gives back the weights, transitions, clusters and name lists it was written with', () => {
    const { bytes, transitions, weights } = model();
    const m = decodeModel(bytes);
    assert.deepEqual([...m.weights], [...weights]);
    assert.deepEqual([...m.transitions], [...transitions]);
    assert.equal(m.scale, 0.25);
    assert.equal(m.domain, 1);
    assert.equal(m.mask, (1 << BITS) - 1);
    WORDS.forEach((w, i) => assert.deepEqual(m.clusters?.lookup(w), [i, 1000 + i]));
    assert.equal(m.clusters?.lookup('paris'), undefined);
    assert.deepEqual(m.gazetteer?.matches(['In', 'YEREVAN', 'the', 'Collective', 'Security', 'Treaty', 'Organization']), [
      { first: 1, last: 1, bits: GAZ.city },
      { first: 3, last: 6, bits: GAZ.organization },
    ]);
  });

  it('uses the bytes it is given rather than copies of its large tables', () => {
    const { bytes } = model();
    const m = decodeModel(bytes);
    assert.equal(m.weights.buffer, bytes.buffer);
    bytes[CLUSTERS - 1] = 99;
    assert.equal(m.weights[m.weights.length - 1], 99);
  });

  it('reads a model placed at any offset of a larger buffer, a shared one too', () => {
    const { bytes } = model();
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length + 3));
    shared.set(bytes, 3);
    const m = decodeModel(shared.subarray(3));
    assert.deepEqual(m.clusters?.lookup('kyiv'), [4, 1004]);
  });

  it('has no clusters or name lists when none were given', () => {
    const m = decodeModel(encodeModel(BITS, 1, new Float32Array((NUM_LABELS + 1) * NUM_LABELS), new Int8Array((1 << BITS) * NUM_LABELS)));
    assert.equal(m.clusters, undefined);
    assert.equal(m.gazetteer, undefined);
  });

  it('refuses another format or version', () => {
    const { bytes } = model();
    const old = bytes.slice();
    old.set([0x42, 0x59, 0x4c, 0x33]);
    assert.throws(() => decodeModel(old), isModelError('format'));
    assert.throws(() => decodeModel(new Uint8Array(3)), isModelError('format'));
  });

  it('refuses a truncated or padded file', () => {
    const { bytes } = model();
    for (const cut of [1, 7, 100, bytes.length - CLUSTERS]) assert.throws(() => decodeModel(bytes.subarray(0, bytes.length - cut)), isModelError('size'), String(cut));
    const padded = new Uint8Array(bytes.length + 4);
    padded.set(bytes);
    assert.throws(() => decodeModel(padded), isModelError('size'));
  });

  it('refuses tables of impossible sizes without allocating them', () => {
    const edit = (at: number, value: number) => {
      const bytes = model().bytes;
      new DataView(bytes.buffer).setUint32(at, value, true);
      return bytes;
    };
    // Cluster section: u32 levels, then the string table's u32 keys, u32 slots, u32 byte length.
    assert.throws(() => decodeModel(edit(CLUSTERS, 200)), isModelError('size'), 'levels');
    assert.throws(() => decodeModel(edit(CLUSTERS + 4, 0xffffffff)), isModelError('size'), 'keys');
    assert.throws(() => decodeModel(edit(CLUSTERS + 8, 12)), isModelError('size'), 'slots not a power of two');
    assert.throws(() => decodeModel(edit(CLUSTERS + 8, 4)), isModelError('size'), 'fewer slots than keys');
    assert.throws(() => decodeModel(edit(CLUSTERS + 12, 3)), isModelError('size'), 'byte length');
  });
});
