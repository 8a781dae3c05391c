/**
 * Words that put a clause in the future ("will meet on Friday", "is scheduled for Nov. 9", "would reopen
 * from March 1", "has until Dec. 30"), and commitments to do something ("agreed on Tuesday to restore flights by March").
 */
const FUTURE = /\b(?:will|won['’]t|would|shall|scheduled|set to|due to|expected|plans? to|planned|planning|upcoming|going to|is to|are to|ahead of|ha(?:s|ve) until)\b|['’]ll\b|\b(?:agree[sd]?|pledge[sd]?|promise[sd]?|vow(?:s|ed)?|aim(?:s|ed)?|intend(?:s|ed)?|commit(?:s|ted)?|undert(?:ake|akes|ook))(?:\s+(?!to\b)[\p{L}\d]+,?){0,3}\s+to\s+(?!the\b|a\b|an\b|this\b|that\b|it\b)\p{L}+/giu;
/**
 * A fixture or a period told in the present before its date ("Sevilla travel to Madrid to face Atlético
 * on Saturday", "the quarter, which ends in December"); not an infinitive ("rose to meet a corner").
 */
const SCHEDULED = /(?<!\bto\s)\b(?:begins|starts|opens|closes|ends|resumes|expires|takes office|(?:face|host|play|meet|travel)s?(?:\s+again)?)\b/giu;
/**
 * Past verbs that end the reach of a future word: in "said Friday it will build" the date belongs to
 * "said", and in "which will end the war was signed Nov. 9" to "was signed".
 */
const PAST_VERB = /\b(?:said|says|told|announced|reported|added|wrote|stated|confirmed|declared|warned|insisted|noted|explained|tweeted|posted|was|were|had|did)\b/iu;
/** A reporting verb right before the date ("said Friday", "told reporters on Friday") owns it. */
const REPORTED_BEFORE = /\b(?:said|says|told\s+\p{L}+|announced|reported|added|wrote|stated|confirmed|declared|warned|insisted|noted|explained|tweeted|posted)\s+(?:on\s+|late\s+|early\s+)?$/iu;
/**
 * A past verb right before the date owns it ("the council voted on Wednesday night to back a route
 * that would take trucks away"); not the participles of plans ("scheduled on", "expected on").
 */
const PAST_BEFORE = /\b(?:(?!(?:scheduled|expected|planned|slated|due|set)\b)\p{L}{2,}ed|met|held|began|took|won|lost|fell|rose|came|went|left|gave|made|found|saw|sent|spoke|struck|broke|ran|sat)\s+(?:on\s+|late\s+|early\s+)?$/iu;
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}"“'‘(]|\s*$)|\n/gu;

/**
 * True when the clause holding `[start, end)` speaks of the future, so a date without a year or a
 * "next" is read forwards. A future word counts only when no past or reporting verb stands between it
 * and the date ("Putin said Friday he will visit" is a past Friday). Everything else is read as past,
 * as news mostly is.
 */
export function isFutureContext(text: string, start: number, end: number): boolean {
  // Look back and forward at most one sentence, bounded so this stays cheap on huge paragraphs.
  const from = Math.max(0, start - 300);
  const to = Math.min(text.length, end + 300);
  let sentenceStart = from;
  SENTENCE_END.lastIndex = 0;
  const before = text.slice(from, start);
  for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before)) sentenceStart = from + m.index + m[0].length;
  SENTENCE_END.lastIndex = 0;
  const after = text.slice(end, to);
  const stop = SENTENCE_END.exec(after);
  const sentenceEnd = stop ? end + stop.index : to;

  const lead = text.slice(sentenceStart, start);
  if (REPORTED_BEFORE.test(lead)) return false;
  // The last future word before the date, with no past verb after it.
  let lastFuture = -1;
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(lead); m; m = FUTURE.exec(lead)) lastFuture = m.index + m[0].length;
  SCHEDULED.lastIndex = 0;
  for (let m = SCHEDULED.exec(lead); m; m = SCHEDULED.exec(lead)) lastFuture = Math.max(lastFuture, m.index + m[0].length);
  if (lastFuture >= 0 && !PAST_VERB.test(lead.slice(lastFuture))) return true;
  if (PAST_BEFORE.test(lead)) return false;
  // The first future word after the date, with no past verb before it.
  const tail = text.slice(end, sentenceEnd);
  FUTURE.lastIndex = 0;
  const next = FUTURE.exec(tail);
  return next !== null && !PAST_VERB.test(tail.slice(0, next.index));
}
