import { reanchorAll } from '../../core/sidecar/reanchor';
import type { CliCommand } from '../command';
import type { CliIo } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { loadPair } from '../load-sidecar';
import { collectSidecars } from '../sidecar-inputs';

const usage = `Usage: byline validate [PATH...]

Checks every sidecar under PATH (default: the current folder): YAML syntax, the format's rules, and
that every annotation still finds its quote. Prints file:line:col: message for each problem and
each orphan, and exits with 1 when there is any.`;

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check sidecars (syntax, format, orphans); non-zero exit on any problem',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, {});
    const { pairs, errors } = await collectSidecars(parsed.positionals.length ? parsed.positionals : ['.']);
    let problems = errors.length;
    for (const e of errors) io.stderr(`byline: ${e}`);
    for (const pair of pairs) {
      const loaded = await loadPair(pair);
      if ('error' in loaded) {
        io.stdout(`${loaded.sidecar}:1:1: ${loaded.error}`);
        problems++;
        continue;
      }
      for (const p of loaded.parsed.problems) io.stdout(`${loaded.sidecar}:${p.line}:${p.column}: ${p.message}`);
      problems += loaded.parsed.problems.length;
      if (loaded.articleText === null) {
        io.stdout(`${loaded.sidecar}:1:1: article ${loaded.article} ${loaded.articleError ?? 'is missing'}; its annotations are orphans`);
        problems++;
        continue;
      }
      for (const { annotation, result } of reanchorAll(loaded.articleText, loaded.parsed.annotations)) {
        if (result.anchor === 'orphan') {
          io.stdout(`${loaded.sidecar}:${annotation.line}:${annotation.column}: orphan annotation ${annotation.id}: its quote is no longer in the article`);
          problems++;
        }
      }
    }
    io.stderr(`byline validate: ${pairs.length} sidecar${pairs.length === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}`);
    return problems > 0 ? 1 : 0;
  },
};
