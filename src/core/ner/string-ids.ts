import { fnv1a } from './string-table';

/** Slots the table has at first; it doubles as strings are added, so at most half are taken. */
const START_SLOTS = 1 << 12;

/**
 * Small integer ids (1, 2, 3, ...) for strings, in order of first sight, kept in an open-addressing
 * table over their FNV-1a hashes. A tagger asks for the id of every token, each a fresh string: hashing
 * its characters here costs less than a `Map`, which hashes a new string in the engine and compares
 * it with the stored key through the engine's string equality.
 */
export class StringIds {
  /** Per slot: the id of the string there, or 0 when empty. */
  private slots = new Int32Array(START_SLOTS);
  /** Per id: the string and its hash (index 0 unused). */
  private strings: string[] = [''];
  private hashes = new Int32Array(START_SLOTS / 2);

  /** Number of strings held. */
  get size(): number {
    return this.strings.length - 1;
  }

  /** The id of `s`, or 0 when it has none. */
  get(s: string): number {
    const h = fnv1a(s) | 0;
    const { slots, hashes, strings } = this;
    const mask = slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const id = slots[at];
      if (id === 0) return 0;
      if (hashes[id] === h && strings[id] === s) return id;
    }
  }

  /** Gives `s`, which has no id, the next one and returns it. */
  add(s: string): number {
    const id = this.strings.length;
    if (2 * id >= this.slots.length) this.grow();
    if (id >= this.hashes.length) {
      const hashes = new Int32Array(2 * this.hashes.length);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.strings.push(s);
    this.hashes[id] = fnv1a(s) | 0;
    this.place(id);
    return id;
  }

  /** Forgets every string: ids start again from 1. */
  clear(): void {
    this.slots = new Int32Array(START_SLOTS);
    this.strings = [''];
    this.hashes = new Int32Array(START_SLOTS / 2);
  }

  private place(id: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    let at = this.hashes[id] & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = id;
  }

  private grow(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    for (let id = 1; id < this.strings.length; id++) this.place(id);
  }
}
