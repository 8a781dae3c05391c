import type { EntitySummary } from '../../core/index/entity-index';
import { IndexCache } from '../../core/index/index-cache';
import type { EntityType } from '../../core/model/types';
import { defaultModelId } from '../../core/ner/default-tagger';
import { indexFiles } from '../analyze-files';
import type { CliCommand } from '../command';
import { CorrectionsLookup } from '../corrections-lookup';
import { CliIndexCache } from '../index-cache-file';
import { type CliIo, UsageError } from '../io';
import { listIndexInputs } from '../index-inputs';
import { parseCommandArgs } from '../parse-command-args';
import { version } from '../version';

const usage = `Usage: byline index [--json] PATH...

Builds the entity index of every article under PATH (files or folders): each person, place,
organisation and date with its canonical name, surface forms, mention count and the articles that
mention it. Corrections in the nearest .byline/entities.yaml above each file apply. Uses all cores.

Analyses are cached in $XDG_CACHE_HOME/byline (default ~/.cache/byline), so a second run over the
same folders reads and analyses only the files whose size or modification time changed.

Options:
  --json       one JSON object per entity, one per line:
               {"type","canonical","forms","mentions","articles":[{"file","mentions"}]}
  --no-cache   neither read nor write the cache`;

const HEADINGS: Record<EntityType, string> = { person: 'People', place: 'Places', organization: 'Organisations', date: 'Dates' };

function describe(summaries: EntitySummary[]): string[] {
  const lines: string[] = [];
  for (const type of Object.keys(HEADINGS) as EntityType[]) {
    const ofType = summaries.filter((s) => s.type === type);
    if (type === 'date') ofType.sort((a, b) => a.canonical.localeCompare(b.canonical));
    lines.push(`${HEADINGS[type]} (${ofType.length})`);
    for (const s of ofType) {
      const forms = s.forms.filter((f) => f !== s.canonical);
      lines.push(`  ${s.canonical}  ${s.mentions} mention${s.mentions === 1 ? '' : 's'} in ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}${forms.length ? `  (${forms.join(', ')})` : ''}`);
    }
  }
  return lines;
}

export const indexCommand: CliCommand = {
  name: 'index',
  summary: 'list every entity across the articles under PATH, with mentions and articles',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false }, 'no-cache': { type: 'boolean', default: false } });
    if (parsed.positionals.length === 0) throw new UsageError('no PATH given (try byline index --help)');
    const listed = await listIndexInputs(parsed.positionals);
    for (const p of listed.problems) io.stderr(`byline: ${p.file}: ${p.error}`);
    // A new release may analyse differently with the same model: both name the cache.
    const cacheFile = parsed.values['no-cache'] ? undefined : new CliIndexCache(parsed.positionals, `${version}:${defaultModelId()}`);
    const { index, failed } = await indexFiles(listed.inputs, new CorrectionsLookup(io.stderr), cacheFile?.cache ?? new IndexCache(''));
    cacheFile?.save();
    for (const f of failed) io.stderr(`byline: ${f.file}: ${f.error}`);
    const summaries = index.summarize();
    if (parsed.values.json) for (const s of summaries) io.stdout(JSON.stringify(s));
    else io.stdout(describe(summaries).join('\n'));
    return listed.problems.length > 0 || failed.length > 0 ? 1 : 0;
  },
};
