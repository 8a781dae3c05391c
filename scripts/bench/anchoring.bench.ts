/** Re-anchoring speed: 1,000 annotations in a 1 MB article after edits. Prints figures only. */
import { anchorAnnotation, describeRange } from '../../src/core/anchoring/anchor';
import { shiftAnchors, type TextEdit } from '../../src/core/anchoring/shift';
import { generateCorpus } from './generate-articles';

function time<T>(work: () => T): { ms: number; value: T } {
  const started = process.hrtime.bigint();
  const value = work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

export async function run(): Promise<void> {
  const text = generateCorpus(1_000_000).join('\n');
  const step = Math.floor((text.length - 200) / 1000);
  const selectors = Array.from({ length: 1000 }, (_, i) => describeRange(text, i * step + 50, i * step + 110));
  // A sentence inserted every 100 KB: most stored offsets are stale and need the quote search.
  let edited = text;
  for (let at = text.length - 1000; at > 0; at -= 100_000) edited = `${edited.slice(0, at)} An inserted sentence. ${edited.slice(at)}`;
  // One character changed inside every tenth quote: those need the approximate search.
  let reworded = edited;
  const fuzzyTargets = selectors.filter((_, i) => i % 10 === 0).map((s) => anchorAnnotation(edited, s));
  for (const r of fuzzyTargets.reverse()) if (r.start !== null) reworded = `${reworded.slice(0, r.start + 20)}#${reworded.slice(r.start + 21)}`;

  for (const [name, doc] of [['unchanged article', text], ['after insertions', edited], ['10% reworded', reworded]] as const) {
    const { ms, value } = time(() => selectors.map((s) => anchorAnnotation(doc, s)));
    const kinds = value.reduce<Record<string, number>>((acc, r) => ((acc[r.anchor] = (acc[r.anchor] ?? 0) + 1), acc), {});
    console.log(`${name.padEnd(18)} 1,000 annotations in ${(doc.length / 1e6).toFixed(2)} MB: ${ms.toFixed(1)} ms (${Object.entries(kinds).map(([k, v]) => `${v} ${k}`).join(', ')})`);
  }

  // Live typing: 1,000 keystrokes shifting 1,000 anchors.
  const anchors = selectors.map((s) => ({ start: s.start, end: s.end }));
  const keystrokes: TextEdit[] = Array.from({ length: 1000 }, (_, i) => ({ offset: (i * 997) % text.length, deleteLength: 0, insertText: 'x' }));
  const { ms } = time(() => keystrokes.reduce((a, k) => shiftAnchors(a, [k]), anchors));
  console.log(`shiftAnchors       1,000 keystrokes × 1,000 anchors: ${ms.toFixed(1)} ms (${(ms / 1000).toFixed(3)} ms per keystroke)`);
}
