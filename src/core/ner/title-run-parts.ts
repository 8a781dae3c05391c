import type { NamedSpan } from './index';
import { ORG_WORDS } from './rule-tagger';

/**
 * "the National Enforcement Management Information System", "the National Health and Nutrition
 * Examination Survey", "the Australian National Iodine Nutrition Study": the title of a study, a
 * survey, a report, a law or a database is not a name, but the model often marks its first words as
 * an organisation and stops short of the head word. An organisation's span that the capitalised
 * words of such a title go on from, up to the title's head word, is a piece of that title and is
 * dropped. A name the lists know ("WHO", "Bank of England") or one ending in an organisation's word
 * ("European Commission Country Report") is a body named in the title and stays.
 */

/** Head words of titles that are no names: one reads a study, a report, an act; one queries a database. */
const HEADS = new Set(['Study', 'Survey', 'Report', 'Index', 'Act', 'Census', 'Database', 'System']);
/** A head that also ends bodies' names ("Geological Survey"): read only after another capitalised word of the title. */
const BODY_HEAD = 'Survey';
/** The words that make a "System" a database, not a body ("Federal Reserve System", "Mercy Valley Health System"). */
const DATA_SYSTEMS = new Set(['Information', 'Management', 'Data', 'Monitoring', 'Warning', 'Reporting', 'Tracking']);
/**
 * The rest of a title after a span: perhaps "and" and up to four capitalised words, then the head
 * word, not going on with another capitalised word or "of" ("Survey of India" is a body).
 */
const TAIL = /^(?:[ \t]+(?:and|&))?((?:[ \t]+\p{Lu}[\p{L}\p{M}-]*){0,4}?)[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\p{N}'’&-]|[ \t]+(?:of|for)[ \t]|[ \t]+\p{Lu})/u;

/** Whether the capitalised words after span `s` run on to a title's head word. */
function endsInTitle(text: string, s: NamedSpan): boolean {
  const m = TAIL.exec(text.slice(s.end, s.end + 90));
  if (!m || !HEADS.has(m[2])) return false;
  if (m[2] === 'System') return DATA_SYSTEMS.has(m[1].slice(m[1].search(/[^ \t]+$/u)));
  return m[2] !== BODY_HEAD || m[1].length > 0;
}

/**
 * Spans (sorted, apart) without the organisations' spans that are the first words of a title ending
 * in a study's, a report's, a law's or a database's head word. `isListed` tells a name the lists know.
 */
export function withoutTitleRunParts(text: string, spans: readonly NamedSpan[], isListed: (name: string) => boolean): NamedSpan[] {
  let out: NamedSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // Cheap gate: an organisation's span, then a space and a capital letter or "and".
    const c = text.charCodeAt(s.end + 1);
    const drop = s.type === 'organization' && text.charCodeAt(s.end) === 32 && ((c >= 65 && c <= 90) || c === 97 || c === 38) && endsInTitle(text, s) && !endsInBodyWord(text, s) && !isListed(text.slice(s.start, s.end));
    if (drop && !out) out = spans.slice(0, i);
    else if (!drop && out) out.push(s);
  }
  return out ?? (spans as NamedSpan[]);
}

/** Whether span `s` ends in an organisation's word ("Commission"): a body named in a title. */
function endsInBodyWord(text: string, s: NamedSpan): boolean {
  const name = text.slice(s.start, s.end);
  return ORG_WORDS.test(name.slice(name.lastIndexOf(' ') + 1));
}
