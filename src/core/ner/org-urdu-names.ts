import type { NamedSpan } from './index';

/**
 * Parties and groups of South Asia named in Urdu, Persian or Arabic, whose first word says what the
 * body is and is joined to the rest by a linking vowel or article: "Jamaat-e-Islami" (a party),
 * "Tehreek-e-Insaf" (a movement), "Lashkar-e-Taiba" (an army), "Hizb-ut-Tahrir" (a party),
 * "Harkat-ul-Mujahideen". The model reads them as people; they are organisations. A person's name of
 * the same shape ("Noor-e-Alam") starts with another word.
 */

/** First words that name a body: party, society, movement, army, troop, council, union, front. */
const BODY_WORDS = new Set(['Jamaat', 'Jamiat', 'Tehreek', 'Tehrik', 'Tahreek', 'Tahrik', 'Lashkar', 'Jaish', 'Hizb', 'Harkat', 'Majlis', 'Ittehad', 'Ittihad', 'Sipah', 'Anjuman', 'Tanzeem', 'Tanzim', 'Ansar']);
/** The linking vowel or article after the first word: "-e-", "-i-", "-ul-", "-ut-", "-ud-", "-al-". */
const LINK = /^-(?:e|i|ul|ut|ud|us|al)-\p{Lu}/u;

/** Spans (sorted, apart) with the bodies of the file's comment typed as organisations. */
export function withUrduNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  return spans.map((s) => {
    if (s.type === 'organization') return s;
    // Read within the span: a search from its start could run to the end of a long text.
    const name = text.slice(s.start, s.end);
    const hyphen = name.indexOf('-');
    if (hyphen < 0 || !BODY_WORDS.has(name.slice(0, hyphen)) || !LINK.test(name.slice(hyphen, hyphen + 6))) return s;
    return { ...s, type: 'organization' as const };
  });
}
