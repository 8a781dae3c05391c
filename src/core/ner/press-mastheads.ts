import type { NamedSpan } from './index';

/**
 * Newspapers named after their city: "the Toronto Star", "the Jerusalem Post", "the Washington
 * Monthly", "the Kansas City Star". The model often finds the city alone and leaves the masthead's
 * word out, so the paper is read as a place. A place's name followed by one masthead word (perhaps
 * after "Morning", "Evening", "Sunday" or "Daily") is the paper, an organisation, unless another
 * capitalised word goes on ("Times Square", "Post Office"), which makes a longer name of another kind.
 */

/** The masthead after a place's name and a space: the sticky search starts at the word's first letter. */
const MASTHEAD = /(?:(?:Morning|Evening|Sunday|Daily)[ \t]+)?(?:Star|Post|Times|Herald|Tribune|Gazette|Chronicle|Telegraph|Journal|Observer|Courier|Inquirer|Examiner|Dispatch|Sentinel|Enquirer|Bulletin|Globe|Register|Sun|Monthly|Weekly)(?![\p{L}\p{N}&-])(?![ \t]+\p{Lu})/uy;

/** Whether the character at `pos` is a capital A-Z, the start of every masthead word. */
function capitalAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c >= 65 && c <= 90;
}

/**
 * Spans (sorted, apart) with a place followed by a masthead word made the newspaper: one
 * organisation over both. `isListedPlace` lets a span the model typed otherwise count as a place
 * when the name lists hold it as one. Only the character after each place is read, so the rule costs
 * nothing for text without such a shape.
 */
export function withPressMastheads(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const end = mastheadEnd(text, s, isListedPlace);
    const next = spans[i + 1];
    // The masthead's word inside another name ("Toronto" + "Star Wars") leaves both alone.
    if (end < 0 || (next && next.start < end && next.end > end)) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push({ type: 'organization', start: s.start, end });
    // A span over the masthead's word alone ("Star") is part of the paper's name.
    if (next && next.start < end) i++;
  }
  return out ?? (spans as NamedSpan[]);
}

/** Where the masthead after place `s` ends, or -1 when none follows it. */
function mastheadEnd(text: string, s: NamedSpan, isListedPlace: (name: string) => boolean): number {
  if (text.charCodeAt(s.end) !== 32 || !capitalAt(text, s.end + 1)) return -1;
  if (s.type !== 'place' && !isListedPlace(text.slice(s.start, s.end))) return -1;
  MASTHEAD.lastIndex = s.end + 1;
  const m = MASTHEAD.exec(text);
  return m ? s.end + 1 + m[0].length : -1;
}
