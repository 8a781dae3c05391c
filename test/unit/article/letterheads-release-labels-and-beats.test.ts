import * as assert from 'node:assert/strict';
import { isNameWithDetails, splitBylineAndDate } from '../../../src/core/article/bylines';
import { isCreditLine } from '../../../src/core/article/line-patterns';
import { parseArticle } from '../../../src/core/article/parse-article';

const RELEASE = [
  'STATE DEPARTMENT OF FORESTS AND PARKS',
  'Home > Newsroom > Releases',
  '',
  'NEWS RELEASE',
  'FOR IMMEDIATE RELEASE',
  'Release Date: 9/22/25',
  'Contact: Dana Whitcombe-Ortiz, Communications, (555) 555-0199, press@forests.example.gov',
  '',
  'Department Reopens Three Campgrounds After Wildfire Repairs',
  '',
  'RIVERTON – The Department of Forests and Parks today reopened three campgrounds on the east slope after crews replaced bridges and cleared burned trees, ahead of the autumn season.',
  '',
  '"The crews worked through the summer to get this done," said Director Paul Ekwueme.',
  '',
].join('\n');

describe('letterheads in capitals, press release labels, contact lines and bylines with a beat', () => {
  it('leaves an office letterhead in capitals of many words out of the searched text', () => {
    const a = parseArticle(RELEASE);
    const searched = a.searchable.map((r) => RELEASE.slice(r.start, r.end)).join('\n');
    assert.ok(!searched.includes('STATE DEPARTMENT OF FORESTS'));
  });

  it('does not take "FOR IMMEDIATE RELEASE" beside the date line as a byline', () => {
    const a = parseArticle(RELEASE);
    assert.ok(!a.searchable.some((r) => RELEASE.slice(r.start, r.end) === 'FOR IMMEDIATE RELEASE'));
  });

  it('reads a release date line and keeps the contact line apart from the headline', () => {
    const a = parseArticle(RELEASE);
    assert.equal(a.published, '2025-09-22');
    assert.equal(a.title?.text, 'Department Reopens Three Campgrounds After Wildfire Repairs');
    assert.ok(isCreditLine('Contact: Dana Whitcombe-Ortiz, Communications, (555) 555-0199'));
    assert.ok(isCreditLine('Media contact: Dana Whitcombe-Ortiz'));
  });

  it('reads a writer\'s name with a beat after a comma as a byline sharing its line with the date', () => {
    assert.ok(isNameWithDetails('Eilidh MacLeod, Highlands reporter'));
    assert.ok(isNameWithDetails('**Tomás Reyes, Chief political correspondent**'));
    assert.ok(!isNameWithDetails('Breaking News, Sports editor'));
    const shared = splitBylineAndDate('**Eilidh Morrison, Islands reporter** · 3rd Oct 2025 • 08:15');
    assert.equal(shared?.date.iso, '2025-10-03');
  });
});
