/**
 * `npm run eval`: how well Byline finds people, places, organisations (and dates) against gold:
 * UNER English-EWT dev (the tuning data: settings and rules are chosen on it), UNER English-PUD (a
 * test set: never used for training or tuning) and hand-labelled articles. GUM's dev and test news
 * documents are a second, news, tuning row. `--dev-errors` lists the disagreements on the two dev
 * sets, the only data to study errors on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../src/core/article/parse-article';
import { recognize } from '../../src/core/entities/recognize';
import { parseArgs } from 'node:util';
import { defaultModelId, loadDefaultTagger } from '../../src/core/ner/default-tagger';
import type { Tagger } from '../../src/core/ner/index';
import type { Entity } from '../../src/core/model/types';
import { createTagger } from '../../src/core/ner/perceptron-tagger';
import { readIob2 } from './conll';
import { devCorpus } from './corpora';
import { isGumDevDocument, readGumNews } from './gum';
import { emptyScores, f1, type Scores, type Span, scoreSpans, table, total } from './score';
import { goldProblems } from './gold-check';

const repoRoot = path.resolve(__dirname, '..', '..');
// BYLINE_SHARED points elsewhere (e.g. to check the messages printed when the data is absent).
const shared = path.resolve(process.env.BYLINE_SHARED ?? path.join(repoRoot, '..', 'shared'));
const TYPE = { person: 'PER', place: 'LOC', organization: 'ORG', date: 'DATE' } as const;

type Sentences = ReturnType<typeof readIob2>;

/**
 * Tags each document of `sentences` as a whole (its sentences one line each, as regions), so
 * document-level consistency works as in an article, and scores the documents `include` accepts.
 */
function scoreDocuments(tagger: Tagger, sentences: Sentences, scores: Scores, include: (doc: string) => boolean = () => true, showErrors = false): void {
  const docs = new Map<string, Sentences>();
  for (const s of sentences) docs.set(s.doc, [...(docs.get(s.doc) ?? []), s]);
  for (const [doc, list] of docs) {
    if (!include(doc)) continue;
    let text = '';
    const regions: Array<{ start: number; end: number }> = [];
    const gold: Span[] = [];
    for (const s of list) {
      const offset = text.length;
      regions.push({ start: offset, end: offset + s.text.length });
      for (const g of s.spans) gold.push({ ...g, start: g.start + offset, end: g.end + offset });
      text += s.text + '\n';
    }
    const predicted = tagger.find(text, regions).map((p) => ({ start: p.start, end: p.end, type: TYPE[p.type] }));
    scoreSpans(scores, gold, predicted);
    if (showErrors) showDifferences(doc, text, gold, predicted);
  }
}

function evalPud(tagger: Tagger): { news: Scores; all: Scores } | null {
  const file = path.join(shared, 'datasets', 'uner-english-pud', 'en_pud-ud-test.iob2');
  if (!existsSync(file)) return null;
  const sentences = readIob2(file);
  const news = emptyScores(['PER', 'LOC', 'ORG']);
  const all = emptyScores(['PER', 'LOC', 'ORG']);
  scoreDocuments(tagger, sentences, all);
  scoreDocuments(tagger, sentences, news, (doc) => doc.startsWith('n'));
  return { news, all };
}

/**
 * UNER English-EWT dev: one sentence at a time, as training scores it when choosing settings, and
 * document by document, where the rules that look across an article show.
 */
function evalDev(tagger: Tagger, showErrors: boolean): { sentences: Scores; documents: Scores } | null {
  const datasets = path.join(shared, 'datasets');
  if (!existsSync(path.join(datasets, 'uner-english-ewt', 'en_ewt-ud-dev.iob2'))) return null;
  const dev = devCorpus(datasets);
  const sentences = emptyScores(['PER', 'LOC', 'ORG']);
  for (const s of dev) {
    const predicted = tagger.find(s.text, [{ start: 0, end: s.text.length }]).map((p) => ({ start: p.start, end: p.end, type: TYPE[p.type] }));
    scoreSpans(sentences, s.spans, predicted);
    if (showErrors) showDifferences(s.doc, s.text, s.spans, predicted);
  }
  const documents = emptyScores(['PER', 'LOC', 'ORG']);
  scoreDocuments(tagger, dev, documents);
  return { sentences, documents };
}

/**
 * GUM news, document by document: the news tuning data beside EWT dev's web text. GUM's own dev
 * and test documents (4 Wikinews articles) are never trained on; the shipped model is not trained
 * on any of GUM, so all 24 articles are a less noisy dev set for it (not for `BYLINE_GUM=1` models).
 */
function evalGumDev(tagger: Tagger, showErrors: boolean): { dev: Scores; all: Scores } | null {
  const dir = path.join(shared, 'datasets', 'gum-news');
  if (!existsSync(dir)) return null;
  const sentences = readGumNews(dir, 'all');
  const dev = emptyScores(['PER', 'LOC', 'ORG']);
  scoreDocuments(tagger, sentences, dev, isGumDevDocument, showErrors);
  const all = emptyScores(['PER', 'LOC', 'ORG']);
  scoreDocuments(tagger, sentences, all);
  return { dev, all };
}

interface GoldFile {
  /** The article, relative to the gold file's folder or to the articles folder. */
  file: string;
  /** The types labelled in this file (all four when absent); others are not scored. */
  types?: Array<keyof typeof TYPE>;
  entities: Array<{ type: keyof typeof TYPE; text: string; start: number }>;
}

/** Dates checked by hand for their values (`date-values.json` beside the gold files), keyed by article file. */
interface DateValues {
  files: Record<string, Array<{ text: string; start: number; value: string }>>;
}

/** How many of the hand-checked date values came out right: same span, same value. */
interface ValueCount {
  right: number;
  total: number;
  wrong: string[];
}

function readDateValues(goldDir: string): DateValues['files'] {
  const file = path.join(goldDir, 'date-values.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DateValues).files : {};
}

function countValues(counts: ValueCount, expected: DateValues['files'][string] | undefined, entities: readonly Entity[], file: string): void {
  if (!expected) return;
  const found = new Map(entities.filter((e) => e.type === 'date').map((e) => [e.start, e]));
  for (const d of expected) {
    const date = found.get(d.start);
    counts.total++;
    if (date && date.text === d.text && date.value === d.value) counts.right++;
    else counts.wrong.push(`${file}: ${JSON.stringify(d.text)} at ${d.start} should be ${d.value}, ${date ? `got ${JSON.stringify(date.text)} ${date.value ?? '(no value)'}` : 'not found'}`);
  }
}

function evalArticles(tagger: Tagger, goldDir: string, articlesDir: string): { scores: Scores; files: number; values: ValueCount } {
  const scores = emptyScores(['PER', 'LOC', 'ORG', 'DATE']);
  const values: ValueCount = { right: 0, total: 0, wrong: [] };
  let files = 0;
  if (!existsSync(goldDir)) return { scores, files, values };
  const dateValues = readDateValues(goldDir);
  for (const name of readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, name), 'utf8')) as GoldFile;
    const articlePath = [path.join(goldDir, gold.file), path.join(articlesDir, gold.file)].find((p) => existsSync(p));
    if (!articlePath) continue;
    const text = readFileSync(articlePath, 'utf8');
    const problems = goldProblems(gold.entities, text);
    if (problems.length) throw new Error(`eval: ${path.join(goldDir, name)}:\n  ${problems.join('\n  ')}`);
    const types = new Set(gold.types ?? Object.keys(TYPE));
    const entities = recognize(parseArticle(text, gold.file), { tagger }).filter((e) => types.has(e.type));
    const goldSpans = gold.entities.map((e) => ({ start: e.start, end: e.start + e.text.length, type: TYPE[e.type] }));
    const predicted = entities.map((e) => ({ start: e.start, end: e.end, type: TYPE[e.type] }));
    scoreSpans(scores, goldSpans, predicted);
    if (process.env.BYLINE_EVAL_VERBOSE) showDifferences(name, text, goldSpans, predicted);
    countValues(values, dateValues[gold.file], entities, gold.file);
    files++;
  }
  return { scores, files, values };
}

/** "date values right: 71 of 84", with the wrong ones listed under BYLINE_EVAL_VERBOSE=1. */
function valueLine(values: ValueCount): string {
  const wrong = process.env.BYLINE_EVAL_VERBOSE ? values.wrong.map((w) => `\n  ${w}`).join('') : '';
  return `date values right (same span, same value): ${values.right} of ${values.total}${wrong}`;
}

/** Lists the spans where prediction and gold disagree (BYLINE_EVAL_VERBOSE=1). */
function showDifferences(name: string, text: string, gold: Span[], predicted: Span[]): void {
  const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
  const g = new Set(gold.map(key));
  const p = new Set(predicted.map(key));
  for (const s of gold) if (!p.has(key(s))) console.log(`  ${name}: missed   ${s.type} ${JSON.stringify(text.slice(s.start, s.end))} at ${s.start}`);
  for (const s of predicted) if (!g.has(key(s))) console.log(`  ${name}: spurious ${s.type} ${JSON.stringify(text.slice(s.start, s.end))} at ${s.start}`);
}

function summary(scores: Scores): string {
  return `overlap F1 ${(100 * f1(total(scores, 'overlap')).f).toFixed(1)}, exact F1 ${(100 * f1(total(scores, 'exact')).f).toFixed(1)}`;
}

function main(): void {
  // --model FILE scores another model file than the shipped one (e.g. a fresh training run).
  // --gold DIR scores only the hand-labelled articles in DIR (e.g. a new held-out set, before any change).
  const { values } = parseArgs({ options: { model: { type: 'string' }, 'dev-errors': { type: 'boolean' }, gold: { type: 'string' } } });
  const tagger = values.model ? createTagger(new Uint8Array(readFileSync(values.model))) : loadDefaultTagger();
  console.log(`Byline entity evaluation (tagger ${values.model ?? defaultModelId()})\n`);
  if (values.gold) {
    const dir = path.resolve(values.gold);
    const own = evalArticles(tagger, dir, path.dirname(dir));
    if (!own.files) {
      console.error(`eval: no *.gold.json with its article in ${dir}`);
      process.exitCode = 1;
      return;
    }
    console.log(table(`Hand-labelled articles in ${path.relative(process.cwd(), dir) || '.'} (${own.files}), the types labelled in each`, own.scores));
    if (own.values.total) console.log(valueLine(own.values));
    console.log(`\nsummary: ${summary(own.scores)}${own.values.total ? `, date values ${own.values.right}/${own.values.total}` : ''}`);
    return;
  }
  const parts: string[] = [];
  const dev = evalDev(tagger, !!values['dev-errors']);
  if (dev) {
    console.log(table('UNER English-EWT dev (tuning data), sentence by sentence', dev.sentences));
    console.log();
    console.log(table('UNER English-EWT dev, document by document', dev.documents));
    console.log();
    parts.push(`EWT dev ${summary(dev.sentences)} (by document: ${summary(dev.documents)})`);
  }
  const news = evalGumDev(tagger, !!values['dev-errors']);
  if (news) {
    console.log(table('GUM news dev (4 Wikinews articles), document by document', news.dev));
    console.log();
    console.log(table('GUM news, all 24 Wikinews articles (dev for models not trained on GUM)', news.all));
    console.log();
    parts.push(`GUM news dev ${summary(news.dev)} (all 24: ${summary(news.all)})`);
  }
  const pud = evalPud(tagger);
  if (pud) {
    console.log(table('UNER English-PUD, news half (documents n*)', pud.news));
    console.log();
    console.log(table('UNER English-PUD, all 1000 sentences', pud.all));
    console.log();
    parts.push(`PUD news ${summary(pud.news)}`);
  } else {
    console.log(`skipped UNER English-PUD: ${path.join(shared, 'datasets')} is not present\n`);
  }
  const fixtures = evalArticles(tagger, path.join(repoRoot, 'test', 'fixtures', 'ner'), path.join(repoRoot, 'test', 'fixtures'));
  if (fixtures.files) {
    console.log(table(`Own fixture articles (${fixtures.files}), the types labelled in each`, fixtures.scores));
    if (fixtures.values.total) console.log(valueLine(fixtures.values));
    console.log();
    parts.push(`fixtures ${summary(fixtures.scores)}${fixtures.values.total ? `, date values ${fixtures.values.right}/${fixtures.values.total}` : ''}`);
  }
  const seedsDir = path.join(shared, 'seeds');
  if (existsSync(seedsDir)) {
    const seeds = evalArticles(tagger, path.join(repoRoot, 'scripts', 'ner', 'seed-gold'), seedsDir);
    console.log(table(`Real example articles (${seeds.files}), all four types`, seeds.scores));
    console.log();
    parts.push(`seeds ${summary(seeds.scores)}`);
  } else {
    console.log(`skipped the real example articles: ${seedsDir} is not present\n`);
  }
  console.log(`summary: ${parts.join('; ')}`);
}

main();
