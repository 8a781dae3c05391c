import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { defaultModelBuffer, defaultModelId, loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { createTagger } from '../../../src/core/ner/index';

const MODEL = path.join(__dirname, '..', '..', '..', 'data', 'ner', 'model.bin');

describe('the shipped model', () => {
  it('is read once into shared memory holding exactly the file', () => {
    const shared = defaultModelBuffer();
    assert.ok(shared instanceof SharedArrayBuffer);
    assert.equal(defaultModelBuffer(), shared);
    assert.ok(Buffer.from(readFileSync(MODEL)).equals(Buffer.from(new Uint8Array(shared))));
  });

  it('tags the same through a second tagger over the shared bytes, as a worker thread would', () => {
    const text = 'Armenian Prime Minister Nikol Pashinyan met the Collective Security Treaty Organization in Moscow.';
    const whole = [{ start: 0, end: text.length }];
    const shared = defaultModelBuffer();
    assert.ok(shared);
    assert.deepEqual(createTagger(new Uint8Array(shared)).find(text, whole), loadDefaultTagger().find(text, whole));
  });

  it('is identified by its size and content, the same on every call', () => {
    const id = defaultModelId();
    assert.match(id, new RegExp(`^model-${readFileSync(MODEL).length}-[0-9a-f]{14}$`));
    assert.equal(defaultModelId(), id);
  });
});
