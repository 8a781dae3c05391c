import type { TextRange } from '../../../src/core/model/types';
import type { NamedSpan, Tagger } from '../../../src/core/ner/index';

/**
 * A tagger for tests: marks every whole-word occurrence of the given names inside the regions,
 * longest names first, so tests of linking and offsets do not depend on the shipped model.
 */
export function fakeTagger(names: Record<string, NamedSpan['type']>): Tagger {
  const ordered = Object.keys(names).sort((a, b) => b.length - a.length);
  return {
    find(text: string, regions: readonly TextRange[]): NamedSpan[] {
      const spans: NamedSpan[] = [];
      for (const region of regions) {
        for (const name of ordered) {
          for (let at = text.indexOf(name, region.start); at >= 0 && at + name.length <= region.end; at = text.indexOf(name, at + 1)) {
            const end = at + name.length;
            const wordStart = at === 0 || !/[\p{L}\d]/u.test(text[at - 1]);
            const wordEnd = end === text.length || !/[\p{L}\d]/u.test(text[end]);
            if (wordStart && wordEnd && !spans.some((s) => s.start < end && at < s.end)) spans.push({ type: names[name], start: at, end });
          }
        }
      }
      return spans.sort((a, b) => a.start - b.start);
    },
  };
}
