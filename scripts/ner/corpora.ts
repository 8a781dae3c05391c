import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type GoldSentence, type GoldSpan, readIob2 } from './conll';
import { readGumNews } from './gum';
import { readOwnArticles } from './own-articles';

/** Reads a two-column CoNLL file (token, tag) into sentences with character spans. */
function readColumns(file: string, mapType: (t: string) => GoldSpan['type'] | null, iob1 = false): GoldSentence[] {
  const out: GoldSentence[] = [];
  let words: Array<{ form: string; tag: string }> = [];
  const flush = () => {
    if (!words.length) return;
    let text = '';
    const spans: GoldSpan[] = [];
    let open: GoldSpan | null = null;
    let prevType: string | null = null;
    for (const w of words) {
      const start = text.length ? text.length + 1 : 0;
      text = text.length ? `${text} ${w.form}` : w.form;
      const end = start + w.form.length;
      const dash = w.tag.indexOf('-');
      const bio = w.tag === 'O' || dash < 0 ? 'O' : w.tag.slice(0, dash);
      const type = bio === 'O' ? null : mapType(w.tag.slice(dash + 1));
      // IOB1 starts a new name only where the type changes; IOB2 marks every start with B.
      const begins = type && (bio === 'B' || (iob1 ? prevType !== type : !open || open.type !== type));
      if (open && (!type || begins)) {
        spans.push(open);
        open = null;
      }
      if (type && begins) open = { start, end, type };
      else if (type && open) open.end = end;
      prevType = type;
    }
    if (open) spans.push(open);
    out.push({ doc: '', text, spans });
    words = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const cols = line.trim().split(/\s+/u);
    if (cols.length >= 2) words.push({ form: cols[0], tag: cols[cols.length - 1] });
  }
  flush();
  return out;
}

const basic = (t: string) => (t === 'PER' || t === 'LOC' || t === 'ORG' ? t : null);
const wnut = (t: string): GoldSpan['type'] | null => ({ person: 'PER', location: 'LOC', corporation: 'ORG', group: 'ORG' } as const)[t as 'person'] ?? null;

/** The repository's own test fixtures (an absolute path: the others are relative to `datasets`). */
const ownFixtures = path.resolve(__dirname, '..', '..', 'test', 'fixtures');

/** `items` `times` times over (a corpus given more weight than one pass). */
function repeat<T>(items: T[], times: number): T[] {
  return Array.from({ length: Math.max(1, times) }, () => items).flat();
}

/**
 * The training corpora in `../shared/datasets` (never UNER English-PUD, the test set). Each entry
 * names its licence for the model's README.
 */
export function trainingCorpora(datasets: string): Array<{ name: string; domain: number; sentences: GoldSentence[] }> {
  const list: Array<{ name: string; domain: number; file: string; read: (f: string) => GoldSentence[] }> = [
    { name: 'UNER English-EWT train (CC BY-SA 4.0)', domain: 1, file: 'uner-english-ewt-train/en_ewt-ud-train.iob2', read: readIob2 },
    // EWT's test split is not Byline's test set (English-PUD is); adding it did not help EWT dev, so it is opt-in.
    ...(process.env.BYLINE_EWT_TEST !== '1' ? [] : [{ name: 'UNER English-EWT test (CC BY-SA 4.0)', domain: 1, file: 'uner-english-ewt/en_ewt-ud-test.iob2', read: readIob2 }]),
    ...['a', 'b', 'e', 'f', 'g', 'h'].map((part) => ({ name: `Broad Twitter Corpus ${part} (CC BY 4.0)`, domain: 2, file: `broad-twitter-corpus/${part}.conll`, read: (f: string) => readColumns(f, basic) })),
    { name: 'wikigold (CC BY 4.0)', domain: 3, file: 'wikigold/wikigold.conll.txt', read: (f: string) => readColumns(f, basic, true) },
    { name: 'WNUT-17 train (CC BY 4.0)', domain: 4, file: 'wnut17/wnut17train.conll', read: (f: string) => readColumns(f, wnut) },
    ...(process.env.BYLINE_WNUT_ALL !== '1' ? [] : [
      { name: 'WNUT-17 dev (CC BY 4.0)', domain: 4, file: 'wnut17/emerging.dev.conll', read: (f: string) => readColumns(f, wnut) },
      { name: 'WNUT-17 test (CC BY 4.0)', domain: 4, file: 'wnut17/emerging.test.annotated', read: (f: string) => readColumns(f, wnut) },
    ]),
    // Its own feature copy, or BYLINE_GUM_DOMAIN=3 to share wikigold's (both edited, well-formed prose).
    ...(process.env.BYLINE_GUM !== '1' ? [] : [{ name: 'GUM news train documents (CC BY 2.5 text, CC BY 4.0 annotations)', domain: Number(process.env.BYLINE_GUM_DOMAIN ?? 5), file: 'gum-news', read: (f: string) => readGumNews(f) }]),
    // Byline's own labelled news articles (test/fixtures): the only news in training when on. Its
    // own feature copy by default (BYLINE_OWN_ARTICLES_DOMAIN=1 or 3 shares EWT's or wikigold's),
    // BYLINE_OWN_ARTICLES_REPEAT=n gives it n times the weight of one pass.
    ...(process.env.BYLINE_OWN_ARTICLES !== '1' ? [] : [{
      name: "Byline's labelled fixture articles (MIT)",
      domain: Number(process.env.BYLINE_OWN_ARTICLES_DOMAIN ?? 6),
      file: ownFixtures,
      read: (f: string) => repeat(readOwnArticles(f), Number(process.env.BYLINE_OWN_ARTICLES_REPEAT ?? 1)),
    }]),
  ];
  return list
    .filter((c) => existsSync(path.resolve(datasets, c.file)))
    .map((c) => ({ name: c.name, domain: c.domain, sentences: c.read(path.resolve(datasets, c.file)) }));
}

/** UNER English-EWT dev: the only data used to choose training settings. */
export function devCorpus(datasets: string): GoldSentence[] {
  return readIob2(path.join(datasets, 'uner-english-ewt', 'en_ewt-ud-dev.iob2'));
}
