/** The streams a CLI run writes to; passed in so tests can drive the CLI in-process. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

/** A mistake in how the CLI was called: reported in one line, exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
}
