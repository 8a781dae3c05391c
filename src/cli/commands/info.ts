import { articleToJson } from '../../core/article/article-json';
import { parseArticle } from '../../core/article/parse-article';
import type { Article } from '../../core/model/types';
import type { CliCommand } from '../command';
import { type CliIo, UsageError } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { collectInputs } from '../read-inputs';

const usage = `Usage: byline info [--json] PATH...

Detects and parses news articles. PATH is a file or a folder (searched for .txt and .md articles).
Files named explicitly are always reported; files found in folders only when they are articles.

Options:
  --json   one JSON object per file, one per line`;

function describe(article: Article, file: string): string[] {
  const d = article.detection;
  const lines = [`${file}: ${d.isArticle ? 'article' : 'not an article'} (confidence ${d.confidence}: ${d.reasons.join(', ')})`];
  if (!d.isArticle) return lines;
  const field = (name: string, value: string | null | undefined) => value && lines.push(`  ${name.padEnd(10)} ${value}`);
  field('title', article.title?.text);
  field('published', article.published && `${article.published}${article.publishedInferred ? ' (inferred)' : ''}`);
  field('outlet', article.outlet);
  field('url', article.url?.text);
  field('dateline', article.dateline?.text);
  for (const c of article.credits) field('credit', c.text);
  for (const c of article.captions) field('caption', c.text.length > 100 ? c.text.slice(0, 99) + '…' : c.text);
  lines.push(`  ${'body'.padEnd(10)} ${article.paragraphs.length} paragraphs, ${article.boilerplate.length} boilerplate lines`);
  return lines;
}

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'detect and parse articles: title, date, source, dateline, credits, captions, boilerplate',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, { json: { type: 'boolean', default: false } });
    if (parsed.positionals.length === 0) throw new UsageError('no PATH given (try byline info --help)');
    let failed = false;
    for (const input of await collectInputs(parsed.positionals)) {
      if ('error' in input) {
        io.stderr(`byline: ${input.file}: ${input.error}`);
        failed = true;
        continue;
      }
      const article = parseArticle(input.text, input.file);
      if (!input.explicit && !article.detection.isArticle) continue;
      if (parsed.values.json) io.stdout(JSON.stringify(articleToJson(article, input.file, article.detection.isArticle)));
      else io.stdout(describe(article, input.file).join('\n'));
    }
    return failed ? 1 : 0;
  },
};
