import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseSidecar, serializeSidecar } from '../../../src/core/sidecar/parse-sidecar';
import { reanchorAll, writeAnchors } from '../../../src/core/sidecar/reanchor';
import { fixturesDir, readFixture } from '../helpers/fixtures';

const sound = readdirSync(path.join(fixturesDir, 'sidecars')).filter((f) => f.endsWith('.byline.yaml') && !f.startsWith('broken'));

describe('sidecar round trips', () => {
  for (const name of sound) {
    it(`writes ${name} back byte for byte when nothing changed`, () => {
      const text = readFixture('sidecars', name);
      assert.equal(serializeSidecar(parseSidecar(text).document), text);
    });

    it(`writes ${name} back byte for byte after re-anchoring in its unchanged article`, () => {
      const text = readFixture('sidecars', name);
      const article = readFixture('sidecars', name.replace(/\.byline\.yaml$/u, ''));
      const parsed = parseSidecar(text);
      const anchored = reanchorAll(article, parsed.annotations);
      if (parsed.annotations.every((a) => a.start !== undefined && a.prefix !== undefined) && anchored.every((a) => a.result.anchor === 'exact' || a.result.anchor === 'orphan')) {
        assert.equal(writeAnchors(parsed.document, article, anchored), text);
      } else {
        // Hand-written annotations gain offsets and context; the lines already there stay.
        const next = writeAnchors(parsed.document, article, anchored)!;
        for (const line of text.split('\n')) assert.ok(next.includes(line), line);
      }
    });
  }

  it('keeps CRLF line endings, emoji and comments of a sidecar written on Windows', () => {
    const text = readFixture('sidecars', 'crlf-emoji.txt.byline.yaml');
    assert.ok(text.includes('\r\n'));
    const parsed = parseSidecar(text);
    assert.deepEqual(parsed.annotations.map((a) => a.tags), [['rent', '🏠'], [], []]);
    assert.equal(parsed.annotations[1].note, 'Checked with her by phone 📞.\n');
  });

  it('reads an unquoted `status: false` as the status "false"', () => {
    assert.equal(parseSidecar('annotations:\n  - id: a\n    quote: q\n    status: false\n').annotations[0].status, 'false');
  });

  it('keeps a byte-order mark and reads the file behind it', () => {
    const text = `\uFEFF${readFixture('sidecars', 'minimal.txt.byline.yaml')}`;
    const parsed = parseSidecar(text);
    assert.deepEqual(parsed.annotations.map((a) => a.id), ['g1', '2']);
    assert.equal(serializeSidecar(parsed.document), text);
  });

  it('reads a huge sidecar (5,000 annotations) without trouble', () => {
    const items = Array.from({ length: 5000 }, (_, i) => `  - id: a${i}\n    quote: "claim number ${i} 🎯"\n`).join('');
    const parsed = parseSidecar(`byline: 1\nannotations:\n${items}`);
    assert.equal(parsed.annotations.length, 5000);
    assert.deepEqual(parsed.problems, []);
  });
});
