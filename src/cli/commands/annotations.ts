import { reanchorAll } from '../../core/sidecar/reanchor';
import type { CliCommand } from '../command';
import { type CliIo, UsageError } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { loadSidecarsReporting } from '../load-sidecar';

const usage = `Usage: byline annotations [--json] PATH...

Re-anchors the claim annotations of each article in its current text, without writing anything,
and prints each with its anchor status: exact, moved, fuzzy or orphan. PATH is an article, its
sidecar (ARTICLE.byline.yaml) or a folder searched for sidecars.

Options:
  --json   one JSON object per article, one per line:
           {"file","sidecar","annotations":[{"id","label","status","quote","anchor","start","end"}]}`;

export const annotationsCommand: CliCommand = {
  name: 'annotations',
  summary: 'list claim annotations with their anchor status (exact, moved, fuzzy, orphan)',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
    if (parsed.positionals.length === 0) throw new UsageError('no PATH given (try byline annotations --help)');
    const sidecars = await loadSidecarsReporting(parsed.positionals, io.stderr);
    let { failed } = sidecars;
    for (const loaded of sidecars.loaded) {
      if (loaded.articleError) io.stderr(`byline: ${loaded.article}: ${loaded.articleError}`);
      const anchored = reanchorAll(loaded.articleText ?? '', loaded.parsed.annotations);
      const rows = anchored.map(({ annotation, result, status }) => ({
        id: annotation.id, label: annotation.label, status, quote: annotation.quote, anchor: result.anchor, start: result.start, end: result.end,
      }));
      if (parsed.values.json) {
        io.stdout(JSON.stringify({ file: loaded.article, sidecar: loaded.sidecar, annotations: rows }));
      } else {
        io.stdout(`${loaded.article}: ${rows.length} annotation${rows.length === 1 ? '' : 's'}`);
        for (const r of rows) {
          const where = r.start === null ? 'orphan' : `${r.anchor} ${r.start}-${r.end}`;
          io.stdout(`  ${r.id}  ${r.label}/${r.status}  ${where}  “${r.quote.length > 70 ? `${r.quote.slice(0, 69)}…` : r.quote}”`);
        }
      }
    }
    return failed ? 1 : 0;
  },
};
