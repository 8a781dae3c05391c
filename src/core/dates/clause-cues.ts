/**
 * Cues of a date's clause that tell whether it looks ahead or back, read by `isFutureContext` in
 * `tense.ts`: a modal right before the verb taking the date, a request, a past verb right after the
 * date and a past clause opened by "where".
 */

/**
 * "may" or "might" right before the verb that takes the date ("RTDA says it may reopen on Friday", "the
 * strike might end by Monday"): a possibility still ahead. Lower case only: "May" is a month.
 */
export const MODAL_VERB_BEFORE = /\b(?:may|might)\s+(?:\p{Ll}+ly\s+)?(?!(?:not|never|have|be|only|well)\b)\p{Ll}{2,}\s+(?:on|in|by|from|until|till|at)\s+(?:the\s+)?$/u;
/** What every `MODAL_VERB_BEFORE` holds, as a cheap first test. */
export const MODAL_WORD = /\bm(?:ay|ight)\s/u;
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
