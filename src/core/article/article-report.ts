import type { Article } from '../model/types';
import { escapeMarkdown } from '../text/markdown';
import { clipText } from '../text/clip';

/** The dateline's place with its wire or distribution mark: `PITTSBURGH, Pa. (PRNewswire)`, `(Reuters)`. */
function datelineCell(article: Article): string {
  const parts = [article.dateline?.text, article.datelineAgency && `(${article.datelineAgency.text})`].filter((p): p is string => !!p);
  return parts.length ? escapeMarkdown(parts.join(' ')) : '—';
}

/** A readable Markdown report of what was parsed from an article; all article text is escaped. */
export function articleReport(article: Article, fileLabel: string): string {
  const d = article.detection;
  const out: string[] = [`# ${escapeMarkdown(article.title?.text ?? 'Untitled article')}`, ''];
  const row = (name: string, value: string) => out.push(`| ${name} | ${value} |`);
  out.push('| Field | Value |', '| --- | --- |');
  row('File', escapeMarkdown(fileLabel));
  row('Article', `${d.isArticle ? 'yes' : 'no'} (confidence ${d.confidence})`);
  row('Why', escapeMarkdown(d.reasons.join(', ')));
  row('Published', article.published ? `${article.published}${article.publishedInferred ? ' (inferred from the dates in the text)' : ''}` : '—');
  row('Outlet', article.outlet ? escapeMarkdown(article.outlet) : '—');
  row('Source URL', article.url ? escapeMarkdown(article.url.text) : '—');
  row('Dateline', datelineCell(article));
  row('Paragraphs', String(article.paragraphs.length));
  const list = (heading: string, items: Array<{ text: string }>) => {
    if (items.length === 0) return;
    out.push('', `## ${heading}`, '', ...items.map((i) => `- ${escapeMarkdown(clipText(i.text, 160))}`));
  };
  list('Credits', article.credits);
  list('Captions', article.captions);
  list('Photo credits', article.photoCredits);
  list('Boilerplate', article.boilerplate);
  return out.join('\n') + '\n';
}
