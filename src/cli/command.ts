import type { CliIo } from './io';

/** One `byline` sub-command. Each lives in its own file under `commands/`. */
export interface CliCommand {
  name: string;
  /** One line for `byline --help`. */
  summary: string;
  /** Usage text for `byline <name> --help`. */
  usage: string;
  /** Returns the exit code. Throws `UsageError` for bad arguments. */
  run(args: string[], io: CliIo): Promise<number>;
}
