/**
 * What is wrong with a hand-labelled gold file, if anything: a slip in a type's name or an offset
 * would otherwise drop labels from the scores without a word.
 */

/** The entity types a gold file may name. */
export const GOLD_TYPES = ['person', 'place', 'organization', 'date'] as const;

export interface GoldEntity {
  type: string;
  text: string;
  start: number;
}

/** One line per problem of `entities` against the article `text`; none when the file is sound. */
export function goldProblems(entities: readonly GoldEntity[], text: string): string[] {
  const problems: string[] = [];
  let lastEnd = 0;
  for (const [i, e] of entities.entries()) {
    const at = `entity ${i} (${JSON.stringify(e.text)} at ${e.start})`;
    if (!(GOLD_TYPES as readonly string[]).includes(e.type)) problems.push(`${at}: type "${e.type}" is none of ${GOLD_TYPES.join(', ')}`);
    if (text.slice(e.start, e.start + e.text.length) !== e.text) problems.push(`${at}: the article has ${JSON.stringify(text.slice(e.start, e.start + e.text.length))} there`);
    if (e.start < lastEnd) problems.push(`${at}: starts before the previous entity ends`);
    lastEnd = Math.max(lastEnd, e.start + e.text.length);
  }
  return problems;
}
