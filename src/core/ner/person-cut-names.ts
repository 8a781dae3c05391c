import type { NamedSpan } from './index';

/**
 * A full name the article writes more than once, which the model cut to its last word at one
 * mention ("Arco" of "*Álvaro Núñez de Arco with the trophy", where a mark before the name threw
 * it): where the words before the span spell a person's full name found elsewhere in the article,
 * the span is widened to that name and typed a person. Only names of three words or more count,
 * so that "New York" around a "York" or a given name before a surname is left to the other rules.
 */

const LETTER = /[\p{L}\p{M}]/u;

/** Spans (sorted, apart) with the cut mentions of people's full names widened; see the file's comment. */
export function withCutNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const full = new Map<string, string[]>();
  for (const s of spans) {
    if (s.type !== 'person') continue;
    const name = text.slice(s.start, s.end);
    if (name.split(' ').length < 3) continue;
    const last = name.slice(name.lastIndexOf(' ') + 1);
    const names = full.get(last) ?? [];
    // The longest first: "Álvaro Núñez de Arco" before "Núñez de Arco".
    if (!names.includes(name)) names.push(name);
    names.sort((a, b) => b.length - a.length);
    full.set(last, names);
  }
  if (!full.size) return spans as NamedSpan[];
  let out: NamedSpan[] | null = null;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const names = full.get(text.slice(s.start, s.end));
    if (!names) continue;
    const floor = k > 0 ? spans[k - 1].end : 0;
    const name = names.find((n) => s.end - n.length >= floor && text.startsWith(n, s.end - n.length) && !LETTER.test(text[s.end - n.length - 1] ?? ' '));
    if (!name) continue;
    out ??= [...spans];
    out[k] = { type: 'person', start: s.end - name.length, end: s.end };
  }
  return out ?? (spans as NamedSpan[]);
}
