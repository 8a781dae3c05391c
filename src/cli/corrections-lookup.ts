import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Correction } from '../core/corrections/corrections';
import { CORRECTIONS_PATH, parseCorrections } from '../core/corrections/corrections-file';

/**
 * Finds the corrections that apply to a file: those in the nearest `.byline/entities.yaml` in its
 * folder or above. Results are cached per folder, so a batch of thousands of files reads each once.
 */
export class CorrectionsLookup {
  private readonly byFolder = new Map<string, { file: string | null; corrections: Correction[] }>();
  private readonly reported = new Set<string>();

  constructor(private readonly warn: (line: string) => void) {}

  forFile(file: string): { file: string | null; corrections: Correction[] } {
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  private forFolder(folder: string): { file: string | null; corrections: Correction[] } {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const candidate = path.join(folder, CORRECTIONS_PATH);
    let found: { file: string | null; corrections: Correction[] };
    let text: string | undefined;
    try {
      text = readFileSync(candidate, 'utf8');
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      const parsed = parseCorrections(text);
      for (const p of parsed.problems) {
        const line = `byline: ${candidate}:${p.line}:${p.column}: ${p.message}`;
        if (!this.reported.has(line)) this.warn(line);
        this.reported.add(line);
      }
      found = { file: candidate, corrections: parsed.corrections };
    } else {
      const parent = path.dirname(folder);
      found = parent === folder ? { file: null, corrections: [] } : this.forFolder(parent);
    }
    this.byFolder.set(folder, found);
    return found;
  }
}
