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
