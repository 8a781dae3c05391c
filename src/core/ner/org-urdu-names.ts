import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';

/**
 * Parties and groups of South Asia named in Urdu, Persian or Arabic, where a word that says what the
 * body is is joined to the rest by a linking vowel or article: "Jamaat-e-Islami" (a party),
 * "Tehreek-e-Insaf" (a movement), "Lashkar-e-Taiba" (an army), "Hizb-ut-Tahrir" (a party),
 * "Harkat-ul-Mujahideen", "Pakistan Tehreek-e-Insaf", "Jamiat Ulema-e-Islam". The model reads them as
 * people; they are organisations. A person's name of the same shape ("Noor-e-Alam") and a place's
 * ("Mazar-e-Sharif") hold no such word.
 */

/** Words that name a body: party, society, movement, army, troop, council, union, front, clergy. */
const BODY_WORDS = new Set(['Jamaat', 'Jamiat', 'Tehreek', 'Tehrik', 'Tahreek', 'Tahrik', 'Lashkar', 'Jaish', 'Hizb', 'Harkat', 'Majlis', 'Ittehad', 'Ittihad', 'Sipah', 'Anjuman', 'Tanzeem', 'Tanzim', 'Ansar', 'Ulema', 'Ulama']);
/** The linking vowel or article between two words: "-e-", "-i-", "-ul-", "-ut-", "-ud-", "-al-". */
const LINKED = /\p{L}-(?:e|i|ul|ut|ud|us|al)-\p{Lu}/u;
/** Where a name splits into words. */
const WORD_BREAK = /[ \t-]+/u;

/**
 * Whether `name` is a body's of the file's comment: a linking vowel or article inside it and a body's
 * word among its words. The early reading of all names and the late one of the people the later rules
 * made read this.
 */
export function isUrduBodyName(name: string): boolean {
  // Most names hold no hyphen: the cheap first test.
  if (!name.includes('-') || !LINKED.test(name)) return false;
  return name.split(WORD_BREAK).some((w) => BODY_WORDS.has(w));
}

/** Spans (sorted, apart) with the bodies of the file's comment typed as organisations. */
export function withUrduNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return mapChangedSpans(spans, (s) => (s.type === 'organization' || !isUrduBodyName(text.slice(s.start, s.end)) ? s : { ...s, type: 'organization' as const }));
}
