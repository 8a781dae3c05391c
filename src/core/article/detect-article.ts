import type { ArticleDetection } from '../model/types';
import { AGENCY_MARK } from './line-patterns';
import type { ArticleStructure } from './parse-article';
import { parseArticle } from './parse-article';

/** Weights of the signals: strong ones (date line, dateline, source footer) alone nearly decide. */
const WEIGHTS = {
  headline: 0.15,
  dateLine: 0.25,
  dateline: 0.3,
  urlFooter: 0.35,
  credit: 0.2,
  agency: 0.1,
  caption: 0.15,
  furniture: 0.1,
  fileName: 0.2,
  prose: 0.15,
} as const;

/** A text scoring at least this, with prose in it, is an article. */
export const ARTICLE_THRESHOLD = 0.5;

/** Names of scraped-article dumps: `000_c52a6572b33327a8.txt`. */
const ARTICLE_FILE_NAME = /(?:^|[\\/])\d{1,6}[_-][0-9a-f]{8,40}\.(?:txt|md|markdown)$/iu;
/** Files that are about a project, not the news. */
const PROJECT_FILE_NAME = /(?:^|[\\/])(?:readme|changelog|changes|license|licence|contributing|notes?|todo|authors|history|copying|security|code_of_conduct)(?:\.[\w-]+)*$/iu;

const CODE_LINE = /^\s*(?:import |export |const |let |var |function |def |class |public |private |#include|package |return |if \(|for \(|\}|\{|<\/?[a-z]+[ >])|[;{]\s*$/u;
const LIST_LINE = /^\s*(?:[-*+]\s|\d+[.)]\s|- \[[ x]\])/u;

/** True when the text holds a sentence of at least 40 characters; linear, so huge lines stay cheap. */
function hasSentence(text: string): boolean {
  let run = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?') {
      if (run >= 40 && letters >= 20) return true;
      run = 0;
      letters = 0;
    } else {
      run++;
      // ASCII letters by their codes; other characters by whether they have cases.
      const code = text.charCodeAt(i);
      if (code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : c.toLowerCase() !== c.toUpperCase()) letters++;
    }
  }
  return false;
}

interface Shape {
  proseChars: number;
  proseParagraphs: number;
  codeLines: number;
  listLines: number;
  headings: number;
  nonBlankLines: number;
}

function measure(text: string, s: ArticleStructure): Shape {
  let proseChars = 0;
  let proseParagraphs = 0;
  for (const p of s.paragraphs) {
    const body = text.slice(p.start, p.end);
    if (hasSentence(body) && !LIST_LINE.test(body)) {
      proseParagraphs++;
      proseChars += body.length;
    }
  }
  let codeLines = 0;
  let listLines = 0;
  let headings = 0;
  let nonBlankLines = 0;
  for (const line of s.lines) {
    if (!line.text.trim()) continue;
    nonBlankLines++;
    if (CODE_LINE.test(line.text) || line.text.startsWith('```')) codeLines++;
    if (LIST_LINE.test(line.text)) listLines++;
    if (/^#{1,6}\s/u.test(line.text)) headings++;
  }
  return { proseChars, proseParagraphs, codeLines, listLines, headings, nonBlankLines };
}

/** Scores the parsed structure of a text (and its file name) as a news article, giving reasons. */
export function detectFromStructure(text: string, s: ArticleStructure, fileName?: string): ArticleDetection {
  const reasons: string[] = [];
  let score = 0;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(reason);
  };
  const shape = measure(text, s);
  if (s.title) add(WEIGHTS.headline, s.titleIsHeading ? 'markdown headline' : 'headline');
  if (s.dateLine) add(WEIGHTS.dateLine, 'date line');
  else if (s.relativeDateLine) add(WEIGHTS.dateLine, 'date line without a date');
  // A dateline may name no place, only the date and the wire: `Nov 21 (Reuters) -`.
  const dateline = s.dateline ?? s.agencyMark;
  if (dateline) add(WEIGHTS.dateline, `dateline (${dateline.text})`);
  if (s.url && s.urlLabelled) add(WEIGHTS.urlFooter, s.urlAtStart ? 'source url' : 'source url footer');
  else if (s.url) add(WEIGHTS.urlFooter / 2, s.urlAtStart ? 'url at the start' : 'url at the end');
  if (s.credits.length > 0) add(WEIGHTS.credit, 'credit line');
  const agency = AGENCY_MARK.exec(text) ?? (s.datelineAgency ? [s.datelineAgency] : null);
  if (agency) add(WEIGHTS.agency, `agency mark ${agency[0]}`);
  if (s.captions.length > 0) add(WEIGHTS.caption, 'image caption');
  if (s.boilerplate.length >= 2) add(WEIGHTS.furniture, 'scraped page furniture');
  if (fileName && ARTICLE_FILE_NAME.test(fileName)) add(WEIGHTS.fileName, 'article-style file name');
  const hasProse = shape.proseParagraphs >= 2 && shape.proseChars >= 300;
  if (hasProse) add(WEIGHTS.prose, 'prose paragraphs');

  // Evidence against: project files, code and lists are the .txt/.md files that are not news.
  if (fileName && PROJECT_FILE_NAME.test(fileName)) {
    score -= 0.4;
    reasons.push('project file name');
  }
  if (shape.nonBlankLines > 0 && shape.codeLines / shape.nonBlankLines > 0.2) {
    score -= 0.4;
    reasons.push('looks like code');
  }
  if (shape.nonBlankLines > 0 && shape.listLines / shape.nonBlankLines > 0.4) {
    score -= 0.3;
    reasons.push('mostly lists');
  }
  // Documentation has many sections; so has a long feature, which a byline and a date set apart.
  const byline = s.credits.length > 0 && (s.dateLine !== null || s.relativeDateLine !== null || dateline !== null);
  if (shape.headings >= 4 && !byline) {
    score -= 0.3;
    reasons.push('many section headings');
  }
  if (!hasProse) reasons.push('no prose paragraphs');

  const confidence = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
  return { isArticle: hasProse && score >= ARTICLE_THRESHOLD, confidence, reasons };
}

/** Decides whether `text` is a news article, with a confidence and the reasons. */
export function detectArticle(text: string, fileName?: string): ArticleDetection {
  return parseArticle(text, fileName).detection;
}
