import * as assert from 'node:assert/strict';
import { withNationalBodies } from '../../../src/core/ner/national-bodies';
import { showSpans, spanAt } from '../helpers/spans';

describe('bodies named with a nation', () => {
  it('makes a nation’s adjective and an institution or a party one organisation, over the model’s part of it', () => {
    const text = 'The Scottish Parliament voted. The Welsh Government, Scottish Labour and the Northern Ireland Executive agreed; the Scottish Conservatives’ spokesman did not.';
    const spans = [spanAt(text, 'Parliament', 'organization'), spanAt(text, 'Northern Ireland', 'place')];
    assert.deepEqual(showSpans(text, withNationalBodies(text, spans)), [
      'organization:Scottish Parliament',
      'organization:Welsh Government',
      'organization:Scottish Labour',
      'organization:Northern Ireland Executive',
      'organization:Scottish Conservatives',
    ]);
  });

  it('finds a body at the text\'s start or after a quote, but not after a hyphen or inside a longer word', () => {
    const text = 'Welsh Government aides met "Scottish Greens" members, not the anti-Scottish Labour group nor NonScottish Labour.';
    assert.deepEqual(showSpans(text, withNationalBodies(text, [])), ['organization:Welsh Government', 'organization:Scottish Greens']);
  });

  it('leaves a longer name around the body and a body going on with a capitalised word alone', () => {
    const text = 'The Scottish Government Urban Fund paid; the Scottish Office Minister spoke.';
    const spans = [spanAt(text, 'Scottish Government Urban Fund', 'organization')];
    assert.deepEqual(showSpans(text, withNationalBodies(text, spans)), ['organization:Scottish Government Urban Fund']);
  });

  it('makes a field and a nation an organisation ("Universities Scotland", "Reform UK"), but not a place of two words', () => {
    const text = 'Universities Scotland agreed, while Reform UK said no. Northern Ireland and New England did not.';
    const spans = [spanAt(text, 'Universities Scotland', 'place'), spanAt(text, 'UK', 'place'), spanAt(text, 'Northern Ireland', 'place'), spanAt(text, 'New England', 'place')];
    assert.deepEqual(showSpans(text, withNationalBodies(text, spans)), ['organization:Universities Scotland', 'organization:Reform UK', 'place:Northern Ireland', 'place:New England']);
  });

  it('makes a country and fields joined by "and" one agency ("UK Visas and Immigration"), also when cut at "and"', () => {
    const text = 'It is run by UK Visas and Immigration. US Customs and Border Protection agreed.';
    const spans = [spanAt(text, 'UK', 'place'), spanAt(text, 'US Customs', 'organization'), spanAt(text, 'Border Protection', 'organization')];
    assert.deepEqual(showSpans(text, withNationalBodies(text, spans)), ['organization:UK Visas and Immigration', 'organization:US Customs and Border Protection']);
  });

  it('leaves a country alone before a lower-case "and" or another name', () => {
    const text = 'Trade between the UK and France grew; the UK Foreign Secretary flew.';
    const spans = [spanAt(text, 'UK', 'place'), spanAt(text, 'France', 'place'), spanAt(text, 'UK', 'place', 1)];
    assert.deepEqual(showSpans(text, withNationalBodies(text, spans)), ['place:UK', 'place:France', 'place:UK']);
  });
});
