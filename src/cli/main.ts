// First: V8 settings apply to the patterns compiled after them.
import './regexp-compilation';
import { stopWhenOutputCloses } from './closed-output';
import { runCli } from './run-cli';

stopWhenOutputCloses(process.stdout);

// The bin entry only wires the process to the CLI; everything testable lives in runCli.
runCli(process.argv.slice(2), {
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`byline: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
