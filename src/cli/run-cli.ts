import { commands } from './commands/index';
import { type CliIo, UsageError } from './io';
import { version } from './version';

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'byline: news-article analysis from the command line',
    '',
    'Usage: byline <command> [options] PATH...',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: byline <command> --help)',
    '  -v, --version  print the version',
  ].join('\n');
}

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code.
 * Never throws: usage errors and unexpected failures become one line on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(version);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`byline: unknown command '${name}' (try byline --help)`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run([...rest], io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`byline ${name}: ${error.message}`);
      return error.exitCode;
    }
    io.stderr(`byline ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
