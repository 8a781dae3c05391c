/**
 * `npm run bench`: runs every `*.bench.ts` beside this file in turn (or only those whose names contain
 * the arguments). Benchmarks print figures; they assert nothing.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  for (const file of files) {
    console.log(`\n## ${file.replace(/\.bench\.ts$/, '')}\n`);
    const mod = (await import(path.join(__dirname, file))) as { run(): Promise<void> };
    await mod.run();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
