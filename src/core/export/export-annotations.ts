import type { AnchoredAnnotation } from '../sidecar/reanchor';

/** One article's claims, as the exporters receive them. */
export interface ExportArticle {
  file: string;
  title: string | null;
  url: string | null;
  published: string | null;
  text: string;
  claims: AnchoredAnnotation[];
}

export const EXPORT_FORMATS = ['csv', 'jsonl', 'w3c', 'brat', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Statuses that are a verdict, with their ClaimReview rating (1 = false … 5 = true). */
const VERDICTS: Record<string, { rating: number; name: string }> = {
  false: { rating: 1, name: 'False' },
  misleading: { rating: 2, name: 'Misleading' },
  disputed: { rating: 3, name: 'Disputed' },
  verified: { rating: 5, name: 'True' },
};

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return) gets a leading `'`, so opening an export never runs what an article
 * or a note contained; numbers are written as they are.
 */
function csvField(value: unknown): string {
  if (typeof value === 'number') return String(value);
  let s = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(' ') : String(value);
  if (/^[=+\-@\t\r]/u.test(s)) s = `'${s}`;
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

function rows(articles: readonly ExportArticle[]) {
  return articles.flatMap((a) =>
    a.claims.map(({ annotation: n, result, status }) => ({
      file: a.file, id: n.id, label: n.label, status, anchor: result.anchor, start: result.start, end: result.end, quote: n.quote,
      note: n.note ?? null, sources: n.sources, speaker: n.speaker ?? null, tags: n.tags, author: n.author ?? null, created: n.created ?? null, updated: n.updated ?? null,
    })),
  );
}

/**
 * A UTF-16 offset as a count of Unicode code points: W3C TextPositionSelector and brat (Python)
 * count characters that way, so an emoji before a claim must count once, not twice.
 */
export function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < text.length; i++, n++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** brat spans of a range: one fragment per line, as brat cannot show a span across a line break. */
function bratFragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(/\r\n|\n|\r/gu)) {
    const at = start + m.index;
    if (at > from) out.push([from, at]);
    from = at + m[0].length;
  }
  if (end > from) out.push([from, end]);
  return out;
}

/** One article's claims as a brat standoff `.ann` file (offsets in code points of the article text). */
export function exportBrat(article: ExportArticle): string {
  const lines: string[] = [];
  let t = 0;
  let n = 0;
  for (const { annotation, result, status } of article.claims) {
    if (result.start === null) continue;
    const fragments = bratFragments(article.text, result.start, result.end);
    if (fragments.length === 0) continue;
    const label = annotation.label.replace(/[^\w-]/gu, '_');
    const spans = fragments.map(([s, e]) => `${codePointOffset(article.text, s)} ${codePointOffset(article.text, e)}`).join(';');
    const words = fragments.map(([s, e]) => article.text.slice(s, e)).join(' ').replace(/\t/gu, ' ');
    lines.push(`T${++t}\t${label} ${spans}\t${words}`);
    lines.push(`A${t}\tStatus T${t} ${status}`);
    if (annotation.note) lines.push(`#${++n}\tAnnotatorNotes T${t}\t${annotation.note.replace(/\s+/gu, ' ').trim()}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/** The source of an article for linked-data formats: its URL, or a file name when it has none. */
function sourceOf(a: ExportArticle): string {
  return a.url ?? a.file;
}

/**
 * Turns claims into one of the exchange formats: CSV and JSON Lines (one row per claim), W3C Web
 * Annotation JSON-LD (TextQuote and TextPosition selectors, positions in code points), brat
 * standoff (`.ann`, one article per file: see `exportBrat`) and schema.org ClaimReview JSON-LD (only claims with a verdict status).
 */
export function exportAnnotations(articles: readonly ExportArticle[], format: ExportFormat): string {
  switch (format) {
    case 'csv': {
      const header = ['file', 'id', 'label', 'status', 'anchor', 'start', 'end', 'quote', 'note', 'sources', 'speaker', 'tags', 'author', 'created', 'updated'];
      const body = rows(articles).map((r) => header.map((h) => csvField((r as Record<string, unknown>)[h])).join(','));
      return [header.join(','), ...body].join('\r\n') + '\r\n';
    }
    case 'jsonl':
      return rows(articles).map((r) => JSON.stringify(r)).join('\n') + (articles.some((a) => a.claims.length) ? '\n' : '');
    case 'w3c': {
      const items = articles.flatMap((a) =>
        a.claims.map(({ annotation: n, result, status }) => ({
          type: 'Annotation',
          id: `urn:byline:${encodeURIComponent(a.file)}:${n.id}`,
          motivation: n.label === 'question' ? 'questioning' : 'assessing',
          created: n.created,
          modified: n.updated,
          creator: n.author ? { type: 'Person', name: n.author } : undefined,
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: n.label },
            { type: 'TextualBody', purpose: 'assessing', value: status },
            ...(n.note ? [{ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: n.note }] : []),
            ...n.sources.map((s) => ({ type: 'SpecificResource', purpose: 'linking', source: s })),
          ],
          target: {
            source: sourceOf(a),
            selector: [
              { type: 'TextQuoteSelector', exact: n.quote, prefix: n.prefix, suffix: n.suffix },
              ...(result.start !== null ? [{ type: 'TextPositionSelector', start: codePointOffset(a.text, result.start), end: codePointOffset(a.text, result.end) }] : []),
            ],
          },
        })),
      );
      return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: items.length, first: { type: 'AnnotationPage', items } }, null, 2) + '\n';
    }
    case 'brat':
      // brat keeps one .ann per text file; several articles are concatenated here (see exportBrat).
      return articles.map(exportBrat).join('');
    case 'claimreview': {
      const reviews = articles.flatMap((a) =>
        a.claims
          .filter((c) => VERDICTS[c.status])
          .map(({ annotation: n, status }) => ({
            '@context': 'https://schema.org',
            '@type': 'ClaimReview',
            claimReviewed: n.quote,
            datePublished: (n.updated ?? n.created ?? '').slice(0, 10) || undefined,
            author: n.author ? { '@type': 'Person', name: n.author } : undefined,
            reviewBody: n.note,
            reviewRating: { '@type': 'Rating', ratingValue: VERDICTS[status].rating, bestRating: 5, worstRating: 1, alternateName: VERDICTS[status].name },
            itemReviewed: {
              '@type': 'Claim',
              author: n.speaker ? { '@type': 'Person', name: n.speaker } : undefined,
              appearance: { '@type': 'NewsArticle', url: a.url ?? undefined, headline: a.title ?? undefined, datePublished: a.published ?? undefined },
            },
            citation: n.sources.length ? n.sources : undefined,
          })),
      );
      return JSON.stringify(reviews, null, 2) + '\n';
    }
  }
}
