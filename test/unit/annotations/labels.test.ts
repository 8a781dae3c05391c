import * as assert from 'node:assert/strict';
import { DEFAULT_LABELS, LABELS_FILE, labelFor, loadLabelSet, parseLabelSet } from '../../../src/core/annotations/labels';
import { STATUSES } from '../../../src/core/sidecar/sidecar-format';

describe('labels', () => {
  it('gives every workspace six labels with distinct one-key shortcuts and every status a look', async () => {
    const set = await loadLabelSet(async () => undefined);
    assert.deepEqual(set.labels.map((l) => l.name), ['claim', 'quote', 'statistic', 'attribution', 'opinion', 'question']);
    assert.equal(new Set(DEFAULT_LABELS.map((l) => l.key)).size, DEFAULT_LABELS.length);
    assert.deepEqual(set.statuses.map((s) => s.name), [...STATUSES]);
  });

  it('reads the workspace file, filling in missing shortcuts and colours', async () => {
    let asked = '';
    const set = await loadLabelSet(async (p) => {
      asked = p;
      return 'labels:\n  - name: claim\n    key: c\n  - name: casualty figure\n  - name: correction\n    color: "#123456"\n';
    });
    assert.equal(asked, LABELS_FILE);
    assert.deepEqual(set.labels.map((l) => [l.name, l.key]), [['claim', 'c'], ['casualty figure', 'a'], ['correction', 'o']]);
    assert.equal(set.labels[2].color, '#123456');
    assert.match(set.labels[1].color, /^#[0-9a-f]{6}$/);
    assert.deepEqual(set.problems, []);
  });

  it('restyles statuses but never adds one the format does not know', () => {
    const set = parseLabelSet('statuses:\n  - name: verified\n    color: "#00ff00"\n  - name: probably\n');
    assert.equal(set.statuses.find((s) => s.name === 'verified')!.color, '#00ff00');
    assert.deepEqual(set.statuses.map((s) => s.name), [...STATUSES]);
    assert.deepEqual(set.problems.map((p) => p.line), [4]);
  });

  it('falls back to the defaults with located problems for a broken or odd file', () => {
    const broken = parseLabelSet('labels: [\n');
    assert.equal(broken.labels.length, DEFAULT_LABELS.length);
    assert.equal(broken.problems[0].code, 'yaml');
    const odd = parseLabelSet('labels:\n  - name: a\n    key: xy\n    color: red\n  - name: a\n  - key: z\n');
    assert.deepEqual(odd.problems.map((p) => [p.line, p.message.split(' ')[0]]), [[4, '`color`'], [3, '`key`'], [5, 'label'], [6, 'each']]);
  });

  it('reports a shortcut used twice and gives the second label another', () => {
    const set = parseLabelSet('labels:\n  - name: claim\n    key: c\n  - name: count\n    key: c\n');
    assert.equal(set.problems.length, 1);
    assert.notEqual(set.labels[1].key, 'c');
  });

  it('shows an unknown label in a neutral colour rather than failing', () => {
    assert.equal(labelFor(parseLabelSet(''), 'rumour').name, 'rumour');
  });
});
