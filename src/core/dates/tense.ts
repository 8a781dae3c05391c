/** Words that put a sentence in the future ("will meet on Friday", "is scheduled for Nov. 9"). */
const FUTURE = /\b(?:will|won['’]t|shall|scheduled|set to|due to|expected to|plans? to|planned|planning|upcoming|going to|is to|are to|ahead of)\b|['’]ll\b/iu;
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}"“'‘(]|\s*$)|\n/gu;

/**
 * True when the sentence holding `[start, end)` speaks of the future, so a date without a year or a
 * "next" is read forwards. Everything else is read as past, as news mostly is.
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
  return FUTURE.test(text.slice(sentenceStart, start)) || FUTURE.test(text.slice(end, sentenceEnd));
}
