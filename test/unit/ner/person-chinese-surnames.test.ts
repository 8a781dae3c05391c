import * as assert from 'node:assert/strict';
import { withChineseSurnames } from '../../../src/core/ner/person-chinese-surnames';
import { showSpans, spanAt } from '../helpers/spans';

describe('a Chinese surname alone after the full name', () => {
  it("puts in the surname's later mentions as the person", () => {
    const text = 'Founder Guo Minghui spoke. "We grow," Guo said. Guo Minghui-Li and Guoxin are unrelated.';
    const spans = [spanAt(text, 'Guo Minghui', 'person')];
    assert.deepEqual(showSpans(text, withChineseSurnames(text, spans)), ['person:Guo Minghui', 'person:Guo']);
  });

  it('leaves English words and surnames written last alone', () => {
    const text = 'Sun Wei and Mary Chan met Chan Tai-man. He said Sun rose. Chan left.';
    const spans = [spanAt(text, 'Sun Wei', 'person'), spanAt(text, 'Mary Chan', 'person'), spanAt(text, 'Chan Tai-man', 'person')];
    assert.deepEqual(showSpans(text, withChineseSurnames(text, spans)), showSpans(text, spans));
  });
});
