import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { reanchorAll, writeAnchors } from '../../core/sidecar/reanchor';
import type { CliCommand } from '../command';
import { type CliIo, UsageError } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { loadPair } from '../load-sidecar';
import { collectSidecars } from '../sidecar-inputs';

const usage = `Usage: byline reanchor PATH...

Re-anchors annotations after the articles changed (say, after git pull) and writes the new offsets,
context and statuses into their sidecars, keeping comments, unknown keys and orphans. A sidecar that
does not parse is reported and left untouched. Writes are atomic and skip files that changed while
being processed.`;

export const reanchorCommand: CliCommand = {
  name: 'reanchor',
  summary: 'write updated anchors into sidecars (keeps comments, unknown keys and orphans)',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, {});
    if (parsed.positionals.length === 0) throw new UsageError('no PATH given (try byline reanchor --help)');
    const { pairs, errors } = await collectSidecars(parsed.positionals);
    let failed = errors.length > 0;
    for (const e of errors) io.stderr(`byline: ${e}`);
    for (const pair of pairs) {
      const loaded = await loadPair(pair);
      if ('error' in loaded || loaded.articleText === null) {
        io.stderr(`byline: ${'error' in loaded ? `${loaded.sidecar}: ${loaded.error}` : `${loaded.article}: ${loaded.articleError ?? 'missing'}`}; sidecar left as it is`);
        failed = true;
        continue;
      }
      const anchored = reanchorAll(loaded.articleText, loaded.parsed.annotations);
      const sha256 = createHash('sha256').update(loaded.articleText).digest('hex');
      const next = loaded.parsed.broken ? null : writeAnchors(loaded.parsed.document, loaded.articleText, anchored, sha256);
      if (next === null) {
        for (const p of loaded.parsed.problems) io.stderr(`${loaded.sidecar}:${p.line}:${p.column}: ${p.message}`);
        io.stderr(`byline: ${loaded.sidecar}: does not parse; left untouched`);
        failed = true;
        continue;
      }
      // Only replace the file if nobody changed it since it was read.
      if (readFileSync(loaded.sidecar, 'utf8') !== loaded.sidecarText) {
        io.stderr(`byline: ${loaded.sidecar}: changed while re-anchoring; left as it is, run again`);
        failed = true;
        continue;
      }
      if (next !== loaded.sidecarText) {
        const temp = `${loaded.sidecar}.${process.pid}.tmp`;
        writeFileSync(temp, next);
        renameSync(temp, loaded.sidecar);
      }
      const counts = anchored.reduce<Record<string, number>>((acc, a) => ((acc[a.result.anchor] = (acc[a.result.anchor] ?? 0) + 1), acc), {});
      io.stdout(`${loaded.sidecar}: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'no annotations'}`);
    }
    return failed ? 1 : 0;
  },
};
