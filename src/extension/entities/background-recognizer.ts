import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Entity } from '../../core/model/types';
import { sharedModelData } from '../../core/ner/default-tagger';
import type { RecognizeReply, RecognizeRequest } from './recognize-worker';

/**
 * Recognition of whole large documents in a worker thread. Requests for the same document replace
 * each other while queued, so a burst of edits costs one run per pause, never a backlog.
 */
export class BackgroundRecognizer {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: RecognizeReply) => void>();
  private readonly queue: Array<{ key: string; request: RecognizeRequest; settle: (entities: Entity[] | undefined) => void }> = [];
  private busy = false;

  /** Whether a worker can be used here (it cannot once it failed to start). */
  get available(): boolean {
    return !this.failed;
  }

  /** Entities of `text`, or undefined when superseded by a newer request for `key` or when the worker failed. */
  recognize(key: string, text: string, fileName: string): Promise<Entity[] | undefined> {
    return new Promise((settle) => {
      for (const queued of this.queue.filter((q) => q.key === key)) queued.settle(undefined);
      const rest = this.queue.filter((q) => q.key !== key);
      this.queue.length = 0;
      this.queue.push(...rest, { key, request: { id: this.nextId++, text, fileName }, settle });
      this.pump();
    });
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      // The host's model bytes, shared: the worker's tagger makes no copy of its own.
      const worker = new Worker(path.join(__dirname, 'recognize-worker.js'), { workerData: sharedModelData() });
      worker.on('message', (reply: RecognizeReply) => {
        this.waiting.get(reply.id)?.(reply);
        this.waiting.delete(reply.id);
      });
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
      worker.unref();
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }

  private fail(): void {
    this.failed = true;
    this.worker = undefined;
    for (const settle of this.waiting.values()) settle({ id: -1, error: 'the recognition worker stopped' });
    this.waiting.clear();
  }

  private pump(): void {
    if (this.busy) return;
    const next = this.queue.shift();
    if (!next) return;
    const worker = this.start();
    if (!worker) {
      next.settle(undefined);
      this.pump();
      return;
    }
    this.busy = true;
    this.waiting.set(next.request.id, (reply) => {
      this.busy = false;
      next.settle('entities' in reply ? reply.entities : undefined);
      this.pump();
    });
    worker.postMessage(next.request);
  }

  dispose(): void {
    for (const q of this.queue) q.settle(undefined);
    this.queue.length = 0;
    const worker = this.worker;
    this.worker = undefined;
    this.failed = true;
    void worker?.terminate();
  }
}
