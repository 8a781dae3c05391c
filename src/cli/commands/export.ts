import { writeFileSync } from 'node:fs';
import { parseArticle } from '../../core/article/parse-article';
import { EXPORT_FORMATS, type ExportArticle, exportAnnotations, type ExportFormat } from '../../core/export/export-annotations';
import { reanchorAll } from '../../core/sidecar/reanchor';
import type { CliCommand } from '../command';
import { type CliIo, UsageError } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { loadPair } from '../load-sidecar';
import { collectSidecars } from '../sidecar-inputs';

const usage = `Usage: byline export --format csv|jsonl|w3c|brat|claimreview [PATH...] [-o FILE]

Exports the claim annotations under PATH (default: the current folder), re-anchored in the current
articles: CSV or JSON Lines (one row per claim), W3C Web Annotation JSON-LD (TextQuote and
TextPosition selectors), brat standoff (.ann) or schema.org ClaimReview JSON-LD (claims with a
verdict: verified, false, misleading, disputed). Writes to FILE with -o, else to standard output.`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export claims as CSV, JSON Lines, W3C Web Annotation, brat or ClaimReview',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } });
    const format = parsed.values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const { pairs, errors } = await collectSidecars(parsed.positionals.length ? parsed.positionals : ['.']);
    let failed = errors.length > 0;
    for (const e of errors) io.stderr(`byline: ${e}`);
    const articles: ExportArticle[] = [];
    for (const pair of pairs) {
      const loaded = await loadPair(pair);
      if ('error' in loaded) {
        io.stderr(`byline: ${loaded.sidecar}: ${loaded.error}`);
        failed = true;
        continue;
      }
      for (const p of loaded.parsed.problems) io.stderr(`${loaded.sidecar}:${p.line}:${p.column}: ${p.message}`);
      if (loaded.parsed.problems.length) failed = true;
      const text = loaded.articleText ?? '';
      const article = parseArticle(text, loaded.article);
      articles.push({ file: loaded.article, title: article.title?.text ?? null, url: article.url?.text ?? null, published: article.published, text, claims: reanchorAll(text, loaded.parsed.annotations) });
    }
    const out = exportAnnotations(articles, format);
    if (parsed.values.output) writeFileSync(parsed.values.output, out);
    else io.stdout(out.replace(/\n$/u, ''));
    return failed ? 1 : 0;
  },
};
