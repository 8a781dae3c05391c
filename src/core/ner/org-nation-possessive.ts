import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';

/**
 * Organisations a country's possessive introduces: initials ("Singapore's GIC", "Japan's NHK",
 * "India's BJP"), and a name the model read as a place that is no listed place, where a trade's verb
 * says it is a seller or a buyer ("bought it from France's Casino Guichard-Perrachon", "sold to
 * Japan's Seven & i"). Initials that are a listed place ("Britain's UK arm") stand.
 */

/** The possessive and initials right after a country's name. */
const INITIALS_AFTER = /^['’]s[ \t]+(\p{Lu}{2,6})(?![\p{L}\p{N}&-])/u;
/** A possessive right after a country's name. */
const POSSESSIVE_AFTER = /^['’]s[ \t]+$/u;
/** A trade's verb, then "from", "to" or "by", right before the country's name. */
const TRADE_BEFORE = /(?:^|[^\p{L}])(?:bought|buys?|buying|acquired|acquires?|purchased|sold|sells?|selling|taken[ \t]+over|took[ \t]+over)(?:[ \t]+(?:it|them|the[ \t]+\p{Ll}+|a[ \t]+stake|its[ \t]+stake))?[ \t]+(?:from|to|by)[ \t]+$/u;

/** Spans (sorted, apart) with the organisations a country's possessive introduces; see the file's comment. */
export function withNationPossessives(text: string, spans: readonly NamedSpan[], isNation: (name: string) => boolean, isListedPlace: (name: string) => boolean): NamedSpan[] {
  const names: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const c = text.charCodeAt(s.end);
    // The possessive's apostrophe first: most names are not followed by one.
    if ((c !== 39 && c !== 0x2019) || s.type === 'person' || !isNation(text.slice(s.start, s.end))) continue;
    const initials = INITIALS_AFTER.exec(text.slice(s.end, s.end + 12));
    const next = spans[k + 1];
    if (initials) {
      const start = s.end + initials[0].length - initials[1].length;
      if (!isListedPlace(initials[1]) && (!next || next.start >= start + initials[1].length || (next.start === start && next.end === start + initials[1].length))) names.push({ type: 'organization', start, end: start + initials[1].length });
      continue;
    }
    if (!next || next.type !== 'place' || !POSSESSIVE_AFTER.test(text.slice(s.end, next.start)) || isListedPlace(text.slice(next.start, next.end))) continue;
    if (TRADE_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start))) names.push({ ...next, type: 'organization' });
  }
  if (!names.length) return spans as NamedSpan[];
  // A name found as a place gives way to the same name as an organisation.
  const retyped = spans.filter((s) => !names.some((n) => n.start === s.start && n.end === s.end));
  return withWholeNames(retyped, names);
}
