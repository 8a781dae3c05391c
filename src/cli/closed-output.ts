/**
 * A reader that stops early (`byline entities … | head`) closes the pipe under the CLI. Like other
 * Unix tools, the CLI then stops at once and quietly: the reader has all it asked for, so there is
 * nothing to report and no reason to go on analysing files nobody will read.
 */
export function stopWhenOutputCloses(
  stream: NodeJS.WriteStream,
  exit: (code: number) => void = process.exit,
  report: (line: string) => void = (line) => process.stderr.write(line + '\n'),
): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      exit(0);
      return;
    }
    report(`byline: cannot write the output: ${error.message}`);
    exit(1);
  });
}
