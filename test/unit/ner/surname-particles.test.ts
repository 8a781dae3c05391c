import * as assert from 'node:assert/strict';
import { withSurnameParticles } from '../../../src/core/ner/surname-particles';
import { showSpans, spanAt } from '../helpers/spans';

describe('surnames written alone with their particles', () => {
  it('keeps the particle of a surname after an ordinary word or at a sentence start', () => {
    const text = 'The minister, said von Ahlefeldt, had agreed; "de Luca is right," added van der Berg.';
    const spans = [spanAt(text, 'Ahlefeldt', 'person'), spanAt(text, 'Luca', 'person'), spanAt(text, 'Berg', 'person')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:von Ahlefeldt', 'person:de Luca', 'person:van der Berg']);
  });

  it('leaves particles inside a longer name, after an article, and before places alone', () => {
    const text = 'The Institut de Recherche en Sciences de la Santé hired a van Driver. She flew to de Aar.';
    const spans = [spanAt(text, 'Santé', 'person'), spanAt(text, 'Driver', 'person'), spanAt(text, 'Aar', 'place')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:Santé', 'person:Driver', 'place:Aar']);
  });

  it('takes in capitalised particles at the start of a sentence or a line', () => {
    const text = 'The vote was close. De los Ríos said he would appeal.\nVan der Westhuizen agreed.';
    const spans = withSurnameParticles(text, [spanAt(text, 'Ríos', 'person'), spanAt(text, 'Westhuizen', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:De los Ríos', 'person:Van der Westhuizen']);
  });

  it('leaves a capitalised particle-like word inside a sentence or inside a longer name', () => {
    const text = 'The Palacio De la Cruz hosted Van Morrison, and said Da Nang.';
    const spans = [spanAt(text, 'Cruz', 'person'), spanAt(text, 'Morrison', 'person')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:Cruz', 'person:Morrison']);
  });
});
