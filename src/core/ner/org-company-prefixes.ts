import type { NamedSpan } from './index';
import { mapChangedSpans, mapSpans } from './span-arrays';
import { overlapsAny, withAdded, withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { STOP } from './rule-tagger';

/**
 * A company's legal form written before its name belongs to the name: Indonesian "PT" ("PT Griya
 * Puncak Lestari", "PT Bank Central Asia Tbk"), Russian and Kazakh "OOO", "OAO", "ZAO", "PAO", "PJSC",
 * "JSC", "AO", "TOO". The model takes the capitals for a place or an acronym and the name after them
 * for a person's; the form and the capitalised words after it are one organisation. Likewise a
 * company or a municipal operator named by its initials and its town ("MPK Wrocław", "PESA
 * Bydgoszcz", "SRM Casablanca-Settat" of a region named by its towns), which the model reads as a person where the article names the town as a place
 * elsewhere (people's initials, "MS Dhoni", stand before no town); the initials alone are the same
 * body ("MPK mechanics").
 */

/** The legal forms that open a company's name, each followed by a space. */
const PREFIXES = ['PT ', 'OOO ', 'OAO ', 'ZAO ', 'PAO ', 'PJSC ', 'JSC ', 'AO ', 'TOO '];
/** A capitalised word of the name after the form; a last "Tbk" (a listed Indonesian company) among them. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}\p{N}&'’-]*$/u;
/** Particles inside a name after a form ("PT Bank of Jakarta"), which never end it. */
const PARTICLES = new Set(['of', 'dan', '&']);
/** Words after which "PT" is a time zone ("10 a.m. PT Monday"), not a company's form. */
const TIME_BEFORE = /(?:[ap]\.?m\.?|\d)[ \t]*$/u;
/** At most this many words are read after a form. */
const MOST_WORDS = 6;

/** The end of the name after the form at `from` (its capitalised words), or -1 when none follows. */
function nameEnd(text: string, from: number): number {
  let end = -1;
  let at = from;
  for (let n = 0; n < MOST_WORDS && at < text.length; n++) {
    let stop = at;
    while (stop < text.length && !/[\s,.;:!?()"“”]/u.test(text[stop])) stop++;
    const word = text.slice(at, stop);
    if (PARTICLES.has(word) && end >= 0) {
      // A particle goes into the name only with a capitalised word after it.
    } else if (!NAME_WORD.test(word) || STOP.has(word) || PREFIXES.includes(`${word} `)) break;
    else end = stop;
    if (text[stop] !== ' ') break;
    at = stop + 1;
  }
  return end;
}

/** The companies named after a legal form in `text`, as organisations; searched once for the article's two readings. */
const prefixedNames = lastTextMemo((text: string): NamedSpan[] => {
  const names: NamedSpan[] = [];
  for (const prefix of PREFIXES) {
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      if (at > 0 && /[\p{L}\p{N}&.-]/u.test(text[at - 1])) continue;
      if (prefix === 'PT ' && TIME_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
      const end = nameEnd(text, at + prefix.length);
      if (end > 0) names.push({ type: 'organization', start: at, end });
    }
  }
  return names;
});

/** Spans (sorted, apart) with the companies named after a legal form put in over what the model found of them. */
export function withCompanyPrefixes(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const names = prefixedNames(text);
  return names.length ? withWholeNames(spans, mapSpans(names, (n) => ({ ...n }))) : [...spans];
}

/** Initials in capitals, then one capitalised word: "MPK Wrocław". */
const INITIALS_AND_WORD = /^(\p{Lu}{2,6})[ \t]+(\p{Lu}\p{Ll}[\p{L}\p{M}-]*)$/u;

/**
 * Spans (sorted, apart) with a person's span made of initials and a town's name typed as the
 * organisation it is; see the file's comment. A town is a word found alone as a place in `spans` or
 * a listed place (`isListedPlace`).
 */
export function withInitialsAndTowns(text: string, spans: readonly NamedSpan[], isListedPlace: (name: string) => boolean): NamedSpan[] {
  let places: Set<string> | undefined;
  const initials = new Set<string>();
  const typed = mapChangedSpans(spans, (s) => {
    if (s.type !== 'person' && s.type !== 'organization') return s;
    const c = text.charCodeAt(s.start + 1);
    // Most people's names have a small second letter: one look rules them out.
    if (!(c >= 65 && c <= 90)) return s;
    const m = INITIALS_AND_WORD.exec(text.slice(s.start, s.end));
    if (!m) return s;
    places ??= new Set(spans.filter((p) => p.type === 'place').map((p) => text.slice(p.start, p.end)));
    // A region named by two towns ("Casablanca-Settat") is known by its first.
    const town = (name: string) => places!.has(name) || isListedPlace(name);
    const hyphen = m[2].indexOf('-');
    if (!town(m[2]) && !(hyphen > 0 && town(m[2].slice(0, hyphen)))) return s;
    initials.add(m[1]);
    return s.type === 'organization' ? s : { ...s, type: 'organization' as const };
  });
  if (!initials.size) return typed;
  // The initials alone are the same body ("MPK mechanics", "MPK may have to"), where nothing else was found.
  const added: NamedSpan[] = [];
  for (const short of initials) {
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + short.length)) {
      const end = at + short.length;
      if ((at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (!overlapsAny(typed, at, end)) added.push({ type: 'organization', start: at, end });
    }
  }
  return withAdded(mapChangedSpans(typed, (s) => (s.type !== 'organization' && initials.has(text.slice(s.start, s.end)) ? { ...s, type: 'organization' as const } : s)), added);
}
