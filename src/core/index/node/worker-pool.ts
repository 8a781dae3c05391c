import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompactAnalysis } from '../entity-index';
import { MentionTable } from '../mention-table';
import { sharedModelData } from '../../ner/default-tagger';
import type { AnalyzeRequest, AnalyzeResponse } from './index-protocol';

/** A worker's analysis of one file: packed, with the table of its batch. */
export type WorkerResult = (CompactAnalysis & { file: string; hash: string }) | { file: string; error: string };

/**
 * A worker heap limit for hosts that must stay small (an editor's extension host): enough for an
 * article of about 3 MB (a 2 MB one peaks near 90 MB), small enough that two workers leave room
 * for the editor.
 */
export const SMALL_HOST_WORKER_HEAP_MB = 128;

/** How the pool runs its workers. */
export interface WorkerPoolOptions {
  /** Number of workers (default: the cores, at most 4). */
  size?: number;
  /**
   * Heap limit of each worker in MB. A host that must stay small (the extension host) sets it; a
   * file too big for it fails alone, with an error, and the worker is replaced.
   */
  maxHeapMb?: number;
}

interface Pending {
  resolve(value: WorkerResult[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker | undefined;
  pending: Map<number, Pending>;
}

/**
 * A few worker threads that analyse batches of articles. Work goes to the least busy worker. A
 * worker that dies (out of memory on a huge file, a crash) is replaced; its batch is analysed
 * again file by file, so only the file that cannot be analysed comes back as an error.
 */
export class IndexWorkerPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly options: WorkerPoolOptions = {},
  ) {
    const size = options.size ?? Math.max(1, Math.min(availableParallelism(), 4));
    for (let i = 0; i < size; i++) this.slots.push({ worker: undefined, pending: new Map() });
  }

  get size(): number {
    return this.slots.length;
  }

  private workerOf(slot: Slot): Worker {
    if (slot.worker) return slot.worker;
    const limits = this.options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } } : {};
    // One copy of the model for the pool's thread and every worker, replaced ones included.
    const worker = new Worker(this.script, { ...limits, workerData: sharedModelData() });
    slot.worker = worker;
    worker.on('message', (response: AnalyzeResponse) => {
      const p = slot.pending.get(response.id);
      slot.pending.delete(response.id);
      const table = new MentionTable(response.strings, response.variants);
      p?.resolve(response.results.map((r) => ('error' in r ? r : { ...r, table })));
    });
    const fail = (error: Error) => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      for (const p of slot.pending.values()) p.reject(error);
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`index worker stopped with code ${code}`)));
    return worker;
  }

  private send(items: AnalyzeRequest['items'], corrections: AnalyzeRequest['corrections']): Promise<WorkerResult[]> {
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const worker = this.workerOf(slot);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      worker.postMessage({ id, items, corrections } satisfies AnalyzeRequest);
    });
  }

  /** Analyses a batch; never rejects once started: a file that kills its worker gets an error result. */
  async analyze(items: AnalyzeRequest['items'], corrections: AnalyzeRequest['corrections']): Promise<WorkerResult[]> {
    if (this.disposed) return items.map((i) => ({ file: i.file, error: 'indexing was stopped' }));
    try {
      return await this.send(items, corrections);
    } catch (error) {
      if (this.disposed) return items.map((i) => ({ file: i.file, error: 'indexing was stopped' }));
      if (items.length === 1) return [{ file: items[0].file, error: `could not be analysed (${(error as Error).message}); it may be too large` }];
      const one = await Promise.all(items.map((item) => this.analyze([item], corrections)));
      return one.flat();
    }
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
  }
}
