import type { NamedSpan } from './index';
import { overlapsAny, reachesOutOf, withAdded } from './added-spans';
import { wordBefore } from './word-before';

/**
 * French-language organisations named in English news, whose words after "de" are often in lower
 * case: "the Caisse de dépôt et placement du Québec", "the Fonds de solidarité FTQ", "the Régie de
 * l'énergie", "the Banque de France said". An organisation's French word and "de/du/des/d'" open the
 * name; it runs over French words up to a punctuation mark or the first English word, and is one
 * organisation over the place the model found in it ("Québec"). A capitalised adjective may stand
 * between the head and "de" ("Compagnie Ivoirienne d'Électricité", "Institut National de la
 * Statistique"), and "Port" opens a name with one ("Port Autonome d'Abidjan", a port authority);
 * so may a lower-case one ("Office national des forêts"). Italian public bodies are written the same
 * way, their words after "di" in lower case ("Commissione di garanzia sugli scioperi", "Corte dei
 * conti"). A French or Italian body's word with a lower-case adjective and no "de" is a body too
 * ("Gendarmerie nationale", "Sécurité civile", "Protezione civile"): English never writes these adjectives.
 */

/** French organisation words that open a name before "de", "du", "des" or "d'". */
const HEADS = new Set(['Caisse', 'Caisses', 'Fonds', 'Régie', 'Société', 'Banque', 'Conseil', 'Commission', 'Office', 'Institut', 'Université', 'Centre', 'Ministère', 'Autorité', 'Fédération', 'Confédération', 'Syndicat', 'Mouvement', 'Parti', 'Assemblée', 'Cour', 'Agence', 'Direction', 'Sûreté', 'Collège', 'École', 'Hôpital', 'Musée', 'Chambre', 'Groupe', 'Compagnie', 'Secrétariat', 'Commissariat', 'Observatoire', 'Laboratoire', 'Fondation', 'Comité', 'Régime', 'Rassemblement', 'Bloc', 'Collectivité',
  // Italian
  'Commissione', 'Corte', 'Agenzia', 'Autorità', 'Garante', 'Ufficio', 'Istituto', 'Ministero', 'Consiglio', 'Presidenza', 'Procura', 'Tribunale', 'Provincia', 'Direzione', 'Dipartimento', 'Federazione', 'Confederazione', 'Associazione', 'Fondazione', 'Comune', 'Camera']);
/** Heads that open a French name only with an adjective between them and "de": "Port Autonome de Dakar". */
const ADJECTIVE_HEADS = new Set(['Port']);
/** A capitalised French adjective after a head: "Ivoirienne", "National", "Autonome", "Supérieure". */
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|al|aux|ien|ais|ain|ier|ique|if|eur)$/u;
/** Lower-case French and Italian adjectives that stand between a body's word and "de": "Office national des forêts". */
const LOWER_ADJECTIVES = new Set(['national', 'nationale', 'régional', 'régionale', 'général', 'générale', 'fédéral', 'fédérale', 'central', 'centrale', 'municipal', 'municipale', 'départemental', 'départementale', 'supérieur', 'supérieure', 'nazionale', 'regionale', 'generale', 'superiore']);
/**
 * Lower-case adjectives that make a French or Italian body's name with the word before them
 * ("Gendarmerie nationale", "Sécurité civile", "Protezione civile"), and those words.
 */
const BARE_ADJECTIVES = new Set(['nationale', 'nazionale', 'civile']);
/** Their endings, searched for: two passes over the text, not one per adjective. */
const BARE_ENDINGS = ['ionale', 'civile'];
const ADJECTIVE_BODIES = new Set(['Gendarmerie', 'Police', 'Assemblée', 'Marine', 'Sécurité', 'Protection', 'Éducation', 'Bibliothèque', 'Loterie', 'Garde', 'Défense', 'Protezione', 'Polizia', 'Guardia', 'Difesa']);
/** The length of the French joining word at `at` (" de ", " du ", " des ", " d'"), or 0; `text[at]` is the space. */
function joinerAt(text: string, at: number): number {
  const c = text[at + 2];
  if (c === "'" || c === '’') return 3;
  // Italian "di", "dei", "del", "della", "delle", "dello", "degli", "dell'".
  if (c === 'i') return text[at + 3] === ' ' ? 4 : 0;
  if (c === 'e' && (text[at + 3] === 'l' || text[at + 3] === 'i' || text[at + 3] === 'g')) return italianJoiner(text, at);
  if (c === 'u') return text[at + 3] === ' ' ? 4 : 0;
  if (c !== 'e') return 0;
  if (text[at + 3] === ' ') return 4;
  return text[at + 3] === 's' && text[at + 4] === ' ' ? 5 : 0;
}
/**
 * The length of the Italian joining word "dei", "del", "della", "delle", "dello", "degli" or "dell'"
 * at `at` (the space before it) with the space after it, or 0: read by characters, as most " de"
 * open English words ("delay", "degree").
 */
function italianJoiner(text: string, at: number): number {
  const c = text[at + 3];
  const next = text[at + 4];
  if (c === 'g') return text.startsWith('gli ', at + 3) ? 7 : 0;
  if (next === ' ') return 5;
  if (c !== 'l' || next !== 'l') return 0;
  const last = text[at + 5];
  if (last === "'" || last === '’') return 6;
  return (last === 'a' || last === 'e' || last === 'o') && text[at + 6] === ' ' ? 7 : 0;
}
/** The French and Italian words that join a name's words (a name does not end on them). */
const FRENCH_JOINING = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", 'l’', "d'", 'd’', 'et', 'en', 'pour', 'à', 'au', 'aux', 'sur',
  'di', 'dei', 'del', 'della', 'delle', 'dello', 'degli', 'e', 'per', 'sul', 'sulla', 'sui', 'sugli', 'al', 'alla', 'ai', 'agli', 'il', 'lo', 'gli', 'nel', 'nella']);
/** English words, which end a French name: "the Banque de France said", "Régie de l'énergie and". */
const ENGLISH = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'which', 'who', 'whom', 'that', 'this', 'these', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'said', 'says', 'told', 'to', 'of', 'in', 'on', 'for', 'with', 'by', 'at', 'as', 'from', 'after', 'before', 'over', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'we', 'also', 'not', 'last', 'next', 'approved', 'agreed', 'ruled', 'announced', 'rejected', 'issued']);
/** Most words a French name runs over after its head. */
const MAX_WORDS = 7;
/** A word and the character after it: letters, elisions, hyphens and capitals' dots ("l'énergie", "FTQ"). */
const WORD = /^([\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}])([^\S\r\n]*)/u;
const UPPER = /^\p{Lu}/u;
const LETTER_AFTER = /[\p{L}\p{M}]/u;
const ENGLISH_PAST = /^[a-z]{2,}ed$/;

/** The end of the French name whose words start at `from`, or -1 when no word follows the head. */
function nameEnd(text: string, from: number): number {
  let at = from;
  let lastCapital = -1;
  let firstWord = -1;
  let end = -1;
  for (let n = 0; n < MAX_WORDS; n++) {
    const m = WORD.exec(text.slice(at, at + 40));
    if (!m) break;
    const word = m[1];
    // An English word, or a lower-case word in "-ed" (an English verb: "asked", "warned"; French and Italian words seldom end so), ends the name.
    if (ENGLISH.has(word) || ENGLISH_PAST.test(word)) return end < 0 ? -1 : trimmed(text, from, end);
    const wordEnd = at + word.length;
    end = wordEnd;
    if (!FRENCH_JOINING.has(word.toLowerCase())) {
      if (firstWord < 0) firstWord = wordEnd;
      if (UPPER.test(word)) lastCapital = wordEnd;
    }
    // A punctuation mark or a line's end after the word ends the name with it.
    if (!m[2]) return trimmed(text, from, end);
    at = wordEnd + m[2].length;
  }
  // No mark nor English word within reach: the name ends at its last capitalised word, or its first word.
  const cut = lastCapital >= 0 ? lastCapital : firstWord;
  return cut < 0 ? -1 : cut;
}

/** `end` moved back over the joining words that end the words from `from` ("... du" -> "..."). */
function trimmed(text: string, from: number, end: number): number {
  const words = text.slice(from, end).split(/[ \t]+/u);
  while (words.length && FRENCH_JOINING.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.length ? from + words.join(' ').length : -1;
}

/** Where the French name whose joining word follows `pos` starts: at its head, or at the head before its adjective; -1 without one. */
function headStart(text: string, pos: number): number {
  const head = wordBefore(text, pos, true);
  if (!head) {
    const adjective = wordBefore(text, pos);
    const before = adjective && LOWER_ADJECTIVES.has(adjective.word) ? wordBefore(text, adjective.start, true) : null;
    return before && HEADS.has(before.word) ? before.start : -1;
  }
  if (HEADS.has(head.word)) return head.start;
  if (!ADJECTIVE.test(head.word)) return -1;
  const before = wordBefore(text, head.start, true);
  return before && (HEADS.has(before.word) || ADJECTIVE_HEADS.has(before.word)) ? before.start : -1;
}

/**
 * Spans (sorted, apart) with the French-language organisations found whole; see the file's comment.
 * Spans inside such a name give way; a span reaching out of it stands.
 */
export function withFrenchOrganisations(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let out: NamedSpan[] | undefined;
  const added: NamedSpan[] = [];
  // One pass over the text for " d": the joining words are looked at only there.
  for (let at = text.indexOf(' d'); at >= 0; at = text.indexOf(' d', at + 2)) {
    const joiner = joinerAt(text, at);
    if (!joiner) continue;
    const start = headStart(text, at + 1);
    if (start < 0) continue;
    const end = nameEnd(text, at + joiner);
    if (end < 0) continue;
    out ??= [...spans];
    if (overlapsAny(added, start, end) || reachesOutOf(out, start, end)) continue;
    out = out.filter((s) => s.end <= start || s.start >= end);
    added.push({ type: 'organization', start, end });
  }
  for (const ending of BARE_ENDINGS) {
    for (let found = text.indexOf(ending); found >= 0; found = text.indexOf(ending, found + ending.length)) {
      const end = found + ending.length;
      let at = found;
      while (at > 0 && text.charCodeAt(at - 1) >= 97 && text.charCodeAt(at - 1) <= 122) at--;
      const body = text[at - 1] !== ' ' || LETTER_AFTER.test(text[end] ?? ' ') || !BARE_ADJECTIVES.has(text.slice(at, end)) ? null : wordBefore(text, at, true);
      if (!body || !ADJECTIVE_BODIES.has(body.word)) continue;
      out ??= [...spans];
      if (overlapsAny(added, body.start, end) || reachesOutOf(out, body.start, end)) continue;
      out = out.filter((s) => s.end <= body.start || s.start >= end);
      added.push({ type: 'organization', start: body.start, end });
    }
  }
  return out ? withAdded(out, added) : [...spans];
}
