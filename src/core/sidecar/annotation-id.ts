/** Letters and digits of annotation ids, without look-alikes (l, o, 0, 1) so they can be read out. */
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
/** 32^6 ≈ 10^9 ids: collisions within one article's sidecar are practically impossible, and retried. */
const ID_LENGTH = 6;

/** A random number in [0, 1): WebCrypto where present (browsers, Node 20), else `Math.random`. */
function secureRandom(): number {
  const c = (globalThis as { crypto?: { getRandomValues?(a: Uint32Array): Uint32Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;
  return Math.random();
}

/** A short id (6 characters, no look-alike letters) not used in `taken`. */
export function newAnnotationId(taken: ReadonlySet<string>, random: () => number = secureRandom): string {
  for (;;) {
    let id = '';
    for (let i = 0; i < ID_LENGTH; i++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
    if (!taken.has(id)) return id;
  }
}
