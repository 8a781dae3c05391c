/** Lower case without accents: the key under which "ASUNCION" finds "Asunción". */
const bare = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Per map of prose forms, those forms keyed without accents; built once, only when asked. */
const folded = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();

/**
 * The article's own accented spelling of a name it also writes in capitals without accents: wire
 * datelines drop accents ("ASUNCION, Paraguay") where the story writes "Asunción". `forms` maps
 * lower-case names to how the prose writes them; undefined when no accented form matches.
 */
export function accentedForm(forms: ReadonlyMap<string, string>, name: string): string | undefined {
  let byBare = folded.get(forms);
  if (!byBare) {
    byBare = new Map();
    // Only forms with letters beyond ASCII can differ from their bare key.
    for (const [key, form] of forms) if (/[^\u0000-\u007f]/u.test(key) && !byBare.has(bare(key))) byBare.set(bare(key), form);
    folded.set(forms, byBare);
  }
  // Most articles write no accented name: nothing to look up then.
  return byBare.size === 0 ? undefined : byBare.get(bare(name));
}
