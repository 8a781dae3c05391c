import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { PERSON_NAME_WORD as WORD } from './name-words';
import { mayBePersonWord } from './rule-tagger';

/**
 * The media contacts at the foot of a press release: a block of short lines, the person's name, a
 * job or an employer, then a phone number or an e-mail address ("Ann Lee-Moreau / Communications
 * Manager, Acme / Tel: +1 555 0100"). The model, reading lines with no sentence around them, often
 * misses the name. The block's first line (after a blank line, a heading ending in ":" or a heading
 * such as "Media contact"), two to four words of a name alone, within three lines above a "Tel:",
 * "Phone:" or "Email:" line, is a person's name.
 */

/** A line giving a phone number or an e-mail address. */
const CONTACT_LINE = /^(?:Tel|Tel\.|Telephone|Phone|Mobile|Mob|Cell|Fax|Email|E-mail|E-Mail)[ \t]*:/gmu;
/** Particles inside a name: "van den", "de", "al-". */
const PARTICLE = String.raw`(?:van|von|de|der|den|da|du|le|la|al|el|bin|ter|ten)[ \t-]`;
/** A name alone on its line: two to four words, particles between them. */
const NAME_LINE = new RegExp(String.raw`^(${WORD}(?:[ \t]+(?:${PARTICLE})*${WORD}){1,3})[ \t]*\r?$`, 'u');
/** A block's heading written without a colon: "Media contact", "Press contacts", "For more information". */
const CONTACT_HEADING = /^(?:\*\*|#+[ \t]*)?(?:(?:Media|Press|News)[ \t]+)?(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|For more information)(?:\*\*)?$/u;
/** How many lines above the contact line the name may stand (name, job, employer). */
const LINES_UP = 3;

/** Whether every word of `name` may be a person's: no function, title, organisation or place word. */
function personWords(name: string): boolean {
  return name.split(/[ \t]+/u).every(mayBePersonWord);
}

/** The names heading contact blocks, sought only in texts with a contact line's label. */
const namesIn = lastTextMemo((text): NamedSpan[] => {
  if (!text.includes('Tel') && !text.includes('mail') && !text.includes('Phone')) return [];
  const found: NamedSpan[] = [];
  for (const contact of text.matchAll(CONTACT_LINE)) {
    // Up the block line by line: its first line follows a blank line, a heading ending in ":" or the text's start.
    let lineStart = contact.index;
    for (let up = 0; up < LINES_UP && lineStart > 0; up++) {
      const start = text.lastIndexOf('\n', lineStart - 2) + 1;
      const line = text.slice(start, lineStart - 1);
      if (!line.trim()) break;
      const above = start > 0 ? text.slice(text.lastIndexOf('\n', start - 2) + 1, start - 1).trim() : '';
      if (above && !above.endsWith(':') && !CONTACT_HEADING.test(above)) {
        lineStart = start;
        continue;
      }
      const m = NAME_LINE.exec(line);
      if (m && personWords(m[1])) found.push({ type: 'person', start, end: start + m[1].length });
      break;
    }
  }
  return found;
});

/** Spans (sorted, apart) with the names heading media contact blocks put in as people; see the file's comment. */
export function withContactNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = namesIn(text);
  return names.length ? withWholeNames(spans, names) : (spans as NamedSpan[]);
}
