import * as assert from 'node:assert/strict';
import { withTitledNames } from '../../../src/core/ner/title-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('names after titles and styles', () => {
  it('finds a name of initials without full stops after a judge\'s title, the title left out', () => {
    const text = 'A bench of Justice P K Deshmukh and Justice V. G. Joshi heard the plea.';
    assert.deepEqual(showSpans(text, withTitledNames(text, [])), ['person:P K Deshmukh', 'person:V. G. Joshi']);
  });

  it("reads a text's titled names once but fits them to the spans of each reading", () => {
    const text = 'Dr Amaka Obi-Nwosu and Mr Tunde Bakare met Justice R M Sawarkar.';
    assert.deepEqual(showSpans(text, withTitledNames(text, [])), ['person:Amaka Obi-Nwosu', 'person:Tunde Bakare', 'person:R M Sawarkar']);
    const second = [spanAt(text, 'Amaka Obi-Nwosu and Mr Tunde', 'organization'), spanAt(text, 'Sawarkar', 'person')];
    assert.deepEqual(showSpans(text, withTitledNames(text, second)), ['organization:Amaka Obi-Nwosu and Mr Tunde', 'person:R M Sawarkar']);
  });

  it('finds a name after a style of two words and widens a surname the model found to the whole name', () => {
    const text = 'The Speaker, Rt. Hon. Musa Garba-Idris, spoke; Hon. Chidi Eze-Okonkwo replied.';
    const spans = withTitledNames(text, [spanAt(text, 'Eze-Okonkwo', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Musa Garba-Idris', 'person:Chidi Eze-Okonkwo']);
  });

  it('drops a style the model took for a person before the name', () => {
    const text = 'said Barr. Ngozi Adeyemi-Bello, a lawyer.';
    const spans = withTitledNames(text, [spanAt(text, 'Barr', 'person'), spanAt(text, 'Ngozi Adeyemi-Bello', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Ngozi Adeyemi-Bello']);
  });

  it('finds a Khmer name after a Cambodian style, and a name after "H/W" over a surname the model read as a body', () => {
    const text = 'The district chief Lok Chumteav Sam Kimly said so, and the Mayor, H/W Grace Nabirye-Okello, agreed.';
    const spans = withTitledNames(text, [spanAt(text, 'Nabirye-Okello', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['person:Sam Kimly', 'person:Grace Nabirye-Okello']);
  });

  it('keeps a surname Barr, jobs after a title, and names of other kinds', () => {
    const text = 'Barr said no. Mr Speaker ruled. Justice Department staff met Dr Smith at the Sir Harold Hillier Gardens.';
    const spans = [spanAt(text, 'Barr', 'person'), spanAt(text, 'Justice Department', 'organization'), spanAt(text, 'Sir Harold Hillier Gardens', 'place')];
    assert.deepEqual(showSpans(text, withTitledNames(text, spans)), showSpans(text, spans));
  });

  it('finds a Bhutanese name of two or three words after "Dasho" or "Lyonpo", the honorific left out', () => {
    const text = 'said Managing Director Dasho Pema Wangchuk Tenzin, while the Minister for Works, Lyonpo Ugyen Dorji, agreed.';
    assert.deepEqual(showSpans(text, withTitledNames(text, [])), ['person:Pema Wangchuk Tenzin', 'person:Ugyen Dorji']);
  });
});
