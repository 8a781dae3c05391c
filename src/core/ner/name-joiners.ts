import type { NamedSpan } from './index';
import { withAdded } from './added-spans';
import { isStyleWord } from './honorifics';
import { mayBePersonWord } from './rule-tagger';
import { wordBefore } from './word-before';

/**
 * Words that join the parts of one person's name, which the model reads as the end of a name: the
 * Malaysian and Singaporean "a/l" (son of), "a/p" (daughter of), "bin", the Arabic "bint" (daughter of) and "binti" ("K. Thinagaran
 * a/l Krishnan", "Ahmad bin Ismail"), the Irish "Ó", "Ní", "Nic", "Mac" ("Niamh Ó Ceallaigh"), also
 * with the article "an" after them ("Gráinne Nic an Bhaird"), and a middle name the model left
 * or an initial between a given name and a surname ("Nuala" + "Máire" + "Kavanagh-Reid"). A span the model ended on
 * an Irish particle ("Gráinne Nic", often read as a place) is the start of a person's name. The
 * Catalan "i", the Spanish "y" and the Portuguese "e" join two surnames ("Jordi Vilanova i Soler",
 * "Tiago Fonseca e Silva"). A Kyrgyz or Kazakh
 * name may end on its patronymic ("Azamat Bakyt uulu", son of Bakyt), which is kept in the name.
 */

/** Azerbaijani, Turkish, Kyrgyz and Kazakh words between a father's name and a surname: son of, daughter of. */
const TURKIC_PATRONYMIC = ['oglu', 'oğlu', 'ogly', 'uly', 'uulu', 'qizi', 'qızı', 'kyzy', 'kizi', 'qyzy'];

/** Kyrgyz and Kazakh patronymics that may end a name, no surname after them: "Azamat Bakyt uulu", "Aida Nurlan kyzy". */
const ENDING_PATRONYMIC = new Set(['uulu', 'kyzy', 'uly', 'qyzy']);

/** Whether the name ending at `end` ends on one of {@link ENDING_PATRONYMIC}, a word of the name, not a description to cut. */
export function endsOnPatronymic(text: string, end: number): boolean {
  const space = text.lastIndexOf(' ', end - 1);
  return space >= 0 && end - space <= 5 && ENDING_PATRONYMIC.has(text.slice(space + 1, end));
}

/** A patronymic of {@link ENDING_PATRONYMIC} after the space at `at`, ending the name there (no letter, nor a capitalised word, after it): its end, or -1. */
function endingPatronymicEnd(text: string, at: number): number {
  let end = at + 1;
  while (end - at <= 5 && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end++;
  if (!ENDING_PATRONYMIC.has(text.slice(at + 1, end)) || /[\p{L}\p{N}'’-]/u.test(text[end] ?? '')) return -1;
  return text[end] === ' ' && /\p{Lu}/u.test(text[end + 1] ?? '') ? -1 : end;
}

/**
 * Joiners of a given name and a father's name (Malay, Tamil in Malaysia and Singapore, Arabic, and
 * the Welsh "ap"/"ab", son of, and "ferch"/"verch", daughter of: "Dafydd ap Rhys").
 */
const PATRONYMIC = ['a/l', 'a/p', 'A/L', 'A/P', 's/o', 'd/o', 'S/O', 'D/O', 'bin', 'bint', 'binti', 'binte', 'bte', 'bt', 'ibn', 'ibni', 'ap', 'ab', 'ferch', 'verch', ...TURKIC_PATRONYMIC];
/**
 * Joiners that are nothing but a patronymic's, so the words on both sides of them are one person's
 * name whatever the model made of either: the Malaysian "a/l", "a/p", "s/o", "d/o", and the Turkic
 * "oglu"/"oğlu" (son of), "qizi"/"qızı"/"kyzy" (daughter of) and "uulu" ("Elchin Rafig oglu Bayramov").
 */
const UNMISTAKABLE = new Set(['a/l', 'a/p', 'A/L', 'A/P', 's/o', 'd/o', 'S/O', 'D/O', ...TURKIC_PATRONYMIC]);
/** The letters {@link UNMISTAKABLE} joiners begin with: a word starting with another is none of them, unread. */
const UNMISTAKABLE_FIRST = new Set([...UNMISTAKABLE].map((j) => j[0]));
/** Irish particles before a surname: "Ó" (grandson of), "Ní" (daughter of), "Nic", "Mac", "Ua", "Uí", "Mhic". */
const IRISH = ['Ó', 'Ní', 'Nic', 'Mac', 'Mhic', 'Ua', 'Uí'];
/** Irish particles so seldom anything else that "Given Ó Surname" is a name wherever it stands. */
const IRISH_ALONE = ['Ó', 'Ní', 'Uí'];
/** Irish particles the article "an" may follow before the surname: "Mac an Bhaird", "Nic an Rí". */
const TAKES_AN = new Set(['Mac', 'Nic', 'Mhic']);
/**
 * The Catalan "i", the Spanish "y" and the Portuguese "e" between a person's two surnames ("Jordi
 * Vilanova i Soler", "José Ortega y Gasset", "Eça de Queirós e Silva"): joiners only after a given
 * name and a first surname, never after one word.
 */
const SURNAME_AND = ['i', 'y', 'e'];
const JOINERS = new Set([...PATRONYMIC, ...IRISH, ...SURNAME_AND]);
const JOINER_FIRST = new Set([...JOINERS].map((j) => j[0]));

/** One word of a name after a joiner: "Krishnan", "Ceallaigh", "O'Brien", "Abdul". */
const NAME_WORD = /\p{Lu}[\p{Ll}\p{M}'’]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?/uy;
/** A middle name between two parts of a person's name: " Máire ". */
const MIDDLE = /^ \p{Lu}\p{Ll}+ $/u;
/** A middle initial between a given name and a surname: " O. " of "Nnamdi O. Okafor". */
const MIDDLE_INITIAL = /^ \p{Lu}\. $/u;

/** Whether `word` may be a name's part: not a function word, a title, a nationality, a place or an organisation word. */
function nameLike(word: string): boolean {
  return mayBePersonWord(word) && !isStyleWord(word);
}

/** Whether the name from `start` to `end` has two words or more: a given name and a surname. */
function twoWords(text: string, start: number, end: number): boolean {
  const space = text.indexOf(' ', start);
  return space > start && space < end;
}

/** The name word at `at` (see {@link NAME_WORD}), or null. */
function nameWordAt(text: string, at: number): string | null {
  NAME_WORD.lastIndex = at;
  const m = NAME_WORD.exec(text);
  return m && !/[\p{L}\p{N}]/u.test(text[at + m[0].length] ?? '') ? m[0] : null;
}

/**
 * The end of " joiner Name" (one or two name words after a patronymic joiner, one after an Irish
 * particle or a joiner of surnames) from `at`, the end of a name that starts at `start`, or -1.
 */
function joinedEnd(text: string, at: number, start: number): number {
  // Most names are followed by a word no joiner starts with: ruled out by its first letter.
  if (text[at] !== ' ' || !JOINER_FIRST.has(text[at + 1])) return -1;
  // "in", "is", "you", "each": a word opening with a one-letter joiner's letter is most often longer ("ibn" apart).
  if ((text[at + 1] === 'i' || text[at + 1] === 'y' || text[at + 1] === 'e') && text[at + 2] !== ' ' && text[at + 2] !== 'b') return -1;
  // "Azamat Bakyt uulu, an analyst": the patronymic ends a name of a given and a father's name.
  const patronymicEnd = endingPatronymicEnd(text, at);
  if (patronymicEnd > 0) return twoWords(text, start, at) ? patronymicEnd : -1;
  const space = text.indexOf(' ', at + 1);
  if (space < 0 || space - at > 7) return -1;
  const joiner = text.slice(at + 1, space);
  if (!JOINERS.has(joiner) || (SURNAME_AND.includes(joiner) && !twoWords(text, start, at))) return -1;
  let end = space + 1;
  if (TAKES_AN.has(joiner) && text.startsWith('an ', end)) end += 3;
  const first = nameWordAt(text, end);
  if (!first || !nameLike(first)) return -1;
  end += first.length;
  // "bin Abdul Rahman": a father's name may have two words.
  const second = PATRONYMIC.includes(joiner) && text[end] === ' ' ? nameWordAt(text, end + 1) : null;
  if (second && nameLike(second)) end += 1 + second.length;
  return end;
}

/** Whether the word at `at` (after a space) is an {@link UNMISTAKABLE} joiner. */
function unmistakableAt(text: string, at: number): boolean {
  if (!UNMISTAKABLE_FIRST.has(text[at])) return false;
  const space = text.indexOf(' ', at);
  return space > at && space - at <= 4 && UNMISTAKABLE.has(text.slice(at, space));
}

/**
 * Where a person's name starts when one or two capitalised name words and an {@link UNMISTAKABLE}
 * joiner stand right before the span starting at `start` ("Ravindran a/l" of "Ravindran a/l
 * Muthusamy", the model naming only the father), or -1.
 */
function givenNameStart(text: string, start: number): number {
  if (text[start - 1] !== ' ') return -1;
  const space = text.lastIndexOf(' ', start - 2);
  if (space < 0 || start - space > 7 || !unmistakableAt(text, space + 1)) return -1;
  const given = wordBefore(text, space + 1, true);
  if (!given || !nameLike(given.word) || nameWordAt(text, given.start) !== given.word) return -1;
  const first = wordBefore(text, given.start, true);
  return first && nameLike(first.word) && nameWordAt(text, first.start) === first.word ? first.start : given.start;
}

/**
 * The end of a person's name when a place's span of two words or more ends on an Irish
 * particle and a surname follows ("Gráinne Nic" + " an Bhaird"), or -1.
 */
function endOnParticle(text: string, s: NamedSpan): number {
  const space = text.lastIndexOf(' ', s.end - 1);
  if (space <= s.start || s.end - space > 5 || !IRISH.includes(text.slice(space + 1, s.end))) return -1;
  return joinedEnd(text, space, s.start);
}

/** Irish names the model missed: "Niamh Ó Ceallaigh" (given name, "Ó", "Ní" or "Uí", surname). */
function irishNames(text: string): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const particle of IRISH_ALONE) {
    for (let at = text.indexOf(` ${particle} `); at >= 0; at = text.indexOf(` ${particle} `, at + 1)) {
      const surname = nameWordAt(text, at + particle.length + 2);
      if (!surname || !nameLike(surname)) continue;
      const end = at + particle.length + 2 + surname.length;
      const given = wordBefore(text, at + 1, true);
      // "Cllr Ó Conghaile", "said Ó Conghaile": the surname with its particle, written alone.
      if (!given || !nameLike(given.word) || !/^\p{Lu}\p{Ll}+$/u.test(given.word)) found.push({ type: 'person', start: at + 1, end });
      else found.push({ type: 'person', start: given.start, end });
    }
  }
  return found;
}

/** Kyrgyz and Kazakh names the model missed, a given name and a father's name before an ending patronymic: "Azamat Bakyt uulu". */
function patronymicNames(text: string): NamedSpan[] {
  const found: NamedSpan[] = [];
  for (const patronymic of ENDING_PATRONYMIC) {
    for (let at = text.indexOf(` ${patronymic}`); at >= 0; at = text.indexOf(` ${patronymic}`, at + 1)) {
      const end = endingPatronymicEnd(text, at);
      const father = end > 0 ? wordBefore(text, at + 1, true) : null;
      const given = father && nameLike(father.word) && nameWordAt(text, father.start) === father.word ? wordBefore(text, father.start, true) : null;
      if (given && nameLike(given.word) && nameWordAt(text, given.start) === given.word) found.push({ type: 'person', start: given.start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** `spans` (sorted, apart) with `names` put in whole, over the spans inside them, where no span reaches across a name's edge. */
function withMissedNames(spans: readonly NamedSpan[], names: readonly NamedSpan[]): readonly NamedSpan[] {
  const whole = names.filter((n) => !spans.some((s) => s.start < n.end && n.start < s.end && (s.start < n.start || s.end > n.end)));
  return whole.length ? withAdded(spans.filter((s) => !whole.some((n) => n.start <= s.start && s.end <= n.end)), whole) : spans;
}

/**
 * Person spans (sorted, apart) joined over the words above, taken on over a joiner and the name after
 * it, and the Irish and Kyrgyz names the model missed added (in place of any span inside them). A span
 * left as it was is handed on, not copied; a joined one is a new span (the given ones are never changed).
 */
export function withJoinedNames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  let all: readonly NamedSpan[] = spans;
  // Every joiner is a word of its own, so a text without " Ó " has no Irish name to add; a search
  // for one character is much faster than for a word, so the rare "Ó" and "í" are sought first.
  if ((text.indexOf('Ó') >= 0 && text.includes(' Ó ')) || (text.indexOf('í') >= 0 && (text.includes(' Ní ') || text.includes(' Uí ')))) {
    all = withMissedNames(all, irishNames(text));
  }
  if (text.includes(' uulu') || text.includes(' kyzy') || text.includes(' qyzy') || text.includes(' uly')) all = withMissedNames(all, patronymicNames(text));
  const out: NamedSpan[] = [];
  for (let k = 0; k < all.length; k++) {
    const s = all[k];
    const prev = out[out.length - 1];
    // A part of the name a joiner took in below.
    if (prev && s.start < prev.end) {
      out[out.length - 1] = { ...prev, end: Math.max(prev.end, s.end) };
      continue;
    }
    if (prev && prev.type === 'person' && s.type === 'person' && s.start - prev.end <= 16) {
      const gap = text.slice(prev.end, s.start);
      const joiner = gap.slice(1, -1);
      if (JOINERS.has(joiner) && gap[0] === ' ' && gap[gap.length - 1] === ' ' && (!SURNAME_AND.includes(joiner) || twoWords(text, prev.start, prev.end))) {
        out[out.length - 1] = { ...prev, end: s.end };
        continue;
      }
      // "Nuala Máire Kavanagh-Reid": a given name, a middle name the model left out, a surname.
      // "Chidi O. Eze-Nwosu": the same with a middle initial.
      if (((MIDDLE.test(gap) && nameLike(gap.slice(1, -1))) || MIDDLE_INITIAL.test(gap)) && !text.slice(prev.start, prev.end).includes(' ')) {
        out[out.length - 1] = { ...prev, end: s.end };
        continue;
      }
    }
    const next = all[k + 1];
    const cut = s.type === 'place' ? endOnParticle(text, s) : -1;
    if (cut > 0 && (!next || next.start >= cut || next.type === 'person')) {
      out.push({ type: 'person', start: s.start, end: cut });
      continue;
    }
    let start = s.start;
    if (s.type === 'person') {
      const given = givenNameStart(text, s.start);
      // A span the model made of the given name ("Ravindran" as a place) is taken in.
      if (given >= 0 && (!prev || prev.end <= given || prev.start >= given)) {
        if (prev && prev.start >= given) out.pop();
        start = given;
      }
    }
    const end = s.type === 'person' ? joinedEnd(text, s.end, start) : -1;
    // After an unmistakable joiner, a span of the surname alone is taken in whatever its type ("Bayramov" read as a place).
    const takesNext = end > 0 && (!next || next.start >= end || next.type === 'person' || (next.end <= end && unmistakableAt(text, s.end + 1)));
    const newEnd = takesNext ? end : s.end;
    out.push(start === s.start && newEnd === s.end ? s : { ...s, start, end: newEnd });
  }
  return out;
}
