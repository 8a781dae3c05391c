/**
 * GUM news (Wikinews articles, CC BY 2.5 text, CC BY 4.0 annotations) as flat PER/LOC/ORG names.
 * GUM marks every mention ("the team", "he", "the US government") with nested brackets; a name is
 * the run of proper nouns inside a person, place or organisation mention, with titles and
 * nationality words in front left out, so "President Barack Obama" gives "Barack Obama".
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { GoldSentence, GoldSpan } from './conll';

const TYPES: Record<string, GoldSpan['type']> = { person: 'PER', place: 'LOC', organization: 'ORG' };
/** GUM's own dev and test documents stay out of training. */
const HELD_OUT = ['homeopathic', 'iodine', 'nasa', 'sensitive'];
const CONNECTORS = new Set(['of', 'the', 'de', 'and', '&', 'for', 'von', 'van', 'der', 'al', 'la']);
const LEADING = /^(?:Major|Lieutenant|Colonel|Admiral|Spokesman|Spokeswoman|Head|Leader|Speaker|Bishop|Archbishop|Cardinal|Imam|Sheikh|Emir|Sultan|Tsar|President|Vice|Prime|Minister|Secretary|Senator|Sen\.|Governor|Gov\.|Mayor|King|Queen|Prince|Princess|Pope|General|Gen\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Professor|Prof\.|Judge|Justice|Chairman|Chief|Director|Captain|Commander|Ambassador|Chancellor|Representative|Rep\.|Sir|Lord|Lady|Saint|St\.?|Former|Foreign|Defense|Defence|U\.S\.|US|American|British|Korean|Chinese|Russian|French|German|Australian|Canadian|Japanese|Indian|Afghan|Iraqi|Israeli|Palestinian|North|South)$/iu;

interface Token {
  form: string;
  xpos: string;
  start: number;
  end: number;
}

interface Mention {
  type: GoldSpan['type'];
  first: number;
  last: number;
}

/** The mentions of one sentence from the `Entity=` brackets of each token's MISC column. */
function mentionsOf(miscs: string[]): Mention[] {
  const open = new Map<string, { etype: string; first: number }[]>();
  const out: Mention[] = [];
  miscs.forEach((misc, i) => {
    const m = /(?:^|\|)Entity=([^|]*)/u.exec(misc);
    if (!m) return;
    const re = /\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)/gu;
    for (let b = re.exec(m[1]); b; b = re.exec(m[1])) {
      if (b[1]) {
        if (b[3]) {
          if (TYPES[b[2]]) out.push({ type: TYPES[b[2]], first: i, last: i });
        } else {
          open.set(b[1], [...(open.get(b[1]) ?? []), { etype: b[2], first: i }]);
        }
      } else if (b[4]) {
        const stack = open.get(b[4]);
        const o = stack?.pop();
        if (o && TYPES[o.etype]) out.push({ type: TYPES[o.etype], first: o.first, last: i });
      }
    }
  });
  return out;
}

/** The proper-noun run inside a mention, without leading titles or nationality words. */
function nameIn(tokens: Token[], m: Mention): { first: number; last: number } | null {
  let best: { first: number; last: number } | null = null;
  for (let i = m.first; i <= m.last; i++) {
    if (!tokens[i].xpos.startsWith('NNP')) continue;
    let j = i;
    while (j + 1 <= m.last && (tokens[j + 1].xpos.startsWith('NNP') || (CONNECTORS.has(tokens[j + 1].form) && j + 2 <= m.last && tokens[j + 2].xpos.startsWith('NNP')))) j += tokens[j + 1].xpos.startsWith('NNP') ? 1 : 2;
    let first = i;
    while (first < j && (LEADING.test(tokens[first].form) || CONNECTORS.has(tokens[first].form))) first++;
    if (!best || j - first > best.last - best.first) best = { first, last: j };
    i = j;
  }
  if (!best) return null;
  const single = best.first === best.last ? tokens[best.first] : null;
  if (single && LEADING.test(single.form) && !/^(?:US|U\.S\.)$/u.test(single.form)) return null;
  // Groups of people ("Muslims", "Afghans") are person mentions in GUM but not names of a person.
  if (m.type === 'PER' && single && (single.xpos === 'NNPS' || /(?:ans|ese|is|ists)$/u.test(single.form) || single.form === 'State')) return null;
  return best;
}

function readDocument(file: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let text = '';
  let rows: string[][] = [];
  const flush = () => {
    if (!rows.length) return;
    const tokens: Token[] = [];
    let cursor = 0;
    for (const r of rows) {
      const at = text.indexOf(r[1], cursor);
      const start = at >= 0 ? at : cursor;
      tokens.push({ form: r[1], xpos: r[4], start, end: start + r[1].length });
      cursor = start + r[1].length;
    }
    const candidates = mentionsOf(rows.map((r) => r[9]))
      .map((m) => ({ m, name: nameIn(tokens, m) }))
      .filter((c): c is { m: Mention; name: { first: number; last: number } } => !!c.name)
      // The tightest mention around a name decides its type ("US" in "the US government" is a place).
      .sort((a, b) => a.m.last - a.m.first - (a.name.last - a.name.first) - (b.m.last - b.m.first - (b.name.last - b.name.first)) || b.name.last - b.name.first - (a.name.last - a.name.first));
    const spans: GoldSpan[] = [];
    const taken = new Set<number>();
    for (const c of candidates) {
      let free = true;
      for (let i = c.name.first; i <= c.name.last; i++) if (taken.has(i)) free = false;
      if (!free) continue;
      for (let i = c.name.first; i <= c.name.last; i++) taken.add(i);
      spans.push({ start: tokens[c.name.first].start, end: tokens[c.name.last].end, type: c.m.type });
    }
    out.push({ doc: path.basename(file), text, spans: spans.sort((a, b) => a.start - b.start) });
    rows = [];
    text = '';
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# text =')) text = line.slice('# text ='.length).trim();
    else if (line.startsWith('#')) continue;
    else if (!line.trim()) flush();
    else {
      const cols = line.split('\t');
      if (cols.length >= 10 && /^\d+$/u.test(cols[0])) rows.push(cols);
    }
  }
  flush();
  return out;
}

/** The GUM news training documents as gold sentences. */
export function readGumNews(dir: string): GoldSentence[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.conllu') && !HELD_OUT.some((h) => f.includes(`_${h}.`)))
    .sort()
    .flatMap((f) => readDocument(path.join(dir, f)));
}
