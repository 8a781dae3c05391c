import type { Correction } from '../../corrections/corrections';
import type { IndexedArticle } from '../entity-index';

/** A batch of texts sent to the index worker. */
export interface AnalyzeRequest {
  id: number;
  corrections: Correction[];
  items: Array<{ file: string; text: string }>;
}

/** The worker's answer: one result per item, in order. */
export interface AnalyzeResponse {
  id: number;
  results: Array<(IndexedArticle & { isArticle: boolean }) | { file: string; error: string }>;
}
