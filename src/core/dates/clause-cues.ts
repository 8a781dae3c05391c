/**
 * Cues of a date's clause that tell whether it looks ahead or back, read by `isFutureContext` in
 * `tense.ts`: a modal right before the verb taking the date, a request, a past verb right after the
 * date and a past clause opened by "where".
 */

/**
 * "may", "might" or "could" right before the verb that takes the date ("RTDA says it may reopen on
 * Friday", "the strike might end by Monday", "the line could reopen in October"): a possibility still ahead;
 * not after "nobody" or before "only", which tell what was or was not possible ("nobody could say in
 * March", "they could only sail in May"). Lower case only: "May" is a month.
 */
export const MODAL_VERB_BEFORE = /\b(?<!\b(?:[Nn]obody|[Nn]o\s+one|[Nn]one|never)\s+)(?:may|might|could)\s+(?:(?!only\b)\p{Ll}+ly\s+)?(?!(?:not|never|have|be|only|well)\b)\p{Ll}{2,}\s+(?:on|in|by|from|until|till|at)\s+(?:the\s+)?$/u;
/** What every `MODAL_VERB_BEFORE` holds, as a cheap first test. */
export const MODAL_WORD = /\b(?:m(?:ay|ight)|could)\s/u;
/**
 * A sentence opened by a verb and "me" or "us", as one asks or tells ("Ask me again in May", "Call us in
 * June"): what it asks for is to come.
 */
export const IMPERATIVE_OPENING = /^[\s"“‘'(]*\p{Lu}\p{Ll}+\s+(?:me|us)\s+[^,;:.!?]*$/u;
/**
 * A past verb in "-ed" right after the date, its clause's verb ("An Almaty court on Friday ordered the
 * city to halt work on a planned resort"): the future words later in the sentence are not the date's.
 * Not the participles of plans ("the vote on Friday expected to ...").
 */
export const PAST_ED_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?!(?:expected|scheduled|planned|intended|proposed|needed|required|slated|timed)\b)\p{Ll}{2,}ed\b/u;
/**
 * A clause opened by "where" and told in the past, up to the date ("would ease pressure on the resort,
 * where lift queues stretched for hours in January"): the date is that clause's, not the future's
 * before it. Not an auxiliary among the subject's words ("where it would be completed in May").
 */
export const WHERE_PAST = /\bwhere\s+(?:(?!(?:will|would|shall|should|could|can|may|might|must|be|been|is|are|to|has|have|had|not)\b)[\p{L}'’-]+\s+){1,3}?(?:\p{Ll}+ly\s+)?(?!(?:expected|scheduled|planned|intended|hoped|proposed|needed|wanted|required)\b)\p{Ll}{2,}ed\b(?=[^,;]*$)/u;
/**
 * A clause opened by "after", "when" or "because" and told in the past, up to the date ("will stay
 * closed until Friday after rock came down at the bluff on Tuesday night", "After the river burst its
 * banks on Sunday, the road will stay shut"): the date is that clause's event, gone by, not the
 * future's before or after it. The past verb is read before a particle, a preposition
 * or an article, so an adjective in "-ed" before its noun is not taken for it ("after the closed road
 * reopens"); no auxiliary among the subject's words ("after it is repaired on Monday").
 */
export const SUBORDINATE_PAST = /\b(?:[Aa]fter|[Ww]hen|[Bb]ecause)\s+(?:(?!(?:will|would|shall|should|could|can|may|might|must|be|been|is|are|to|has|have|had|not|expected|scheduled|planned|due)\b)[\p{L}\d'’-]+\s+){1,7}?(?:\p{Ll}+ly\s+)?(?:came|went|fell|broke|struck|hit|burst|slid|swept|spread|shook|froze|caught|brought|began|ran|left|took|won|lost|met|held|sank|blew|tore|sold|paid|said|told|(?!(?:expected|scheduled|planned|intended|hoped|proposed|needed|wanted|required)\b)\p{Ll}{2,}ed)(?=\s+(?:down|up|out|off|away|in|on|at|to|into|onto|from|back|over|near|through|the|a|an|its|their|his|her)\b)(?=[^,;]*$)/u;
/** The words that open a `SUBORDINATE_PAST` clause, as a cheap first test. */
export const SUBORDINATE_WORD = /\b(?:[Aa]fter|[Ww]hen|[Bb]ecause)\s/u;
/**
 * A headline or a bullet point that announces with "to" and a verb what is to happen ("Schools to stay
 * shut on Friday", "Central bank to cut rates in July"): the words before "to" are its subject, and
 * the date lies ahead. Read only on a line that is one sentence without a final full stop.
 */
export const HEADLINE_INFINITIVE = /^[\s•·▪*#>"“‘'-]*(?:[^\s.!?;:,]+\s+){1,10}?to\s+(?!(?:the|a|an|this|that|its|their|his|her|be|date)\b)\p{Ll}{2,}\b/u;
/**
 * A past verb: in a headline line ("Schools closed to visitors on Friday", "Man who went to sea on
 * Monday found") it makes a report, not an announcement; before a date whose sentence goes on with
 * "and will" it owns the date (see `JOINED_FUTURE`). "-eed" ("proceed", "need") is no past.
 */
export const PAST_WORD = /\b(?:\p{Ll}{2,}(?<!e)ed|was|were|had|did|said|told|went|came|got|took|made|left|saw|found|fell|rose|won|lost|met|held|began|ran)\b/u;
/**
 * A second verb of the same subject that looks ahead, right after the date ("met the unions on Friday
 * and will meet traders next week", "met on Wednesday and is due to report by July"): the future is that
 * verb's, not the date's, which keeps the tense of the verb before it.
 */
export const JOINED_FUTURE = /^,?\s+(?:and|but)\s+(?:\p{Ll}+ly\s+)?(?:will|would|shall|(?:is|are)\s+(?:due\s+|set\s+|expected\s+)?to|plans?\s+to)\b/u;
/**
 * An attribution set off by commas inside a sentence ("will run in August, the director said, before
 * deciding in September"): an aside, so the future before it still reaches the date after it.
 */
export const SAID_ASIDE = /,\s+(?:[^,.;:!?"“”]{1,80}\s)?(?:said|says|added|adds|noted|notes|explained|explains)(?:\s+[^,.;:!?"“”\s]+){0,4},(?=\s)/gu;
