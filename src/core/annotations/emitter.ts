/** Something to release: a listener, a watcher. Same shape as VS Code's, without importing it. */
export interface Disposable {
  dispose(): void;
}

/** Subscribes a listener; the result unsubscribes it. */
export type Event<T> = (listener: (value: T) => void) => Disposable;

/**
 * A tiny typed event source for core models, so they can announce changes without `vscode`.
 * Adapters forward these to `vscode.EventEmitter`s; tests check `listenerCount` for leaks.
 */
export class Emitter<T> implements Disposable {
  private listeners = new Set<(value: T) => void>();
  private disposed = false;

  /** Listen for values; the returned disposable stops listening. */
  readonly event: Event<T> = (listener) => {
    if (this.disposed) return { dispose: () => undefined };
    // Wrapped so the same function may subscribe twice and be removed once per subscription.
    const entry = (value: T) => listener(value);
    this.listeners.add(entry);
    return { dispose: () => void this.listeners.delete(entry) };
  };

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Calls every listener; one that throws does not stop the others (the first error is rethrown after). */
  fire(value: T): void {
    let failure: unknown;
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }
}
