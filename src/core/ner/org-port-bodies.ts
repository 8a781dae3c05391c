import type { NamedSpan } from './index';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';

/**
 * Ports and the bodies that run them, named "Port of ...": the model reads the place's name inside
 * alone ("Duqm Company" of "the Port of Duqm Company") or misses the name. "Port of" and the
 * capitalised words after it are read as one name:
 * - ending in a company's or an authority's word ("the Port of Duqm Company", "Port of Antwerp-Bruges
 *   International", "the Port of Tyne Authority"), an organisation;
 * - after "the" or a word of place ("at the Port of Duqm", "ships in Port of Tema"), the port, a place;
 * - bare, as a body's name is written ("Asyad Group and Port of Antwerp-Bruges sign ...", "a
 *   subsidiary of Port of Antwerp-Bruges", "Press Officer, Port of Antwerp-Bruges"), the port authority,
 *   an organisation.
 * "Consortium of" and capitalised words is a consortium, an organisation ("the Consortium of Antwerp
 * Port"). A listed place ("Port of Spain") is left alone.
 */

/** "Port of" or "Consortium of" and one to four capitalised words after it. Sought only in texts holding " of ". */
const BODY = /(Port|Consortium)[ \t]+of((?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){1,4})/gu;
/** Words before the name that show the port itself is meant: "the", and words of place. */
const PLACE_LEADS = /(?:^|[^\p{L}])(?:the|The|in|at|from|to|near|into|off|outside|via|through)[ \t]+$/u;
/** Capitalised function words that end the name in a title-case line. */
const ENDS = new Set(['The', 'On', 'In', 'At', 'And', 'Of', 'For', 'To', 'With', 'By', 'As', 'From', 'After', 'Before', 'Is', 'Are', 'Was', 'Will', 'Says', 'Said']);
/** Words that end a port body's name and make it an organisation. */
const BODY_WORDS = new Set(['Company', 'International', 'Authority', 'Corporation', 'Group', 'Holdings', 'Trust', 'Commission', 'Board', 'Limited', 'Ltd', 'Services', 'Operations', 'Management']);

/** A port's or a port body's name found in the text, before the listed places are set aside. */
interface PortName extends NamedSpan {
  /** "Port of" and the words of the place, without a body's word at the end. */
  port: string;
}

/** The "Port of ..." and "Consortium of ..." names of `text`, found once per text. */
const portNamesIn = lastTextMemo((text): PortName[] => {
  if (!text.includes('Port of') && !text.includes('Consortium of')) return [];
  const found: PortName[] = [];
  for (const m of text.matchAll(BODY)) {
    const start = m.index;
    // A whole word only ("Newport of ..." is not one).
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) continue;
    const words = m[2].trim().split(/[ \t]+/u);
    const stop = words.findIndex((w) => ENDS.has(w));
    const kept = stop < 0 ? words : words.slice(0, stop);
    if (!kept.length) continue;
    // The name ends at its first body's word ("Port of Duqm Company"); its place's words come before.
    const body = kept.findIndex((w) => BODY_WORDS.has(w));
    const named = body < 0 ? kept : kept.slice(0, body + 1);
    const place = body < 0 ? kept : kept.slice(0, body);
    if (!place.length) continue;
    const head = `${m[1]} of ${named.join(' ')}`;
    const end = start + head.length;
    if (text.slice(start, end).replace(/[ \t]+/gu, ' ') !== head) continue;
    const isBody = m[1] === 'Consortium' || body >= 0 || !PLACE_LEADS.test(text.slice(Math.max(0, start - 8), start));
    found.push({ type: isBody ? 'organization' : 'place', start, end, port: `${m[1]} of ${place.join(' ')}` });
  }
  return found;
});

/**
 * Spans (sorted, apart) with "Port of ..." names put in whole, as the port or the body that runs it,
 * and "Consortium of ..." names as organisations; see the file's comment. `isListedPlace` tells a
 * city named "Port of ..." ("Port of Spain"), which is left alone.
 */
export function withPortBodies(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  const names = portNamesIn(text);
  if (!names.length) return spans as NamedSpan[];
  const kept = names.filter((n) => !isListedPlace(n.port)).map(({ type, start, end }) => ({ type, start, end }));
  return kept.length ? withWholeNames(spans, kept) : [...spans];
}
