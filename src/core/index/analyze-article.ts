import { parseArticle } from '../article/parse-article';
import { applyCorrections, type Correction } from '../corrections/corrections';
import { recognize } from '../entities/recognize';
import type { Article } from '../model/types';
import type { Tagger } from '../ner/index';
import { hashText } from '../text/hash';
import type { IndexedArticle } from './entity-index';

export interface AnalyzeOptions {
  tagger: Tagger;
  corrections?: readonly Correction[];
}

/** Recognises an already parsed article's entities and applies the analyst's corrections. */
export function recognizeWithCorrections(article: Article, options: AnalyzeOptions): IndexedArticle['entities'] {
  const entities = recognize(article, { tagger: options.tagger });
  return options.corrections?.length ? applyCorrections(article.text, entities, options.corrections, article.searchable) : entities;
}

/** Parses, recognises and corrects one text: the unit of work of the workspace index. */
export function analyzeArticle(text: string, file: string, options: AnalyzeOptions): IndexedArticle & { isArticle: boolean } {
  const article = parseArticle(text, file);
  return {
    file,
    hash: hashText(text),
    isArticle: article.detection.isArticle,
    title: article.title?.text ?? null,
    published: article.published,
    entities: recognizeWithCorrections(article, options),
  };
}
