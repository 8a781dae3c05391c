import { parseSidecar, type ParsedSidecar } from '../core/sidecar/parse-sidecar';
import { readTextFile } from './read-inputs';
import { collectSidecars } from './sidecar-inputs';

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

/**
 * Loads every sidecar named by PATH arguments, reporting on stderr the paths without one, the
 * sidecars that cannot be read and the problems of those that can; `failed` says whether any did.
 */
export async function loadSidecarsReporting(paths: readonly string[], stderr: (line: string) => void): Promise<{ loaded: LoadedPair[]; failed: boolean }> {
  const { pairs, errors } = await collectSidecars(paths);
  let failed = errors.length > 0;
  for (const e of errors) stderr(`byline: ${e}`);
  const loaded: LoadedPair[] = [];
  for (const pair of pairs) {
    const one = await loadPair(pair);
    if ('error' in one) {
      stderr(`byline: ${one.sidecar}: ${one.error}`);
      failed = true;
      continue;
    }
    for (const p of one.parsed.problems) stderr(`${one.sidecar}:${p.line}:${p.column}: ${p.message}`);
    if (one.parsed.problems.length) failed = true;
    loaded.push(one);
  }
  return { loaded, failed };
}
