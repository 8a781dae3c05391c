import * as assert from 'node:assert/strict';
import { withoutSentenceStartWords } from '../../../src/core/ner/sentence-start-words';
import { showSpans, spanAt } from '../helpers/spans';

const unlisted = () => false;

describe('common words opening a sentence', () => {
  it('drops a one-word name opening a sentence when the article writes the word in lower case', () => {
    const text = 'Lava reached the road on Monday. Crews said the lava had slowed.\n"Lava is still moving," Ines Roe said.';
    const spans = [spanAt(text, 'Lava', 'person'), spanAt(text, 'Lava', 'place', 1), spanAt(text, 'Ines Roe', 'person')];
    assert.deepEqual(showSpans(text, withoutSentenceStartWords(text, spans, unlisted)), ['person:Ines Roe']);
  });

  it('asks the name lists at each reading of the same text, though the text is searched for a word once', () => {
    const text = 'Magma rose. Experts said the magma had cooled, and Ines Roe agreed.';
    const spans = [spanAt(text, 'Magma', 'place'), spanAt(text, 'Ines Roe', 'person')];
    assert.deepEqual(showSpans(text, withoutSentenceStartWords(text, spans, unlisted)), ['person:Ines Roe']);
    assert.deepEqual(showSpans(text, withoutSentenceStartWords(text, spans, (name) => name === 'Magma')), showSpans(text, spans));
    assert.deepEqual(showSpans(text, withoutSentenceStartWords(text, spans, unlisted)), ['person:Ines Roe']);
  });

  it('keeps a word also capitalised inside a sentence, a listed name, and one whose lower case is only in an address', () => {
    const text = 'Hope spoke first. We met Hope later; there is hope. Nice won. The nice part. Julie wrote from julie@example.org today.';
    const spans = [spanAt(text, 'Hope', 'person'), spanAt(text, 'Hope', 'person', 1), spanAt(text, 'Nice', 'organization'), spanAt(text, 'Julie', 'person')];
    assert.deepEqual(showSpans(text, withoutSentenceStartWords(text, spans, (name) => name === 'Nice')), showSpans(text, spans));
  });

  it('cuts such a word off a person\'s name of three capitalised words, not a surname\'s particle or a two-word name', () => {
    const text = 'Shepherd Anna Maria Holt, 52, lost sheep. Van Der Berg Smit spoke. Shepherd Ross said a shepherd and a van came.';
    const spans = [spanAt(text, 'Shepherd Anna Maria Holt', 'person'), spanAt(text, 'Van Der Berg Smit', 'person'), spanAt(text, 'Shepherd Ross', 'person')];
    assert.deepEqual(showSpans(text, withoutSentenceStartWords(text, spans, unlisted)), ['person:Anna Maria Holt', 'person:Van Der Berg Smit', 'person:Shepherd Ross']);
  });
});
