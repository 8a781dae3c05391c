import { runCli } from '../../../src/cli/run-cli';

/** Runs the CLI in-process and collects what it printed. */
export async function runCliCaptured(argv: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}
