import type { NamedSpan } from './index';
import { mapChangedSpans } from './span-arrays';
import { appositiveNameEnd } from './org-appositive-names';
import { isUrduBodyName } from './org-urdu-names';
import { isHeadedPlaceName } from './place-streets';
import { SPEECH_AFTER, VERB_AFTER_LENGTH } from './person-verbs';

/**
 * Spans the model read as people, or later rules made people, whose shape says otherwise: a body's
 * name joined by the Urdu and Persian "-e-" ("Jamaat-e-Islami", "Lashkar-e-Taiba") is an
 * organisation's; a name led by a street word of another language ("Avenida Juárez", "Rue du Bac",
 * "Calzada Independencia") is a street's, a place; one capitalised word after "du" or "des" and a
 * capitalised word outside any span is the end of a longer name, of a race or a place ("Critérium du
 * Dauphiné", "Place du Tertre"), not a person, unless a verb of speech follows ("Pieter du Toit said"); and a single word in apposition to "the" and an
 * organisation's name ("Kivu, the Water Alliance,") is that organisation, one span with its name, and
 * so are its other mentions. A word of thanks in another language, capitalised in a quote ("Danke,
 * Sachsen-Anhalt", "Gracias, Rosario"), names no one, nor is it part of the one name it addresses
 * ("Asante Miriam, merci Zinal!"). One word after "the" before a verb of speech is a body ("the Vatican
 * said"), not a person. A name led by a utility's or a trade's word
 * after a company's capitals ("ATCO Electric Yukon said") is the company's unit there. A name led by
 * "St" or "Saint" is a town's or a parish's named after the saint ("St George", "St Philip"), as no
 * one's given name is "St"; a surname so written stands after a given name ("Ian St John"). The first two and the last read names as the earlier rules of their own
 * files do (org-urdu-names, place-streets, org-appositive-names), for the people made after them.
 */

/** " du " or " des " and a capitalised word right before a span: "Critérium du ". */
const INSIDE_AFTER = /(?:^|[^\p{L}])\p{Lu}[\p{L}\p{M}'’-]*[ \t]+d(?:u|es)[ \t]+$/u;

/** "the " or "The " right before a name, at the text's start or after a space or a line break. */
const THE_BEFORE = /(?:^|[\s"“(])[Tt]he $/u;

/** "Thank you" in the languages news quotes most, one word each. */
const THANKS = new Set(['Danke', 'Merci', 'Gracias', 'Grazie', 'Obrigado', 'Obrigada', 'Dziękuję', 'Spasibo', 'Arigato', 'Asante', 'Shukran', 'Takk', 'Tack', 'Kiitos', 'Bedankt', 'Mahalo', 'Hvala', 'Děkuji', 'Köszönöm']);
/** A word of thanks and the one name it addresses, then a comma or "!": "Asante Miriam, merci Zinal!". */
const THANKED = /^[ \t]*[,!]/u;

/** The words that open a place named after a saint: "St George", "St. Philip", "Saint Lucy". */
const SAINT_LEADS = new Set(['St', 'St.', 'Saint', 'Ste', 'Ste.']);

/** Words of a utility's or a trade's that open no one's name: "Electric Yukon" after "ATCO" is the company's unit. */
const TRADE_LEADS = new Set(['Electric', 'Power', 'Gas', 'Energy', 'Hydro', 'Telecom', 'Petroleum', 'Pipelines', 'Utilities']);
/** A company's capitals, two to six, and one space right before a span: "ATCO ". */
const CAPITALS_BEFORE = /(?:^|[^\p{L}\p{M}\p{N}])(\p{Lu}{2,6})[ \t]$/u;

/** The company's span of a "person" led by a trade word after a company's capitals ("ATCO Electric Yukon"), or null. */
function companyUnit(text: string, s: NamedSpan, name: string, space: number, prev: NamedSpan | undefined): NamedSpan | null {
  if (space < 0 || !TRADE_LEADS.has(name.slice(0, space))) return null;
  const m = CAPITALS_BEFORE.exec(text.slice(Math.max(0, s.start - 8, prev ? prev.end : 0), s.start));
  return m ? { type: 'organization', start: s.start - m[1].length - 1, end: s.end } : null;
}

/** The retyped or dropped span (see the file's comment), `s` itself, or null when it names no one. */
function reread(text: string, s: NamedSpan, prev: NamedSpan | undefined): NamedSpan | null {
  const name = text.slice(s.start, s.end);
  if (isUrduBodyName(name)) return { ...s, type: 'organization' };
  if (isHeadedPlaceName(name)) return { ...s, type: 'place' };
  const space = name.indexOf(' ');
  if (space < 0 && THANKS.has(name)) return null;
  // "Asante Miriam,": the word of thanks is no part of the name it addresses.
  if (space > 0 && name.indexOf(' ', space + 1) < 0 && THANKS.has(name.slice(0, space)) && THANKED.test(text.slice(s.end, s.end + 3))) return { ...s, start: s.start + space + 1 };
  // "St George", "St. Philip", "Saint Lucy": a parish or a town named after a saint.
  if (space > 0 && name.charCodeAt(0) === 83 && SAINT_LEADS.has(name.slice(0, space))) return { ...s, type: 'place' };
  const unit = companyUnit(text, s, name, space, prev);
  if (unit) return unit;
  // "The Vatican said": a speaker named by "the" and one word is a body, not a person (a family is plural: "the Smiths said").
  if (space < 0 && text[s.start - 2] === 'e' && !name.endsWith('s') && THE_BEFORE.test(text.slice(Math.max(0, s.start - 4), s.start)) && SPEECH_AFTER.test(text.slice(s.end, s.end + VERB_AFTER_LENGTH))) return { ...s, type: 'organization' };
  // "du " or "des " before: the word before it is read only when no span holds it.
  if (space < 0 && (text[s.start - 2] === 'u' || text[s.start - 2] === 's')) {
    // A verb of speech after it says a person ("Pieter du Toit said"), as no race or square speaks.
    if (INSIDE_AFTER.test(text.slice(Math.max(0, s.start - 30, prev ? prev.end : 0), s.start)) && !SPEECH_AFTER.test(text.slice(s.end, s.end + VERB_AFTER_LENGTH))) return null;
  }
  return s;
}

/** The organisation's span of a one-word name in apposition to "the" and an organisation's name ("Kivu, the Water Alliance"), or null. */
function apposition(text: string, s: NamedSpan, next: NamedSpan | undefined): NamedSpan | null {
  const end = appositiveNameEnd(text, s.start, s.end);
  if (end < 0) return null;
  return next && next.start < end && next.end > end ? null : { type: 'organization', start: s.start, end };
}

/** Spans (sorted, apart) with the people whose shape names something else retyped or dropped; see the file's comment. */
export function withoutNonPeople(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  const organisations = new Set<string>();
  let changed = false;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (s.type !== 'person') {
      out.push(s);
      continue;
    }
    let next = reread(text, s, out[out.length - 1]);
    const org = next === s ? apposition(text, s, spans[k + 1]) : null;
    if (org) {
      organisations.add(text.slice(s.start, s.end));
      next = org;
      // Spans inside the organisation's name ("Water Alliance") give way to it.
      while (spans[k + 1] && spans[k + 1].start < org.end) k++;
    }
    if (next !== s) changed = true;
    if (next) out.push(next);
  }
  if (!changed) return spans as NamedSpan[];
  // The organisation's other mentions ("Kivu said") are the organisation too.
  return organisations.size ? mapChangedSpans(out, (s) => (s.type === 'person' && organisations.has(text.slice(s.start, s.end)) ? { ...s, type: 'organization' } : s)) : out;
}
