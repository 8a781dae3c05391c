import type { Article } from '../model/types';

/** The JSON shape `byline info --json` prints for one file (and `byline entities` nests as `article`). */
export interface ArticleJson {
  file: string;
  isArticle: boolean;
  confidence: number;
  reasons: string[];
  title: string | null;
  published: string | null;
  publishedInferred: boolean;
  url: string | null;
  outlet: string | null;
  dateline: string | null;
  credits: string[];
  captions: string[];
  boilerplate: Array<{ start: number; end: number; text: string }>;
  paragraphs: Array<{ start: number; end: number }>;
}

/**
 * Turns a parsed article into its JSON form. With `articleFields` false (a named file that is not an
 * article) the detection is kept and every article field is null or empty.
 */
export function articleToJson(article: Article, file: string, articleFields = true): ArticleJson {
  const { detection } = article;
  const base = { file, isArticle: detection.isArticle, confidence: detection.confidence, reasons: detection.reasons };
  if (!articleFields) {
    return {
      ...base, title: null, published: null, publishedInferred: false, url: null, outlet: null, dateline: null,
      credits: [], captions: [], boilerplate: [], paragraphs: [],
    };
  }
  return {
    ...base,
    title: article.title?.text ?? null,
    published: article.published,
    publishedInferred: article.publishedInferred,
    url: article.url?.text ?? null,
    outlet: article.outlet,
    dateline: article.dateline?.text ?? null,
    credits: article.credits.map((c) => c.text),
    captions: article.captions.map((c) => c.text),
    boilerplate: article.boilerplate.map(({ start, end, text }) => ({ start, end, text })),
    paragraphs: article.paragraphs.map(({ start, end }) => ({ start, end })),
  };
}
