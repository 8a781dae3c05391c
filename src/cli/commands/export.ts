import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../core/article/parse-article';
import { EXPORT_FORMATS, type ExportArticle, exportAnnotations, exportBrat, type ExportFormat } from '../../core/export/export-annotations';
import { reanchorAll } from '../../core/sidecar/reanchor';
import type { CliCommand } from '../command';
import { type CliIo, UsageError } from '../io';
import { parseCommandArgs } from '../parse-command-args';
import { loadSidecarsReporting } from '../load-sidecar';

const usage = `Usage: byline export --format csv|jsonl|w3c|brat|claimreview [PATH...] [-o FILE]

Exports the claim annotations under PATH (default: the current folder), re-anchored in the current
articles: CSV or JSON Lines (one row per claim), W3C Web Annotation JSON-LD (TextQuote and
TextPosition selectors), brat standoff (.ann) or schema.org ClaimReview JSON-LD (claims with a
verdict: verified, false, misleading, disputed). Writes to FILE with -o, else to standard output.
brat keeps one .ann file per text: for several articles, -o names a folder that receives
ARTICLE.ann and a copy of ARTICLE as ARTICLE.txt, the pair brat opens.`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export claims as CSV, JSON Lines, W3C Web Annotation, brat or ClaimReview',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(args, { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' } });
    const format = parsed.values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
    const sidecars = await loadSidecarsReporting(parsed.positionals.length ? parsed.positionals : ['.'], io.stderr);
    let { failed } = sidecars;
    const articles: ExportArticle[] = [];
    for (const loaded of sidecars.loaded) {
      if (loaded.articleText === null) {
        io.stderr(`byline: ${loaded.article}: ${loaded.articleError ?? 'missing'}; its claims are exported as orphans`);
        failed = true;
      }
      const text = loaded.articleText ?? '';
      const article = parseArticle(text, loaded.article);
      articles.push({ file: loaded.article, title: article.title?.text ?? null, url: article.url?.text ?? null, published: article.published, text, claims: reanchorAll(text, loaded.parsed.annotations) });
    }
    const output = parsed.values.output;
    const isFolder = (p: string) => {
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    };
    if (format === 'brat' && output && (articles.length > 1 || isFolder(output))) {
      mkdirSync(output, { recursive: true });
      const used = new Set<string>();
      for (const a of articles) {
        // Two articles may share a base name in different folders: number the later ones.
        const stem = path.basename(a.file).replace(/\.[^.]*$/u, '');
        let name = stem;
        for (let i = 2; used.has(name); i++) name = `${stem}-${i}`;
        used.add(name);
        writeFileSync(path.join(output, `${name}.txt`), a.text);
        writeFileSync(path.join(output, `${name}.ann`), exportBrat(a));
      }
      return failed ? 1 : 0;
    }
    if (format === 'brat' && articles.length > 1) throw new UsageError('brat needs one article, or -o FOLDER for several');
    const out = exportAnnotations(articles, format);
    if (output) writeFileSync(output, out);
    else if (out) io.stdout(out.replace(/\n$/u, ''));
    return failed ? 1 : 0;
  },
};
