import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

/** `parseArgs` for a sub-command: positionals allowed, and a bad flag becomes a one-line usage error. */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
