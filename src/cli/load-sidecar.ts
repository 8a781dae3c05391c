import { parseSidecar, type ParsedSidecar } from '../core/sidecar/parse-sidecar';
import { readTextFile } from './read-inputs';

export interface LoadedPair {
  article: string;
  sidecar: string;
  articleText: string | null;
  sidecarText: string;
  parsed: ParsedSidecar;
  /** Why the article could not be read, when it could not. */
  articleError?: string;
}

/** Reads an article and its sidecar; a missing or unreadable article leaves every annotation an orphan. */
export async function loadPair(pair: { article: string; sidecar: string }): Promise<LoadedPair | { sidecar: string; error: string }> {
  const sidecar = await readTextFile(pair.sidecar);
  if ('error' in sidecar) return { sidecar: pair.sidecar, error: sidecar.error };
  const article = await readTextFile(pair.article);
  return {
    ...pair,
    sidecarText: sidecar.text,
    parsed: parseSidecar(sidecar.text),
    articleText: 'text' in article ? article.text : null,
    ...('error' in article ? { articleError: article.error } : {}),
  };
}
