import { readFileSync } from 'node:fs';
import { parseSidecar, type ParsedSidecar } from '../core/sidecar/parse-sidecar';
import { decodeText } from '../core/text/decode';

export interface LoadedPair {
  article: string;
  sidecar: string;
  articleText: string | null;
  sidecarText: string;
  parsed: ParsedSidecar;
  /** Why the article could not be read, when it could not. */
  articleError?: string;
}

function readText(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { error: 'cannot be read' };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { text: decoded.text } : { error: decoded.message };
}

/** Reads an article and its sidecar; a missing or unreadable article leaves every annotation an orphan. */
export function loadPair(pair: { article: string; sidecar: string }): LoadedPair | { sidecar: string; error: string } {
  const sidecar = readText(pair.sidecar);
  if ('error' in sidecar) return { sidecar: pair.sidecar, error: sidecar.error };
  const article = readText(pair.article);
  return {
    ...pair,
    sidecarText: sidecar.text,
    parsed: parseSidecar(sidecar.text),
    articleText: 'text' in article ? article.text : null,
    ...('error' in article ? { articleError: article.error } : {}),
  };
}
