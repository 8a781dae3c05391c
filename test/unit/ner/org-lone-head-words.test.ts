import * as assert from 'node:assert/strict';
import { withoutLoneHeadWords } from '../../../src/core/ner/org-lone-head-words';
import { showSpans, spanAt } from '../helpers/spans';

describe('an institution’s word alone opening a sentence', () => {
  it('drops "University" or "Hospital" opening a sentence before a lower-case word', () => {
    const text = 'Classes resume. University exams were moved.\nHospital staff went home.';
    const spans = [spanAt(text, 'University', 'organization'), spanAt(text, 'Hospital', 'organization')];
    assert.deepEqual(withoutLoneHeadWords(text, spans), []);
  });

  it('keeps it inside a sentence, before a capital or a verb in capitals, and longer names', () => {
    const text = 'Staff at the University said no. University College Dublin agreed. Leeds University staff left.';
    const spans = [spanAt(text, 'University', 'organization'), spanAt(text, 'University College Dublin', 'organization'), spanAt(text, 'Leeds University', 'organization')];
    assert.deepEqual(showSpans(text, withoutLoneHeadWords(text, spans)), ['organization:University', 'organization:University College Dublin', 'organization:Leeds University']);
  });
});

describe('a ministry’s or an authority’s word alone after "the"', () => {
  it('drops "the Ministry" and "The Authority" but keeps longer names and the word after other words', () => {
    const text = 'The Port Authority wrote to the Ministry. The Authority then met Ministry of Health staff at Ministry headquarters.';
    const spans = [spanAt(text, 'Port Authority', 'organization'), spanAt(text, 'Ministry', 'organization'), spanAt(text, 'Authority', 'organization', 1), spanAt(text, 'Ministry of Health', 'organization'), spanAt(text, 'Ministry', 'organization', 2)];
    assert.deepEqual(showSpans(text, withoutLoneHeadWords(text, spans)), ['organization:Port Authority', 'organization:Ministry of Health', 'organization:Ministry']);
  });
});
