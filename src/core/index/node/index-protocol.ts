import type { Correction } from '../../corrections/corrections';
import type { MentionVariant } from '../mention-table';

/** A batch of texts sent to the index worker. */
export interface AnalyzeRequest {
  id: number;
  corrections: Correction[];
  items: Array<{ file: string; text: string }>;
}

/** One analysis, its mentions packed (see `MentionTable`) against the response's strings and variants. */
export interface PackedResult {
  file: string;
  hash: string;
  isArticle: boolean;
  title: string | null;
  published: string | null;
  mentions: Uint32Array;
}

/**
 * The worker's answer: one result per item, in order. Mentions travel packed, with their buffers
 * transferred, because cloning a million small entity objects costs both threads time and memory.
 */
export interface AnalyzeResponse {
  id: number;
  strings: string[];
  variants: MentionVariant[];
  results: Array<PackedResult | { file: string; error: string }>;
}
