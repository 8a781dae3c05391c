import * as assert from 'node:assert/strict';
import { lineContext } from '../../../src/core/entities-view/line-context';

function mentionOf(text: string, needle: string, from = 0) {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length };
}

function highlighted(ctx: { label: string; highlight: [number, number] }): string {
  return ctx.label.slice(ctx.highlight[0], ctx.highlight[1]);
}

describe('lineContext', () => {
  it('shows only the mention\'s line with CRLF line ends', () => {
    const text = 'Headline\r\n\r\n  Putin met Pashinyan in Moscow.\r\nNext line';
    const ctx = lineContext(text, mentionOf(text, 'Pashinyan'));
    assert.equal(ctx.label, 'Putin met Pashinyan in Moscow.');
    assert.equal(highlighted(ctx), 'Pashinyan');
  });

  it('handles lone CR line ends and the first and last line', () => {
    const text = 'Moscow first\rlast Kyiv';
    assert.equal(lineContext(text, mentionOf(text, 'Moscow')).label, 'Moscow first');
    assert.equal(lineContext(text, mentionOf(text, 'Kyiv')).label, 'last Kyiv');
  });

  it('keeps the highlight on the mention after emoji earlier in the line', () => {
    const text = '🇦🇲 flag 😀 then Yerevan 🎉';
    const ctx = lineContext(text, mentionOf(text, 'Yerevan'));
    assert.equal(highlighted(ctx), 'Yerevan');
  });

  it('clips long lines around the mention without splitting an emoji', () => {
    const text = `${'😀'.repeat(100)} Yerevan ${'🎉'.repeat(100)}`;
    const ctx = lineContext(text, mentionOf(text, 'Yerevan'), 40);
    assert.equal(highlighted(ctx), 'Yerevan');
    assert.ok(ctx.label.length <= 40, `too long: ${ctx.label.length}`);
    assert.ok(ctx.label.startsWith('…') && ctx.label.endsWith('…'));
    // A lone surrogate would show as a replacement character.
    assert.doesNotMatch(ctx.label, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
  });

  it('collapses runs of whitespace and keeps the highlight aligned', () => {
    const text = 'In\t\tthe   city of   Gyumri,  he said';
    const ctx = lineContext(text, mentionOf(text, 'Gyumri'));
    assert.equal(ctx.label, 'In the city of Gyumri, he said');
    assert.equal(highlighted(ctx), 'Gyumri');
  });

  it('stops a mention that crosses a line break at the break', () => {
    const text = 'the Collective Security\nTreaty Organization';
    const ctx = lineContext(text, { start: 4, end: text.length });
    assert.equal(highlighted(ctx), 'Collective Security');
  });

  it('copes with an empty text', () => {
    assert.deepEqual(lineContext('', { start: 0, end: 0 }), { label: '', highlight: [0, 0] });
  });
});
