import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * A store or a company named with a possessive keeps its "'s" where nothing follows it that it could
 * own: "Tesco, Morrison's and Asda", "bought at Macy's.", "Boots and Greggs's". A possessive always
 * stands before what it owns ("Greggs's profits"), so a comma, a full stop or "and" and another name
 * right after it show that the "'s" is part of the name, unless the article writes the name without
 * it elsewhere ("PESA said", then "a price above PESA's."), where the thing owned is left unsaid. Only
 * organisations' spans are read: "the decision was Ravi's." is left to the model.
 */

/**
 * What may follow a store's "'s": a comma, a colon, a closing bracket, a full stop before a space or
 * the end, or "and" and another name that owns nothing either ("Boots and Greggs's.").
 */
const CLOSES = /^(?:[,;:)]|\.(?:\s|$)|[ \t]+(?:and|or)[ \t]+\p{Lu}[\p{L}\p{M}-]*(?:['’]s(?=[,;:)]|\.(?:\s|$))|(?![\p{L}\p{M}'’-])))/u;

/** Spans (sorted, apart) with the "'s" after an organisation's name taken into it where it owns nothing; see the file's comment. */
export function withStoreNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let bare: Set<string> | undefined;
  return mapChangedSpans(spans, (s, k) => {
    if (s.type !== 'organization' || (text[s.end] !== "'" && text[s.end] !== '’') || text[s.end + 1] !== 's') return s;
    const end = s.end + 2;
    if (end > (spans[k + 1]?.start ?? text.length) || !CLOSES.test(text.slice(end, end + 40))) return s;
    // A name the article writes without "'s" elsewhere owns something left unsaid: "a price above PESA's."
    bare ??= new Set(spans.filter((p) => p.type === 'organization' && text[p.end] !== "'" && text[p.end] !== '’').map((p) => text.slice(p.start, p.end)));
    return bare.has(text.slice(s.start, s.end)) ? s : { ...s, end };
  });
}
