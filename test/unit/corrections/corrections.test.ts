import * as assert from 'node:assert/strict';
import { applyCorrections } from '../../../src/core/corrections/corrections';
import { addCorrection, parseCorrections } from '../../../src/core/corrections/corrections-file';
import type { Entity } from '../../../src/core/model/types';

const text = 'RIA Novosti said Clear Skies Ltd and the Kremlin Pool met Peskov.';
const all = [{ start: 0, end: text.length }];
const entity = (type: Entity['type'], t: string): Entity => {
  const start = text.indexOf(t);
  return { type, text: t, start, end: start + t.length, canonical: t };
};

describe('entity corrections', () => {
  it('drops rejected mentions, retypes and adds missed ones', () => {
    const recognised = [entity('person', 'RIA Novosti'), entity('person', 'Clear'), entity('person', 'Peskov')];
    const corrected = applyCorrections(text, recognised, [
      { action: 'reject', text: 'Clear' },
      { action: 'retype', text: 'RIA Novosti', type: 'organization' },
      { action: 'add', text: 'Kremlin Pool', type: 'organization' },
    ], all);
    assert.deepEqual(corrected.map((e) => [e.type, e.text]), [['organization', 'RIA Novosti'], ['organization', 'Kremlin Pool'], ['person', 'Peskov']]);
    for (const e of corrected) assert.equal(text.slice(e.start, e.end), e.text);
  });

  it('adds only whole-word occurrences inside the searchable ranges', () => {
    const t = 'Pool party. Kremlin Pool. Kremlin Pools.';
    const added = applyCorrections(t, [], [{ action: 'add', text: 'Kremlin Pool', type: 'organization' }], [{ start: 0, end: 30 }]);
    assert.deepEqual(added.map((e) => e.start), [12]);
  });

  it('lets a rejection name a type so other uses of the word stay', () => {
    const recognised = [entity('person', 'Peskov'), { ...entity('organization', 'Peskov') }];
    const out = applyCorrections(text, recognised, [{ action: 'reject', text: 'Peskov', type: 'organization' }], all);
    assert.deepEqual(out.map((e) => e.type), ['person']);
  });
});

describe('corrections file', () => {
  it('reads corrections and reports bad entries with a line number', () => {
    const file = parseCorrections('byline: 1\ncorrections:\n  - action: reject\n    text: Clear\n  - action: explode\n    text: X\n    type: person\n');
    assert.equal(file.corrections.length, 1);
    assert.equal(file.problems.length, 1);
    assert.equal(file.problems[0].line, 5);
  });

  it('creates a commented file, then adds entries keeping comments and unknown keys', () => {
    const first = addCorrection(undefined, { action: 'reject', text: 'Clear' });
    assert.ok(first && first.startsWith('# Byline entity corrections'));
    const edited = first.replace('byline: 1', 'byline: 1\nreviewer: dana # who checks these');
    const second = addCorrection(edited, { action: 'retype', text: 'RIA Novosti', type: 'organization' });
    assert.ok(second);
    assert.ok(second.includes('reviewer: dana # who checks these'));
    assert.deepEqual(parseCorrections(second).corrections.map((c) => c.text), ['Clear', 'RIA Novosti']);
  });

  it('replaces an earlier decision about the same text', () => {
    const first = addCorrection(undefined, { action: 'reject', text: 'Kremlin' });
    const second = addCorrection(first ?? '', { action: 'retype', text: 'Kremlin', type: 'organization' });
    assert.deepEqual(parseCorrections(second ?? '').corrections, [{ action: 'retype', text: 'Kremlin', type: 'organization' }]);
  });

  it('refuses to rewrite a file that does not parse', () => {
    assert.equal(addCorrection('corrections: [\n  - {action: reject', { action: 'reject', text: 'X' }), null);
  });
});
