import type { NamedSpan } from './index';

/**
 * A store or a company named with a possessive keeps its "'s" where nothing follows it that it could
 * own: "Tesco, Morrison's and Asda", "bought at Macy's.", "Boots and Greggs's". A possessive always
 * stands before what it owns ("Greggs's profits"), so a comma, a full stop or "and" and another name
 * right after it show that the "'s" is part of the name. Only organisations' spans are read: "the
 * decision was Ravi's." is left to the model.
 */

/**
 * What may follow a store's "'s": a comma, a colon, a closing bracket, a full stop before a space or
 * the end, or "and" and another name that owns nothing either ("Boots and Greggs's.").
 */
const CLOSES = /^(?:[,;:)]|\.(?:\s|$)|[ \t]+(?:and|or)[ \t]+\p{Lu}[\p{L}\p{M}-]*(?:['’]s(?=[,;:)]|\.(?:\s|$))|(?![\p{L}\p{M}'’-])))/u;

/** Spans (sorted, apart) with the "'s" after an organisation's name taken into it where it owns nothing; see the file's comment. */
export function withStoreNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return spans.map((s, k) => {
    if (s.type !== 'organization' || (text[s.end] !== "'" && text[s.end] !== '’') || text[s.end + 1] !== 's') return s;
    const end = s.end + 2;
    if (end > (spans[k + 1]?.start ?? text.length) || !CLOSES.test(text.slice(end, end + 40))) return s;
    return { ...s, end };
  });
}
