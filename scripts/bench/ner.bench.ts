/**
 * Name tagger speed: Byline's tagger alone over >= 1 MB of varied article text (about 5 KB each), one
 * core, with model load time and memory, timed as it ships (`ner-timing.ts` in a plain Node process).
 * The whole pipeline beside `compromise` is in the entities benchmark, on the same articles. Prints
 * figures only.
 */
import * as path from 'node:path';
import { runInPlainNode } from './plain-node';

export async function run(): Promise<void> {
  runInPlainNode(path.join(__dirname, 'ner-timing.ts'));
}
