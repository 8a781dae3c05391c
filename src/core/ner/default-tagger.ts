// Node-only: loads the shipped model from data/ner/. Everything else in core stays free of `node:` imports.
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import * as path from 'node:path';
import { hashText } from '../text/hash';
import type { Tagger } from './index';
import { createTagger } from './perceptron-tagger';
import { createRuleTagger } from './rule-tagger';

const MODEL = path.join('data', 'ner', 'model.bin');
/** The model id hashes this many pieces of the file, evenly spread, first and last included. */
const ID_SAMPLES = 16;
const ID_SAMPLE_BYTES = 1024;

let tagger: Tagger | undefined;
let modelBytes: SharedArrayBuffer | null | undefined;
let modelId: string | undefined;

/** data/ner/model.bin, found from src/ (tests), dist/ (CLI, extension, workers) or a package root. */
function findModel(): string | null {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, MODEL);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** Reads `into.length` bytes of an open file from `position`. */
function readFully(fd: number, into: Uint8Array, position: number): void {
  for (let done = 0; done < into.length; ) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw new Error(`byline model: ${MODEL} ended early`);
    done += n;
  }
}

/** Runs `use` with the model file open, or returns null when there is none. */
function withModelFile<T>(use: (fd: number, size: number) => T): T | null {
  const file = findModel();
  if (!file) return null;
  const fd = openSync(file, 'r');
  try {
    return use(fd, fstatSync(fd).size);
  } finally {
    closeSync(fd);
  }
}

/**
 * The shipped model file, read once into memory that worker threads can share (null when the file
 * is missing): the index pool hands it to its workers, whose taggers then read the same bytes.
 */
export function defaultModelBuffer(): SharedArrayBuffer | null {
  modelBytes ??= withModelFile((fd, size) => {
    const shared = new SharedArrayBuffer(size);
    readFully(fd, new Uint8Array(shared), 0);
    return shared;
  });
  return modelBytes;
}

/** What a thread that tags is started with (its `workerData`): the model bytes its parent read. */
export interface SharedModelData {
  /** The model file's bytes, shared (null: no model file). */
  model: SharedArrayBuffer | null;
}

/** The `workerData` for a worker thread that tags, so its tagger reads this thread's model bytes. */
export function sharedModelData(): SharedModelData {
  return { model: defaultModelBuffer() };
}

/**
 * The tagger Byline ships (the trained model; the rule tagger if the model file is missing), loaded
 * once. A worker thread passes the `workerData` its parent made with `sharedModelData()` (on its first
 * call), to use those bytes rather than read a copy of its own.
 */
export function loadDefaultTagger(shared?: SharedModelData): Tagger {
  if (!tagger) {
    const bytes = shared?.model === undefined ? defaultModelBuffer() : shared.model;
    tagger = bytes ? createTagger(new Uint8Array(bytes)) : createRuleTagger();
  }
  return tagger;
}

/**
 * Identifies the shipped tagger, so caches of its results are dropped when it changes: the file's
 * size and a hash of pieces of it, read from the file alone (a warm start need not load the model).
 */
export function defaultModelId(): string {
  modelId ??=
    withModelFile((fd, size) => {
      const piece = new Uint8Array(Math.min(ID_SAMPLE_BYTES, size));
      let sampled = '';
      for (let i = 0; i < ID_SAMPLES; i++) {
        readFully(fd, piece, Math.floor(((size - piece.length) * i) / (ID_SAMPLES - 1)));
        sampled += String.fromCharCode(...piece);
      }
      return `model-${size}-${hashText(sampled)}`;
    }) ?? 'rules';
  return modelId;
}
