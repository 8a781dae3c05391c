import { articleToJson } from '../../core/article/article-json';
import { parseArticle } from '../../core/article/parse-article';
import type { Entity, EntityType } from '../../core/model/types';
import { analyzeFiles } from '../analyze-files';
import type { CliCommand } from '../command';
import { CorrectionsLookup } from '../corrections-lookup';
import { type CliIo, UsageError } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { collectReadableInputs } from '../read-inputs';

const usage = `Usage: byline entities [--json] PATH...

Recognises people, places, organisations and dates in every file given (a file named explicitly is
analysed even when it is not detected as an article; folders yield their articles). Corrections in
the nearest .byline/entities.yaml above each file apply. Many files are spread over all cores.

Options:
  --json   one JSON object per file, one per line:
           {"file","article":{...as byline info...},"entities":[{"type","text","start","end","canonical","value"?}]}`;

const HEADINGS: Record<EntityType, string> = { person: 'People', place: 'Places', organization: 'Organisations', date: 'Dates' };

function describe(file: string, entities: Entity[]): string[] {
  const lines = [`${file}: ${entities.length} mention${entities.length === 1 ? '' : 's'}`];
  for (const type of Object.keys(HEADINGS) as EntityType[]) {
    const groups = new Map<string, { forms: Set<string>; count: number; value?: string }>();
    for (const e of entities.filter((x) => x.type === type)) {
      const g = groups.get(e.canonical) ?? { forms: new Set<string>(), count: 0, value: e.value };
      g.forms.add(e.text);
      g.count++;
      groups.set(e.canonical, g);
    }
    if (groups.size === 0) continue;
    lines.push(`  ${HEADINGS[type]}`);
    const sorted = [...groups.entries()].sort((a, b) => (type === 'date' ? (a[1].value ?? '').localeCompare(b[1].value ?? '') : b[1].count - a[1].count || a[0].localeCompare(b[0])));
    for (const [canonical, g] of sorted) {
      const forms = [...g.forms].filter((f) => f !== canonical);
      lines.push(`    ${canonical}${g.value ? ` = ${g.value}` : ''}  ×${g.count}${forms.length ? `  (${forms.join(', ')})` : ''}`);
    }
  }
  return lines;
}

export const entitiesCommand: CliCommand = {
  name: 'entities',
  summary: 'recognise people, places, organisations and dates in each file',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
    if (parsed.positionals.length === 0) throw new UsageError('no PATH given (try byline entities --help)');
    const collected = await collectReadableInputs(parsed.positionals, io.stderr);
    const { readable } = collected;
    let { failed } = collected;
    const results = await analyzeFiles(readable, new CorrectionsLookup(io.stderr));
    for (const [i, result] of results.entries()) {
      const input = readable[i];
      if ('error' in result) {
        io.stderr(`byline: ${result.file}: ${result.error}`);
        failed = true;
        continue;
      }
      if (!result.isArticle && !input.explicit) continue;
      if (parsed.values.json) {
        const article = articleToJson(parseArticle(input.text, input.file), input.file, result.isArticle);
        const entities = result.entities.map(({ type, text, start, end, canonical, value }) => ({ type, text, start, end, canonical, ...(value !== undefined ? { value } : {}) }));
        io.stdout(JSON.stringify({ file: input.file, article, entities }));
      } else {
        io.stdout(describe(input.file, result.entities).join('\n'));
      }
    }
    return failed ? 1 : 0;
  },
};
