import { charAfterSpaces } from './chars-round-spaces';

/** A disease word right after a name, which makes the name part of a disease's name ("Rift Valley fever"). */
const DISEASE_AFTER = /^[ \t]+(?:fever|virus|disease|flu|syndrome)\b/u;
/** The first letters of {@link DISEASE_AFTER}'s words: the one letter after the spaces spares most names the pattern. */
const DISEASE_INITIALS = new Set(['f', 'v', 'd', 's']);

/**
 * Whether the name ending at `end` names a disease ("Lyme disease", "West Nile virus") rather than
 * its place: such a mention is no place, even where the same name is one elsewhere in the article.
 */
export function namesADisease(text: string, end: number): boolean {
  return DISEASE_INITIALS.has(charAfterSpaces(text, end)) && DISEASE_AFTER.test(text.slice(end, end + 12));
}
