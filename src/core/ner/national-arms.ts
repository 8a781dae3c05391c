import type { NamedSpan } from './index';
import { isTitleWord, PLACES, STOP } from './rule-tagger';
import { wordBefore } from './word-before';

/**
 * A company's or an organisation's national arm, named by its name and the country or region it
 * serves: "Hitwise UK", "Sony Australia", "Greenpeace Nordic", "BBC Scotland". The model marks the
 * country alone as a place, and the company apart if at all; one organisation spans both. The first
 * part is an organisation the model found, or a word no list knows that a company's cue introduces
 * ("the company Hitwise UK", "Photo: Sony Australia").
 */

/** Regions companies name their arms after, beside the listed countries and regions. */
const ARM_REGIONS = new Set(['Nordic', 'Nordics', 'Benelux', 'Americas', 'EMEA', 'Asia Pacific', 'Asia-Pacific', 'APAC', 'LatAm']);
/** Bodies of several countries, whose name before a country's is their work there ("the UN Libya mission"), not an arm. */
const INTERNATIONAL = new Set(['UN', 'U.N.', 'EU', 'E.U.', 'NATO', 'OSCE', 'IMF', 'WHO', 'OPEC', 'ASEAN', 'OECD', 'WTO', 'UNHCR', 'UNICEF', 'UNESCO', 'IAEA', 'ICC', 'AU', 'G7', 'G20', 'CSTO', 'World Bank', 'African Union', 'European Union', 'United Nations', 'European Commission', 'Council of Europe']);
/** Words for a company. */
const COMPANY = 'company|firm|group|maker|manufacturer|retailer|brand|giant|chain|provider|operator|publisher|broadcaster|agency|consultancy|subsidiary|arm|unit|division|start-?up|carrier|supplier|distributor|insurer|lender';
/** A company's cue right before its name: "the company ", "retailer ", "Photo: ", "Courtesy of ". */
const COMPANY_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:${COMPANY})|(?<![\p{L}])(?:(?:Photo(?:graph)?|Image|Picture|Credit|Source)[ \t]*:|Courtesy(?: of)?))[ \t]+$`, 'u');
/** A company's description right after its name: ", a research company", ", the retailer's". */
const COMPANY_AFTER = new RegExp(String.raw`^(?:['’]s)?,[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}(?:${COMPANY})(?![\p{L}])`, 'u');
/** A company's one-word name before its country: "Hitwise" (UK), "H&M" (Sweden). */
const COMPANY_WORD = /^\p{Lu}[\p{L}\p{N}&]*$/u;
/** A capitalised word right after a name, ending it: " Nordic", " Benelux". */
const REGION_AFTER = /^ (\p{Lu}[\p{L}-]+)(?![\p{L}\p{N}-]|[ \t]+\p{Lu})/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** After the country at `end`: no longer name ("Sony Australia Ltd" is the model's to find), no modifier ("UK-based"). */
function endsHere(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (next === '-' || LETTER_OR_DIGIT.test(next)) return false;
  return !((next === ' ' || next === '\t') && UPPER.test(text[end + 1] ?? ''));
}

/**
 * Spans (sorted, apart) with a company and the country after it joined into one organisation; see the
 * file's comment. `isArea` tells a listed country or region ("UK", "Australia"); `isListed` a word the
 * lists know as something, which a cue alone does not make a company.
 */
export function withNationalArms(text: string, spans: readonly NamedSpan[], isArea: (name: string) => boolean, isListed: (word: string) => boolean): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type === 'person') {
      out.push(s);
      continue;
    }
    // "Greenpeace" + " Nordic": a region the model found nothing of, right after an organisation.
    const region = s.type === 'organization' && text[s.end] === ' ' && UPPER.test(text[s.end + 1] ?? '') ? REGION_AFTER.exec(text.slice(s.end, s.end + 16)) : null;
    if (region && ARM_REGIONS.has(region[1]) && !(k + 1 < spans.length && spans[k + 1].start < s.end + region[0].length)) {
      out.push({ ...s, end: s.end + region[0].length });
      continue;
    }
    const prev = out[out.length - 1];
    const adjacent = !!prev && prev.end === s.start - 1 && text[prev.end] === ' ';
    // Only a country after a name: a span right before, or a capitalised word.
    const before = wordBefore(text, s.start, true);
    const name = adjacent || before ? text.slice(s.start, s.end) : '';
    if (!name || !endsHere(text, s.end) || !(isArea(name) || ARM_REGIONS.has(name))) {
      out.push(s);
      continue;
    }
    const owner = adjacent ? text.slice(prev.start, prev.end) : null;
    // An organisation the model found, right before the country.
    // "Nato" and "Opec" as British style writes them too.
    if (adjacent && prev.type === 'organization' && !INTERNATIONAL.has(owner!) && !INTERNATIONAL.has(owner!.toUpperCase()) && !isArea(owner!)) {
      out[out.length - 1] = { ...prev, end: s.end };
      continue;
    }
    // A word no list knows, found as nothing or as one word of another type, after a company's cue.
    const word = before && COMPANY_WORD.test(before.word) ? before.word : null;
    const start = before ? before.start : s.start;
    const free = !prev || prev.end <= start || (adjacent && prev.start === start);
    if (word && free && isCompanyWord(word, isListed) && (COMPANY_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || COMPANY_AFTER.test(text.slice(s.end, s.end + 60)))) {
      if (adjacent && prev.start === start) out.pop();
      out.push({ type: 'organization', start, end: s.end });
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Whether `word` can be a company's name: no listed name, no function word, title or nationality. */
function isCompanyWord(word: string, isListed: (word: string) => boolean): boolean {
  return !isListed(word) && !PLACES.has(word) && !STOP.has(word) && !isTitleWord(word);
}
