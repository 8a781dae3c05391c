/** How long a closed document's result is kept: giving it the news-article language reopens it at once. */
const KEEP_MS = 10_000;

/**
 * Results of documents just closed, by URI, kept for a few seconds: VS Code closes and reopens a
 * document whose language changes, and its text (hence its parse and entities) is the same.
 */
export class RecentlyClosed<T> {
  private readonly kept = new Map<string, { value: T; timer: ReturnType<typeof setTimeout> }>();

  keep(key: string, value: T): void {
    clearTimeout(this.kept.get(key)?.timer);
    this.kept.set(key, { value, timer: setTimeout(() => this.kept.delete(key), KEEP_MS) });
  }

  /** The kept value, handed over once (it is forgotten here). */
  take(key: string): T | undefined {
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    clearTimeout(kept.timer);
    this.kept.delete(key);
    return kept.value;
  }

  clear(): void {
    for (const k of this.kept.values()) clearTimeout(k.timer);
    this.kept.clear();
  }
}
