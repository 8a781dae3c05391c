import type { Entity } from '../../../src/core/model/types';

/** Mentions of `names` in `text` in order, typed as given, before linking. */
export function mentions(text: string, names: Array<[string, Entity['type']]>): Entity[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { type, text: name, start, end: start + name.length, canonical: name };
  });
}

/** Each entity as "text->canonical". */
export const canonicals = (entities: Entity[]) => entities.map((e) => `${e.text}->${e.canonical}`);
