/** The sidecar file format version written by this Byline. */
export const SIDECAR_VERSION = 1;
export const SIDECAR_SUFFIX = '.byline.yaml';

export const STATUSES = ['unverified', 'verified', 'disputed', 'false', 'misleading', 'needs-recheck'] as const;
export type Status = (typeof STATUSES)[number];

/** One annotation as read from a sidecar; only `id` and `quote` are required in the file. */
export interface Annotation {
  id: string;
  label: string;
  status: Status;
  quote: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  note?: string;
  sources: string[];
  speaker?: string;
  tags: string[];
  author?: string;
  created?: string;
  updated?: string;
  /** The words before the article changed under a checked claim (set with `needs-recheck`). */
  previousQuote?: string;
  /** 1-based line of the annotation in the sidecar, for messages. */
  line: number;
  column: number;
}

/**
 * What is wrong: `yaml` the file does not parse (it is then never written); `version` a format this
 * Byline does not know; `schema` a key with the wrong shape; `duplicate-id` an id used twice;
 * `range` offsets that make no sense; `conflict` a concurrent change that could not be merged;
 * `io` the file could not be read or written.
 */
export type SidecarProblemCode = 'yaml' | 'version' | 'schema' | 'duplicate-id' | 'range' | 'conflict' | 'io';

/** A problem in a sidecar, with a 1-based position. Parsers return these as data; they never throw. */
export interface SidecarProblem {
  code: SidecarProblemCode;
  line: number;
  column: number;
  message: string;
}

/** A sidecar problem raised where a result cannot carry it (a refused write), naming the file. */
export class SidecarError extends Error {
  override readonly name = 'SidecarError';
  constructor(
    readonly code: SidecarProblemCode,
    message: string,
    readonly file?: string,
    readonly line = 1,
    readonly column = 1,
  ) {
    super(message);
  }

  static from(problem: SidecarProblem, file?: string): SidecarError {
    return new SidecarError(problem.code, problem.message, file, problem.line, problem.column);
  }

  /** `file:line:col: message`, the form editors and terminals turn into links. */
  format(): string {
    return `${this.file ?? '<sidecar>'}:${this.line}:${this.column}: ${this.message}`;
  }
}

/** True for a sidecar's file name or path. */
export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX);
}

/** `story.txt` -> `story.txt.byline.yaml`, beside it. */
export function sidecarPathFor(articlePath: string): string {
  return `${articlePath}${SIDECAR_SUFFIX}`;
}

/** `story.txt.byline.yaml` -> `story.txt`, or null for another file. */
export function articlePathFor(sidecarPath: string): string | null {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : null;
}
