import type { NamedSpan } from './index';
import { mapSpans } from './span-arrays';
import { withWholeNames } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { startLedMatches, wordLedMatches } from './word-led';
import { nameWordsStart, previousWord } from './word-before';
import { ORG_WORDS, STOP } from './rule-tagger';
import { LETTER } from './whole-words';

/**
 * Streets, venues, neighbourhoods and named features of the land, known by a word that heads or
 * ends their name in the language of the place: "Avenida Hidalgo", "Avenida 9 de Julio" (a street
 * named after a date), "Calle de Alcalá", "Col de la Croix", "Promenade des Anglais", "Route des
 * Crêtes", "Puente Grande", "Villa Urquiza", "Río Chico", "Keur Mbaye" (Wolof "home of"), "Bolshaya
 * Ordynka", "Nizhny Novgorod" (the word first), "Station Road", "Atatürk Caddesi", "Galle Road",
 * "Tsarigradsko Shose" and "Nevsky Prospekt" (Bulgarian and Russian for a highway and an avenue),
 * "Ward Place Mawatha", "the Karakoram Highway", "National Road 2" (a numbered class of road with its number), "Highway 23" (a number alone),
 * "Princes Parade", "Granite Way", "Confusion Corner" (a junction), "the Doraleh Container Terminal", "the North Anatolian Fault", "King Fahd Sports City"
 * (the word last). The model reads a person in a head word and a name, an organisation in a Turkish
 * street or in a highway named after a company's initials, or misses them; they are places, whole,
 * and a place the model ran on into them ("Town Hall on Mill Road") is two.
 */

/**
 * Words that open the name of a town, a neighbourhood or a river in its language: Spanish and
 * Portuguese "Villa", "Vila", "Río", Italian "Borgo" (a district or a town: "Borgo Nuovo"), "Ciudad", "Barrio", "Centro" (a centre or a town's old centre:
 * "Centro Médico", "Centro Histórico"); French "Grande", "Petite"; Wolof "Keur";
 * Russian "Bolshaya" (big), "Malaya" (small), "Gornyi" (of the mountain), "Nizhny" (lower), "Verkhny"
 * (upper), "Staraya" (old). "Bolshoi", "Novaya" and "Novy" are left out: they open the names of a
 * ballet company, a newspaper and a journal too. Such a word makes a place only where it opens the
 * name ("Aston Villa", "Ariana Grande" are not) and no organisation's word ends it.
 */
const OPENING_HEADS = ['Borgo', 'Villa', 'Vila', 'Río', 'Ciudad', 'Barrio', 'Centro', 'Grande', 'Petite', 'Keur', 'Bolshaya', 'Malaya', 'Gornyi', 'Gorny', 'Gornyy', 'Nizhny', 'Nizhnyi', 'Nizhniy', 'Nizhnyaya', 'Verkhny', 'Verkhniy', 'Verkhnyaya', 'Staraya'];
const OPENING: ReadonlySet<string> = new Set(OPENING_HEADS);
/** Words that head a street's or a feature's name, capitalised, with a name after them. */
const HEADS = ['Avenida', 'Av.', 'Avenue', 'Avinguda', 'Calle', 'Calzada', 'Carrer', 'Carrera', 'Paseo', 'Rua', 'Rue', 'Route', 'Chemin', 'Praça', 'Piazza', 'Plaza', 'Via', 'Viale', 'Corso', 'Jalan', 'Boulevard', 'Promenade', 'Quai', 'Col', 'Puente', 'Cerro', 'Laguna', 'Bahía', 'Val', ...OPENING_HEADS];
/**
 * Heads that also open other names ("Col" for a colonel, "Rue" and "Val" given names, "Avenue Q",
 * "Route 66"): a place only with a particle after them ("Val d'Anniviers", a valley).
 */
const WITH_PARTICLE = new Set(['Col', 'Rue', 'Avenue', 'Boulevard', 'Quai', 'Plaza', 'Route', 'Chemin', 'Val']);
/**
 * The Italian "Via" (a street), which English writes as a word too ("Via Rail", "Via Twitter, ..."):
 * a street with a particle after it ("Via della Libertà"), or after a word that sets out a route
 * ("along Via Roma"), and never with an organisation's word last.
 */
const ROUTE_HEADS = new Set(['Via']);
/** Heads that need no particle after "the": "the Avenue Cheikh Anta Diop", "the Boulevard Mohammed V". */
const AFTER_THE = new Set(['Avenue', 'Boulevard']);
/**
 * Particles between a head and the name: "Col de", "Paseo de la", "Promenade des", "Col d'", and a
 * day of a month before "de" in a street named after a date ("Avenida 6 de Marzo").
 */
const PARTICLE = "(?:(?:[1-9]\\d?[ \\t]+)?(?:de|del|des|du|da|do|dos|das|di|della|delle|dei|degli)[ \\t]+(?:(?:la|las|los|le|les)[ \\t]+)?|d['’])";
/** A capitalised word of a name, hyphens and apostrophes inside: "Saint-Martin", "O'Higgins". */
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*";
const HEAD = `(${HEADS.map((h) => h.replace('.', '\\.')).join('|')})[ \\t]+(${PARTICLE})?`;
/** A head, perhaps a particle, and one to three capitalised words, with no capitalised word after. */
const HEADED = new RegExp(`${HEAD}(${WORD}(?:[ \\t]+${WORD}){0,2})(?![\\p{L}\\p{N}]|[ \\t]+\\p{Lu})`, 'gu');
/** The headed names of a text, tried only where a head stands. */
const headedMatches = startLedMatches(HEADED);
const HEAD_WORDS: ReadonlySet<string> = new Set(HEADS);
/** A head at the start of a name, perhaps a particle, and a capitalised word. */
const HEAD_FIRST = new RegExp(`^${HEAD}\\p{Lu}`, 'u');

/** Whether a head and its particle, when it needs one, stand in `m`: "Avenida Juárez", "Col de la Croix", not "Col Smith". */
function headsAName(m: RegExpMatchArray): boolean {
  return !WITH_PARTICLE.has(m[1]) || !!m[2];
}

/** "the" right before `at`, the word before a street's name: "the Avenue Cheikh Anta Diop". */
const theBefore = (text: string, at: number): boolean => text[at - 1] === ' ' && text.endsWith('the', at - 1) && !LETTER.test(text[at - 5] ?? '');

/** Whether an opening head at `at` opens the name ("Villa Adela", not "Aston Villa") and no organisation's word ends it. */
function opensAName(text: string, at: number, name: string): boolean {
  const before = previousWord(text, at);
  if (before && before.start + before.word.length === at - 1 && /^\p{Lu}/u.test(before.word) && !STOP.has(before.word)) return false;
  return !ORG_WORDS.test(name.slice(name.lastIndexOf(' ') + 1));
}

/**
 * Whether `name` opens with a street's or a feature's head ("Calzada Independencia", "Rue du Bac"):
 * the reading of the search below for a name another rule found, such as a person's span the model
 * put on a street.
 */
export function isHeadedPlaceName(name: string): boolean {
  // Most names open with no head: a look-up of the first word before the pattern.
  let space = 0;
  while (space < name.length && name[space] !== ' ' && name[space] !== '\t') space++;
  if (!HEAD_WORDS.has(name.slice(0, space))) return false;
  const m = HEAD_FIRST.exec(name);
  return !!m && headsAName(m);
}

/** Words that end a street's, a venue's or a fault's name: after a name, with no capitalised word after them. */
const TAILS = ['Road', 'Street', 'Lane', 'Way', 'Corner', 'Parade', 'Highway', 'Terminal', 'Motorway', 'Expressway', 'Freeway', 'Caddesi', 'Cadde', 'Sokak', 'Sokağı', 'Bulvarı', 'Straße', 'Strasse', 'Mawatha', 'Marg', 'Salai', 'Shose', 'Shosse', 'Prospekt', 'Ulitsa', 'Naberezhnaya', 'Fault', 'Sports City'];
/**
 * South Asian words for a road or an avenue (Sinhala "Mawatha", Hindi "Marg", Tamil "Salai"): the
 * streets they end are often named after a person in full, with a title and initials ("Sir Baron
 * Jayatilaka Mawatha", "Pandit Pant Marg"), so the name before them may run to four words.
 */
const LONG_TAILS = new Set(['Mawatha', 'Marg', 'Salai']);
/** Tails in English that organisations' short forms also take ("Downing Street said"): they make a place of a person's span or of none. */
const ENGLISH_TAILS = new Set(['Road', 'Street', 'Lane', 'Way', 'Corner']);
/**
 * Tails that are surnames or end other names too ("Danny Way", "Lucy Corner", "United Way" the
 * charity): a street or a junction ("Granite Way", "Confusion Corner") only after a word that sets
 * out a route or a spot, and never over a person's span.
 */
const SURNAME_TAILS = new Set(['Way', 'Corner']);
/** Words of a route or a spot before such a street: "from Granite Way", "at Confusion Corner", "Broadway and Confusion Corner". */
const ROUTE_WORDS = new Set(['on', 'along', 'off', 'from', 'at', 'near', 'via', 'past', 'onto', 'into', 'down', 'up', 'and', 'across', 'toward', 'towards', 'between']);
const TAILED = new RegExp(`[ \\t](${TAILS.join('|')})(?![\\p{L}\\p{N}'’-]|[ \\t]+\\p{Lu})`, 'gu');
/** The tails of a text, tried only where a tail's word starts. */
const tailMatches = wordLedMatches(TAILED);
/** A capitalised word before a tail: "İnönü", "East", "Anatolian". */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** Words of a class of road before a tail, whose roads are numbered: "National Road 2", "State Highway 14", "Provincial Road 3A". */
const NUMBERED_CLASSES = new Set(['National', 'State', 'Provincial', 'Federal', 'Interstate', 'Regional', 'County', 'Trunk', 'Rural', 'Asian']);
/** A road's number after its class and tail: " 2", " 14", " 3A". */
const ROAD_NUMBER = /^[ \t]\d{1,4}[A-Z]?(?![\p{L}\p{N}.,]\d|[\p{L}\p{N}])/u;
/** Words between a place and a street after it, in a span the model ran on: " on ", " in ", ", ". */
const RUN_ON = /(?:[ \t]+(?:on|in|at|off)[ \t]+|,[ \t]+)$/u;

/** The headed names of `text` as [start, end, head]. */
const headedIn = lastTextMemo((text): Array<[number, number, string]> => {
  const found: Array<[number, number, string]> = [];
  for (const m of headedMatches(text)) {
    if (!(headsAName(m) || (AFTER_THE.has(m[1]) && theBefore(text, m.index))) || (m.index > 0 && LETTER.test(text[m.index - 1]))) continue;
    if (OPENING.has(m[1]) && !opensAName(text, m.index, m[0])) continue;
    if (ROUTE_HEADS.has(m[1]) && ((!m[2] && !ROUTE_WORDS.has(previousWord(text, m.index)?.word ?? '')) || ORG_WORDS.test(m[0].slice(m[0].lastIndexOf(' ') + 1)))) continue;
    found.push([m.index, m.index + m[0].length, m[1]]);
  }
  return found;
});

/** The tails of `text` as [start of the tail word, end, tail]. */
const tailsIn = lastTextMemo((text): Array<[number, number, string]> => mapSpans(tailMatches(text), (m) => [m.index + 1, m.index + m[0].length, m[1]]));

/** Whether `word` may be part of the name before a tail: capitalised, neither a function word nor an organisation's. */
const isNameWord = (word: string) => NAME_WORD.test(word) && !STOP.has(word) && !ORG_WORDS.test(word);

/** Spans (sorted, apart) with the streets, venues and features above put in as places; see the file's comment. */
export function withStreetPlaces(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const headed = headedIn(text);
  const tails = tailsIn(text);
  if (!headed.length && !tails.length) return spans as NamedSpan[];
  const names: NamedSpan[] = [];
  let out = spans as NamedSpan[];
  for (const [start, end] of headed) names.push({ type: 'place', start, end });
  for (const [tailStart, end, tail] of tails) {
    const start = nameWordsStart(text, tailStart, LONG_TAILS.has(tail) ? 4 : 3, isNameWord);
    if (start < 0) {
      // "along Highway 23": a highway named by its number alone.
      const number = tail === 'Highway' ? ROAD_NUMBER.exec(text.slice(end, end + 8)) : null;
      if (number) names.push({ type: 'place', start: tailStart, end: end + number[0].length });
      continue;
    }
    const inside = out.filter((s) => s.start < end && start < s.end);
    // Such a tail reaches no name over a sentence's full stop ("... Sulphur. Skater Danny Way").
    if (SURNAME_TAILS.has(tail) && (inside.some((s) => s.type === 'person') || text.slice(start, tailStart).includes('.') || !ROUTE_WORDS.has(previousWord(text, start)?.word ?? ''))) continue;
    // "Downing Street said": an English street the model read as an organisation is left to it.
    if (ENGLISH_TAILS.has(tail) && inside.some((s) => s.type === 'organization' && s.start >= start && s.end <= end)) continue;
    // "Town Hall on Mill Road": a place run on into the street is cut before the joining word.
    const run = inside.find((s) => s.type === 'place' && s.start < start && s.end === end);
    if (run) {
      const joint = RUN_ON.exec(text.slice(run.start, start));
      if (!joint) continue;
      out = mapSpans(out, (s) => (s === run ? { ...s, end: start - joint[0].length } : s));
    }
    // "National Road 2": a numbered class of road takes its number.
    const number = tailStart - start > 1 && NUMBERED_CLASSES.has(text.slice(start, tailStart - 1)) ? ROAD_NUMBER.exec(text.slice(end, end + 8)) : null;
    names.push({ type: 'place', start, end: number ? end + number[0].length : end });
  }
  return withWholeNames(out, names);
}
