import type { Entity } from '../model/types';
import { ALIASES } from './aliases';

const POSSESSIVE = /['’]s?$/u;
const NAME_PARTICLES = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'von', 'van', 'der', 'al']);

function bare(text: string): string {
  return text.replace(POSSESSIVE, '').replace(/\s+/gu, ' ').trim();
}

/** "YEREVAN" -> "Yerevan", "SÃO PAULO" -> "São Paulo"; mixed-case names are left alone. */
function titleCase(text: string): string {
  if (!/^[^\p{Ll}]*$/u.test(text) || !/\p{Lu}{3,}/u.test(text) || text.length <= 4) return text;
  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Initials of a multi-word name ("Collective Security Treaty Organization" -> "CSTO"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter((w) => w && !NAME_PARTICLES.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/**
 * Gives every named entity its canonical name within the article: the fullest name that contains
 * a short form (people's surnames), the expansion of an acronym found in the article (either way
 * round), title case for upper-case datelines, and the alias table for common abbreviations.
 */
export function linkCanonicalNames(entities: Entity[]): Entity[] {
  const display = (e: Entity) => (e.type === 'organization' ? bare(e.text) : titleCase(bare(e.text)));
  const names = entities.filter((e) => e.type !== 'date').map((e) => ({ e, name: display(e) }));
  const fullNames = new Map<string, string[]>();
  for (const { e, name } of names) {
    const list = fullNames.get(e.type) ?? [];
    if (!list.includes(name)) list.push(name);
    fullNames.set(e.type, list);
  }
  const acronyms = new Map<string, string>();
  for (const { e, name } of names) {
    if (e.type === 'organization' || e.type === 'place') {
      const words = name.split(/\s+/u).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
      if (words.length >= 2) acronyms.set(initials(name), name);
    }
  }
  return entities.map((e) => {
    if (e.type === 'date') return e;
    const name = display(e);
    let canonical = name;
    if (e.type === 'person') {
      // The longest person name in the article that ends with (or contains) this one as whole words.
      const longer = (fullNames.get('person') ?? []).filter((n) => n !== name && n.length > name.length && new RegExp(`(?:^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:$|\\s)`, 'u').test(n));
      if (longer.length) canonical = longer.sort((a, b) => b.length - a.length)[0];
    } else {
      const compact = name.replace(/\./gu, '');
      const expansion = acronyms.get(compact) ?? (/^[\p{Lu}.]{2,8}$/u.test(name) ? undefined : undefined);
      if (expansion && /^[\p{Lu}.]{2,8}$/u.test(name)) canonical = expansion;
      else if (ALIASES[name]) canonical = ALIASES[name];
      else {
        // A shorter form of a multi-word name mentioned in full ("Karabakh" in "Nagorno-Karabakh" stays itself).
        const longer = (fullNames.get(e.type) ?? []).filter((n) => n !== name && n.length > name.length && n.split(/\s+/u).length > 1 && n.endsWith(` ${name}`));
        if (longer.length) canonical = longer.sort((a, b) => b.length - a.length)[0];
      }
    }
    return { ...e, canonical };
  });
}
