import * as assert from 'node:assert/strict';
import { codePointOffset, exportAnnotations, exportBrat, type ExportArticle } from '../../../src/core/export/export-annotations';
import { parseSidecar } from '../../../src/core/sidecar/parse-sidecar';
import { reanchorAll } from '../../../src/core/sidecar/reanchor';
import { readFixture } from '../helpers/fixtures';

const text = readFixture('sidecars', 'budget.txt');
const article: ExportArticle = {
  file: 'budget.txt', title: 'Georgian Parliament Passes Budget', url: 'https://www.tbilisiherald.ge/x', published: '2022-11-24', text,
  claims: reanchorAll(text, parseSidecar(readFixture('sidecars', 'budget.txt.byline.yaml')).annotations),
};

describe('exportAnnotations', () => {
  it('writes CSV with a header and quotes fields that need it', () => {
    const csv = exportAnnotations([article], 'csv').split('\r\n');
    assert.equal(csv[0], 'file,id,label,status,anchor,start,end,quote,note,sources,speaker,tags,author,created,updated');
    assert.ok(csv[1].startsWith('budget.txt,d3f1c9,statistic,verified,exact,'));
    assert.ok(csv.join('\n').includes('"Matches the finance ministry release.\n"'));
  });

  it('writes one JSON object per claim, orphans with null offsets', () => {
    const rows = exportAnnotations([article], 'jsonl').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, 3);
    assert.deepEqual([rows[2].anchor, rows[2].start], ['orphan', null]);
  });

  it('writes W3C Web Annotations with quote and position selectors', () => {
    const w3c = JSON.parse(exportAnnotations([article], 'w3c'));
    const first = w3c.first.items[0];
    assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.deepEqual(first.target.selector.map((s: { type: string }) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.equal(first.target.source, 'https://www.tbilisiherald.ge/x');
    assert.equal(w3c.first.items[2].target.selector.length, 1); // the orphan has no position
  });

  it('writes brat spans that slice to their text, skipping orphans', () => {
    const lines = exportAnnotations([article], 'brat').trim().split('\n').filter((l) => l.startsWith('T'));
    assert.equal(lines.length, 2);
    for (const l of lines) {
      const [, spec, span] = l.split('\t');
      const [, start, end] = spec.split(' ').map(Number);
      assert.equal(text.slice(start, end), span);
    }
  });

  it('writes ClaimReview only for claims with a verdict', () => {
    const reviews = JSON.parse(exportAnnotations([article], 'claimreview'));
    assert.deepEqual(reviews.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName), ['True', 'Disputed']);
    assert.equal(reviews[0].itemReviewed.appearance.url, 'https://www.tbilisiherald.ge/x');
  });
  const emojiText = 'Fans 🎉 said "yes, at once".\nThen they left.';
  const emojiArticle: ExportArticle = {
    file: 'e.txt', title: null, url: null, published: null, text: emojiText,
    claims: reanchorAll(emojiText, parseSidecar('annotations:\n  - id: q1\n    label: quote\n    quote: "\\"yes, at once\\".\\nThen they"\n').annotations),
  };

  it('counts positions in code points for W3C and brat, so an emoji before a claim counts once', () => {
    assert.equal(codePointOffset(emojiText, emojiText.indexOf('said')), [...emojiText.slice(0, emojiText.indexOf('said'))].length);
    const w3c = JSON.parse(exportAnnotations([emojiArticle], 'w3c'));
    const position = w3c.first.items[0].target.selector[1];
    assert.equal([...emojiText].slice(position.start, position.end).join(''), '"yes, at once".\nThen they');
  });

  it('splits a brat span at line breaks into fragments', () => {
    const [line] = exportBrat(emojiArticle).split('\n');
    assert.match(line, /^T1\tquote 12 27;28 37\t"yes, at once"\. Then they$/);
  });

  it('quotes CSV fields holding commas, quotes or line breaks, doubling inner quotes', () => {
    const [, row] = exportAnnotations([emojiArticle], 'csv').split('\r\n');
    assert.ok(row.includes('"""yes, at once"".\nThen they"'));
  });

  it('keeps spreadsheet formulas from a note or a quote inert in CSV, and numbers as numbers', () => {
    const claim = article.claims[0];
    const risky = { ...article, claims: [{ ...claim, annotation: { ...claim.annotation, note: '=HYPERLINK("http://evil.example","x")', speaker: '+1 555', tags: ['@cmd'] } }] };
    const [header, row] = exportAnnotations([risky], 'csv').split('\r\n');
    const cells = header.split(',');
    assert.ok(row.includes(`"'=HYPERLINK(""http://evil.example"",""x"")"`), row);
    assert.ok(row.includes(",'+1 555,"), row);
    assert.ok(row.includes(",'@cmd,"), row);
    assert.match(row.split(',')[cells.indexOf('start')], /^\d+$/);
  });

  it('writes an empty export for no claims rather than failing', () => {
    const none = { ...emojiArticle, claims: [] };
    assert.equal(exportAnnotations([none], 'jsonl'), '');
    assert.equal(exportAnnotations([none], 'brat'), '');
    assert.deepEqual(JSON.parse(exportAnnotations([none], 'claimreview')), []);
  });
});
