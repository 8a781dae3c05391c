/**
 * The verbs that tell a person right before them: a speaker's ("said", "told", "insisted") and those
 * a person, seldom a place or a thing, is the subject of ("scored", "became", "has"). The rules that
 * find a person by the word after a name read them here, so one list grows for all of them.
 */

/** Reporting verbs: a name right before one speaks ("Griffin said", "Hendra told"). */
export const SPEECH_VERBS = [
  'said', 'says', 'told', 'added', 'asked', 'replied', 'wrote', 'called', 'argued', 'insisted', 'warned', 'explained', 'admitted', 'conceded', 'stressed', 'recalled', 'claimed', 'denied', 'announced', 'described', 'posted', 'tweeted',
] as const;

/** Other verbs a person is the subject of after a name ("Tāne has", "Eden Hazard scored"), and "who". */
const PERSON_ONLY_VERBS = ['has', 'had', 'was', 'is', 'would', 'will', 'issued', 'scored', 'won', 'lost', 'became', 'who'] as const;

/** The end of a word: no letter, mark, apostrophe or hyphen goes on. */
const WORD_END = String.raw`(?![\p{L}\p{M}'’-])`;

/**
 * A person's possessive or verb right after a name, read from the name's end: "'s lawyer", " said",
 * " has", " scored", " who". Anchored: test it on the text from the name's end (a dozen characters).
 */
export const PERSON_AFTER = new RegExp(String.raw`^(?:['’]s(?![\p{L}])|[ \t]+(?:${[...SPEECH_VERBS, ...PERSON_ONLY_VERBS].join('|')})${WORD_END})`, 'u');

/** A reporting verb after a space, anywhere in a text (global: reset `lastIndex` before a search); the space is where the name ends. */
export const SPEECH_IN_TEXT = new RegExp(String.raw`[ \t](?:${SPEECH_VERBS.join('|')})${WORD_END}`, 'gu');

/** A reporting verb right after a name, read from the name's end (a dozen characters). */
export const SPEECH_AFTER = new RegExp(String.raw`^[ \t](?:${SPEECH_VERBS.join('|')})${WORD_END}`, 'u');

/** The longest text after a name that {@link PERSON_AFTER} and {@link SPEECH_AFTER} need to see. */
export const VERB_AFTER_LENGTH = 2 + Math.max(...[...SPEECH_VERBS, ...PERSON_ONLY_VERBS].map((v) => v.length));
