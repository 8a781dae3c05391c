/**
 * Node's V8 starts each regular expression in its bytecode interpreter and compiles it to machine
 * code only once it is hot; compiled code is dropped again when the garbage collector finds it idle.
 * The recogniser runs a few hundred patterns over every article, so in a long batch run they fall
 * back to the interpreter again and again: compiling each pattern at once makes the whole pipeline
 * about 13-15% faster (`npm run bench -- entities`), with the same results. The CLI owns its
 * process, so it sets this before any pattern runs; the extension shares VS Code's extension host
 * with other extensions and leaves V8's defaults alone.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
