import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { startLedMatches } from './word-led';
import { STOP } from './rule-tagger';

/**
 * Churches named by their denomination are organisations: "the Catholic Church", "the Greek Orthodox
 * Church", "the United Methodist Church". The model often finds nothing in them, or only the
 * nationality. So are national churches and well-known named ones ("the Church of England"). A
 * saint's church ("St Mary's Church", "the Church of St Anne") is a building, and is left alone.
 */

/** A denomination and "Church": "Orthodox Church", "Roman Catholic Church". */
const DENOMINATION_CHURCH = /(?:Catholic|Orthodox|Anglican|Methodist|Baptist|Lutheran|Presbyterian|Episcopal|Evangelical|Pentecostal|Coptic|Apostolic|Reformed|Adventist|Moravian|Mennonite|Uniting|Unification|Maronite)[ \t]+Church(?![\p{L}\p{N}'’-]|[ \t]+of[ \t]+\p{Lu})/gu;
/**
 * Churches named "Church of" a nation or of their faith, the well-known bodies the model reads as a
 * place ("the Church of England") or cuts at a person ("the Church of Jesus Christ of Latter-day Saints").
 */
const NAMED_CHURCH = /Church[ \t]+of[ \t]+(?:England|Scotland|Ireland|Wales|Sweden|Norway|Denmark|Finland|Iceland|Greece|Cyprus|Jesus[ \t]+Christ[ \t]+of[ \t]+Latter-[Dd]ay[ \t]+Saints|Christ|God|the[ \t]+Nazarene|the[ \t]+Brethren)(?![\p{L}\p{N}'’-])/gu;
/** A capitalised word that may open a church's name before its denomination: "Greek", "Roman", "United". */
const LEAD_WORD = /^\p{Lu}\p{Ll}+$/u;
/** At most this many words are read back before the denomination. */
const MOST_LEAD = 2;

/** The matches of {@link DENOMINATION_CHURCH}, tried only where a denomination's word stands (see `word-led.ts`). */
const denominationChurches = startLedMatches(DENOMINATION_CHURCH);
/** The matches of {@link NAMED_CHURCH}, tried only where "Church" stands. */
const namedChurches = startLedMatches(NAMED_CHURCH);

/** The churches named in `text`, as organisations; searched only when it holds "Church". */
const churchesIn = lastTextMemo((text: string): NamedSpan[] => {
  if (!text.includes('Church')) return [];
  const found: NamedSpan[] = [];
  for (const m of denominationChurches(text)) {
    if (m.index > 0 && /[\p{L}\p{N}-]/u.test(text[m.index - 1])) continue;
    let start = m.index;
    for (let n = 0; n < MOST_LEAD && text[start - 1] === ' '; n++) {
      let from = start - 1;
      while (from > 0 && /[\p{L}]/u.test(text[from - 1])) from--;
      const word = text.slice(from, start - 1);
      if (!LEAD_WORD.test(word) || STOP.has(word) || (from > 0 && !/[\s"“(]/u.test(text[from - 1]))) break;
      start = from;
    }
    found.push({ type: 'organization', start, end: m.index + m[0].length });
  }
  for (const m of namedChurches(text)) {
    if (m.index === 0 || !/[\p{L}\p{N}-]/u.test(text[m.index - 1])) found.push({ type: 'organization', start: m.index, end: m.index + m[0].length });
  }
  return found;
});

/** Spans (sorted, apart) with the churches named by their denomination put in over what the model found of them. */
export function withChurches(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const churches = churchesIn(text);
  return churches.length ? withWholeNames(spans, mapSpans(churches, (c) => ({ ...c }))) : [...spans];
}
