import * as assert from 'node:assert/strict';
import { exportAnnotations, type ExportArticle } from '../../../src/core/export/export-annotations';
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
});
