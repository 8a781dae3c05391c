/**
 * The shapes of one capitalised word of a name, shared by the rules that read names word by word,
 * so that a fix to what counts as a name's word reaches every rule that reads one. The patterns
 * without flags are plain `test()`s with no state; the source strings are for rules that build them
 * into larger expressions.
 */

/** A capital then small letters only (accents as combining marks too): "Geneviève", "Tours"; not "McAdam", "U.S.". */
export const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+$/u;

/** A capitalised word of a name, apostrophes and hyphens inside: "Tacoma", "McAllister", "O'Neill", "Hoi-yan". */
export const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/**
 * Source of a capitalised word of an organisation's name: "District", "U.S.", "Al-Amal"; no
 * apostrophe, so neither a possessive nor a sentence's full stop after the word is taken.
 */
export const ORG_NAME_WORD = String.raw`\p{Lu}(?:(?:\.\p{Lu})+\.|[\p{L}\p{M}-]*)`;

/**
 * Source of one part of a person's name: a capital and at least one small letter, perhaps after
 * "O'" and with one inner capital: "Jordan", "McIlwaine", "O'Brien", "DeShawn".
 */
export const PERSON_NAME_PART = String.raw`(?:\p{Lu}['’])?\p{Lu}\p{Ll}[\p{Ll}\p{M}]*(?:\p{Lu}\p{Ll}+)?`;

/** Source of one word of a person's name: parts joined by hyphens, "Whitby-Chester", "Oyelaran-Fisk". */
export const PERSON_NAME_WORD = `${PERSON_NAME_PART}(?:-${PERSON_NAME_PART})*`;
