import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * "the Tom Cruise video", "the Biden campaign", "a Paris restaurant": a name used before a noun
 * describes the noun, and the model, reading the noun, often gives the name the noun's kind (a video
 * made by a company, a campaign run by an organisation). Such a mention tells nothing of the name's
 * type; when the article names it elsewhere in a sentence of its own, with one type, the mention
 * before the noun takes that type.
 */

/** "the", "a" or "an" right before a name. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:[Tt]he|an?)[ \t]+$/u;
/** A lower-case word right after a name: the noun it describes ("video", "campaign"). */
const NOUN_AFTER = /^[ \t]+\p{Ll}{2,}(?![\p{L}\p{N}'’-])/u;
/** Words after a name that are no noun it describes: verbs and function words. */
const NOT_NOUNS = new Set(['and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'said', 'says', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'which', 'who', 'that', 'also', 'did', 'does', 'do', 'not', 'than', 'after', 'before', 'since', 'while', 'when', 'where', 'but', 'if']);

/** Whether span `s` stands before a noun it describes: an article before it, a lower-case noun after it. */
function beforeNoun(text: string, s: NamedSpan): boolean {
  const c = text.charCodeAt(s.end + 1);
  if (c < 97 || c > 122) return false;
  const noun = NOUN_AFTER.exec(text.slice(s.end, s.end + 24));
  return !!noun && !NOT_NOUNS.has(noun[0].trim()) && ARTICLE_BEFORE.test(text.slice(Math.max(0, s.start - 5), s.start));
}

/** Spans (sorted, apart) with each name before a noun typed as the article's other mentions of it, when those agree. */
export function withModifierMentions(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let modifiers: Set<number> | null = null;
  for (let i = 0; i < spans.length; i++) if (beforeNoun(text, spans[i])) (modifiers ??= new Set()).add(i);
  if (!modifiers) return spans as NamedSpan[];
  // Only the other mentions of a modifier's name count: a span of another length is passed over unread.
  const lengths = new Set<number>();
  for (const i of modifiers) lengths.add(spans[i].end - spans[i].start);
  // The one type of each name's other mentions, or null when they disagree.
  const types = new Map<string, NamedSpan['type'] | null>();
  for (let i = 0; i < spans.length; i++) {
    if (modifiers.has(i) || !lengths.has(spans[i].end - spans[i].start)) continue;
    const name = text.slice(spans[i].start, spans[i].end);
    const known = types.get(name);
    types.set(name, known === undefined || known === spans[i].type ? spans[i].type : null);
  }
  const found = modifiers;
  return mapChangedSpans(spans, (s, i) => {
    if (!found.has(i)) return s;
    const type = types.get(text.slice(s.start, s.end));
    return type && type !== s.type ? { ...s, type } : s;
  });
}
