import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * "Amazon" is a listed company, and the model and the lists read the company in "the Amazon gold
 * trade", "deforestation in the Amazon" and "the Amazon rainforest", which name the river's region.
 * A mention with "the" before it (and no word of the company's business after it) or a word of the
 * land after it is the place; when one mention is, so is every mention in an article that gives the
 * company no cue of its own ("Amazon Web Services", "Amazon's chief executive", "Amazon.com").
 */

/** A word of land or water after the name: "Amazon rainforest", "Amazon basin", "Amazon River". */
const LAND_AFTER = /^[ \t]+(?:rainforest|rain[ \t]+forest|forest|jungle|basin|Basin|river|River|region|biome|delta|estuary|states?|frontier|tributar(?:y|ies))(?![\p{L}-])/u;
/** "the" right before the name. */
const THE_BEFORE = /(?:^|[^\p{L}])(?:the|The)[ \t]+$/u;
/** Words after the name that make it the company's even after "the": "the Amazon founder". */
const COMPANY_AFTER = /^(?:\.com|-\p{L}|['’]s?[ \t]+(?:founder|chief|boss|shares?|stock|workers?|employees|warehouses?|executives?|app|store|website|platform|deal)|[ \t]+(?:founder|chief|boss|CEO|shares?|stock|workers?|employees|warehouses?|executives?|spokes(?:man|woman|person)|app|store|website|platform|deal|account|delivery|deliveries|drivers?|sellers?|customers?|Prime|Web|Music|Fresh|Echo|Alexa|Kindle|Studios|Inc|Logistics)(?![\p{L}-]))/u;
const NAME = 'Amazon';

/** Whether the mention at `s` is the place, by the words around it alone. */
function placeByContext(text: string, s: NamedSpan): boolean {
  const after = text.slice(s.end, s.end + 24);
  if (LAND_AFTER.test(after)) return true;
  return THE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start)) && !COMPANY_AFTER.test(after);
}

/** Spans (sorted, apart) with "Amazon" the region where the text says so; see the file's comment. */
export function withAmazonRegion(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes(NAME)) return spans as NamedSpan[];
  const mentions = spans.filter((s) => s.end - s.start === NAME.length && text.startsWith(NAME, s.start));
  if (!mentions.length) return spans as NamedSpan[];
  const companyCue = mentions.some((s) => COMPANY_AFTER.test(text.slice(s.end, s.end + 24)));
  const cued = new Set(mentions.filter((s) => placeByContext(text, s)));
  if (!cued.size) return spans as NamedSpan[];
  return mapChangedSpans(spans, (s) => (s.type !== 'place' && (cued.has(s) || (!companyCue && mentions.includes(s))) ? { ...s, type: 'place' } : s));
}
