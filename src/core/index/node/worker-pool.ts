import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CompactAnalysis } from '../entity-index';
import { MentionTable } from '../mention-table';
import type { AnalyzeRequest, AnalyzeResponse } from './index-protocol';

/** A worker's analysis of one file: packed, with the table of its batch. */
export type WorkerResult = (CompactAnalysis & { file: string; hash: string }) | { file: string; error: string };

interface Pending {
  resolve(value: WorkerResult[]): void;
  reject(error: Error): void;
}

/**
 * A few worker threads that analyse batches of articles. Work goes to the least busy worker; a worker
 * that dies fails its pending batches instead of hanging them.
 */
export class IndexWorkerPool {
  private readonly workers: Array<{ worker: Worker; pending: Map<number, Pending> }> = [];
  private nextId = 1;

  constructor(script: string, size = Math.max(1, Math.min(availableParallelism() - 0, 4))) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script);
      const slot = { worker, pending: new Map<number, Pending>() };
      worker.on('message', (response: AnalyzeResponse) => {
        const p = slot.pending.get(response.id);
        slot.pending.delete(response.id);
        const table = new MentionTable(response.strings, response.variants);
        p?.resolve(response.results.map((r) => ('error' in r ? r : { ...r, table })));
      });
      const failAll = (error: Error) => {
        for (const p of slot.pending.values()) p.reject(error);
        slot.pending.clear();
      };
      worker.on('error', failAll);
      worker.on('exit', (code) => code !== 0 && failAll(new Error(`index worker stopped with code ${code}`)));
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  analyze(items: AnalyzeRequest['items'], corrections: AnalyzeRequest['corrections']): Promise<WorkerResult[]> {
    const slot = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, items, corrections } satisfies AnalyzeRequest);
    });
  }

  async dispose(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
