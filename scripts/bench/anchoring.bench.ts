/** Re-anchoring speed: 1,000 annotations in a 1 MB article after edits elsewhere. Prints figures only. */
import { anchorQuote, describeRange } from '../../src/core/anchoring/anchor';
import { generateCorpus } from './generate-articles';

export async function run(): Promise<void> {
  const text = generateCorpus(1_000_000).join('\n');
  const step = Math.floor((text.length - 200) / 1000);
  const selectors = Array.from({ length: 1000 }, (_, i) => describeRange(text, i * step + 50, i * step + 110));
  // Insert a sentence every 100 KB, so most stored offsets are stale and need the quote search.
  let edited = text;
  for (let at = text.length - 1000; at > 0; at -= 100_000) edited = `${edited.slice(0, at)} An inserted sentence. ${edited.slice(at)}`;
  for (const [name, doc] of [['unchanged article', text], ['after edits', edited]] as const) {
    const started = process.hrtime.bigint();
    const results = selectors.map((s) => anchorQuote(doc, s));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const kinds = results.reduce<Record<string, number>>((acc, r) => ((acc[r.anchor] = (acc[r.anchor] ?? 0) + 1), acc), {});
    console.log(`${name.padEnd(18)} 1,000 annotations in ${(doc.length / 1e6).toFixed(2)} MB: ${ms.toFixed(1)} ms (${Object.entries(kinds).map(([k, v]) => `${v} ${k}`).join(', ')})`);
  }
}
