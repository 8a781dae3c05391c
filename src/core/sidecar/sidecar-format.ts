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
  /** 1-based line of the annotation in the sidecar, for messages. */
  line: number;
  column: number;
}

/** A problem in a sidecar, with a 1-based position. Problems are data; they never throw. */
export interface SidecarProblem {
  code: 'yaml' | 'version' | 'schema' | 'duplicate-id';
  line: number;
  column: number;
  message: string;
}

/** `story.txt` -> `story.txt.byline.yaml`, beside it. */
export function sidecarPathFor(articlePath: string): string {
  return `${articlePath}${SIDECAR_SUFFIX}`;
}

/** `story.txt.byline.yaml` -> `story.txt`, or null for another file. */
export function articlePathFor(sidecarPath: string): string | null {
  return sidecarPath.endsWith(SIDECAR_SUFFIX) ? sidecarPath.slice(0, -SIDECAR_SUFFIX.length) : null;
}
