import type { Article } from '../model/types';
import { escapeMarkdown } from '../text/markdown';
import { clipText } from '../text/clip';

/** A readable Markdown report of what was parsed from an article; all article text is escaped. */
export function articleReport(article: Article, fileLabel: string): string {
  const d = article.detection;
  const out: string[] = [`# ${escapeMarkdown(article.title?.text ?? 'Untitled article')}`, ''];
  const row = (name: string, value: string) => out.push(`| ${name} | ${value} |`);
  out.push('| Field | Value |', '| --- | --- |');
  row('File', escapeMarkdown(fileLabel));
  row('Article', `${d.isArticle ? 'yes' : 'no'} (confidence ${d.confidence})`);
  row('Why', escapeMarkdown(d.reasons.join(', ')));
  row('Published', article.published ? `${article.published}${article.publishedInferred ? ' (inferred from the latest date in the text)' : ''}` : '—');
  row('Outlet', article.outlet ? escapeMarkdown(article.outlet) : '—');
  row('Source URL', article.url ? escapeMarkdown(article.url.text) : '—');
  row('Dateline', article.dateline ? escapeMarkdown(article.dateline.text) : '—');
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
