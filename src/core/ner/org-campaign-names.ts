import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Campaigns and groups named by a call to act: "the Save Kok-Zhailau campaign", "the Stop Evictions
 * group", "the Save the Rhino Trust". After "the", a capitalised "Save" or "Stop" mid-sentence opens
 * a name, which runs over the capitalised words after it (a "the" or "our" first); the model reads
 * the place or the body's words at its end alone.
 */

/** The call and the capitalised words after it, from the call's first letter on (sticky). */
const CAMPAIGN = /(?:Save|Stop)[ \t]+(?:(?:the|our)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}(?![\p{L}\p{N}])/uy;
/** What stands right before the call: "the " or "The ". */
const LEADS = ['the Save ', 'The Save ', 'the Stop ', 'The Stop '];

/** The campaigns of a text, searched once for both readings of it. */
const campaignsIn = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const lead of LEADS) {
    for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
      CAMPAIGN.lastIndex = at + 4;
      const m = CAMPAIGN.exec(text);
      if (m) found.push({ type: 'organization', start: at + 4, end: at + 4 + m[0].length });
    }
  }
  return found;
});

/** Spans (sorted, apart) with the campaigns named by a call put in over the spans inside them; see the file's comment. */
export function withCampaignNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const found = campaignsIn(text);
  // Copies: a later rule may move a span's ends, and the remembered ones serve the second reading too.
  return found.length ? withWholeNames(spans, found.map((f) => ({ ...f }))) : [...spans];
}
