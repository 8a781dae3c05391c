import type { NamedSpan } from './index';
import { ORGS, PLACES, TITLES } from './rule-tagger';

const TRAILING_POSSESSIVE = /(?:['’]s?|\s+)$/u;
const LEADING_WORD = /^(\S+?)\.?\s+/u;

/**
 * The rule layer over the model's spans: titles and possessives are never part of a name, well-known
 * organisations and places take their gazetteer type, and one name keeps one type in an article
 * (the type most of its mentions got).
 */
export function refineSpans(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const cleaned: NamedSpan[] = [];
  for (const original of spans) {
    const s = { ...original };
    for (let m = TRAILING_POSSESSIVE.exec(text.slice(s.start, s.end)); m && m[0].length && s.end - m[0].length > s.start; m = TRAILING_POSSESSIVE.exec(text.slice(s.start, s.end))) {
      s.end -= m[0].length;
    }
    for (let m = LEADING_WORD.exec(text.slice(s.start, s.end)); m && TITLES.test(m[1]); m = LEADING_WORD.exec(text.slice(s.start, s.end))) {
      s.start += m[0].length;
    }
    const name = text.slice(s.start, s.end);
    if (!/\p{Lu}/u.test(name)) continue;
    if (ORGS.has(name)) s.type = 'organization';
    else if (PLACES.has(name)) s.type = 'place';
    cleaned.push(s);
  }
  // A surname alone refers to the person named in full elsewhere in the article.
  const surnames = new Set(cleaned.filter((s) => s.type === 'person').map((s) => text.slice(s.start, s.end).split(/\s+/u)).filter((p) => p.length > 1).map((p) => p[p.length - 1]));
  for (const s of cleaned) if (surnames.has(text.slice(s.start, s.end)) && !ORGS.has(text.slice(s.start, s.end)) && !PLACES.has(text.slice(s.start, s.end))) s.type = 'person';
  const votes = new Map<string, Map<NamedSpan['type'], number>>();
  for (const s of cleaned) {
    const name = text.slice(s.start, s.end);
    const v = votes.get(name) ?? new Map();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(name, v);
  }
  return cleaned.map((s) => {
    const v = votes.get(text.slice(s.start, s.end))!;
    let best = s.type;
    for (const [type, count] of v) if (count > (v.get(best) ?? 0)) best = type;
    return best === s.type ? s : { ...s, type: best };
  });
}
