import * as assert from 'node:assert/strict';
import { withVietnameseNames } from '../../../src/core/ner/person-vietnamese-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('Vietnamese names written with their tone marks', () => {
  it('widens a given name back over the syllables of the name before it', () => {
    const text = 'The bank’s chairwoman Phạm Thị Bích Ngọc said profits rose. Vũ Đức Anh agreed.';
    const spans = withVietnameseNames(text, [spanAt(text, 'Ngọc', 'person'), spanAt(text, 'Anh', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Phạm Thị Bích Ngọc', 'person:Vũ Đức Anh']);
  });

  it('leaves names without a Vietnamese letter, function words, titles and words on the line before', () => {
    const text = 'Ông Nguyễn said so.\nOn Tuesday Minh Tran spoke, and President Lan Anh wrote.\nHà\nAn Phúc met them.';
    const spans = [spanAt(text, 'Tran', 'person'), spanAt(text, 'Lan Anh', 'person'), spanAt(text, 'An Phúc', 'person')];
    assert.deepEqual(showSpans(text, withVietnameseNames(text, spans)), ['person:Tran', 'person:Lan Anh', 'person:An Phúc']);
  });
});
