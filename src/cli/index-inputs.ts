import { listInputs } from './read-inputs';

/** A file to index, and whether it was named on the command line (then it is indexed even if no article). */
export interface IndexInput {
  file: string;
  explicit: boolean;
}

/**
 * Expands PATH arguments as `collectInputs` does (same files, same order, same messages) but
 * without reading them: with a warm cache most files need only a stat.
 */
export async function listIndexInputs(paths: readonly string[]): Promise<{ inputs: IndexInput[]; problems: Array<{ file: string; error: string }> }> {
  const inputs: IndexInput[] = [];
  const problems: Array<{ file: string; error: string }> = [];
  for (const listed of await listInputs(paths)) {
    if ('error' in listed) problems.push({ file: listed.file, error: listed.error });
    else inputs.push(listed);
  }
  return { inputs, problems };
}
