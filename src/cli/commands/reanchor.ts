import * as path from 'node:path';
import { articleInfoFor } from '../../core/sidecar/article-info';
import { saveSidecarFile, sha256Hex, snapshotOf } from '../../core/sidecar/node-store';
import { reanchorAll, writeAnchors } from '../../core/sidecar/reanchor';
import type { CliCommand } from '../command';
import { type CliIo, UsageError } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { loadPair } from '../load-sidecar';
import { collectSidecars } from '../sidecar-inputs';

const usage = `Usage: byline reanchor PATH...

Re-anchors annotations after the articles changed (say, after git pull) and writes the new offsets,
context and statuses into their sidecars, keeping comments, unknown keys and orphans. A sidecar that
does not parse is reported and left untouched. Writes are atomic; a sidecar that changed while being
processed is merged by annotation id, so nothing is lost.`;

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
      if ('error' in loaded) {
        io.stderr(`byline: ${loaded.sidecar}: ${loaded.error}; left as it is`);
        failed = true;
        continue;
      }
      if (loaded.parsed.broken) {
        for (const p of loaded.parsed.problems) io.stderr(`${loaded.sidecar}:${p.line}:${p.column}: ${p.message}`);
        io.stderr(`byline: ${loaded.sidecar}: does not parse; left untouched`);
        failed = true;
        continue;
      }
      if (loaded.articleText === null) {
        // Without the article every annotation would be an orphan: nothing worth writing.
        io.stderr(`byline: ${loaded.article}: ${loaded.articleError ?? 'missing'}; ${path.basename(loaded.sidecar)} left as it is`);
        failed = true;
        continue;
      }
      const anchored = reanchorAll(loaded.articleText, loaded.parsed.annotations);
      const info = articleInfoFor(loaded.articleText, loaded.article, sha256Hex(loaded.articleText));
      const next = writeAnchors(loaded.parsed.document, loaded.articleText, anchored, info);
      if (next === null) {
        io.stderr(`byline: ${loaded.sidecar}: does not parse; left untouched`);
        failed = true;
        continue;
      }
      const saved = await saveSidecarFile(snapshotOf(loaded.sidecar, loaded.sidecarText), next);
      if (saved.outcome === 'refused') {
        io.stderr(saved.error.format());
        failed = true;
        continue;
      }
      for (const c of saved.conflicts) io.stderr(`byline: ${loaded.sidecar}: changed on disk meanwhile; kept this run's ${c}`);
      const counts = anchored.reduce<Record<string, number>>((acc, a) => ((acc[a.result.anchor] = (acc[a.result.anchor] ?? 0) + 1), acc), {});
      const summary = Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'no annotations';
      io.stdout(`${loaded.sidecar}: ${summary}${saved.outcome === 'merged' ? ' (merged with changes made meanwhile)' : saved.outcome === 'unchanged' ? ' (unchanged)' : ''}`);
    }
    return failed ? 1 : 0;
  },
};
