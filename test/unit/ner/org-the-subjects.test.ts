import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withTheSubjects } from '../../../src/core/ner/org-the-subjects';

describe('one-word bodies after "the" as the subject of what bodies do', () => {
  it('adds the unfamiliar word between "the" and a speech or body verb as an organisation', () => {
    const text = 'Rates rose after the Valdenbank said prices were too high. The Korvath also decided to wait, and the Sorvendal has voted no.';
    assert.deepEqual(showSpans(text, withTheSubjects(text, [], () => false)), ['organization:Valdenbank', 'organization:Korvath', 'organization:Sorvendal']);
  });

  it('reads acts of bodies besides speech: appointing, arresting, buying', () => {
    const text = 'The Korvath appointed a new chief. The Valdenstasi arrested him. The Sorvendal bought bonds.';
    assert.deepEqual(showSpans(text, withTheSubjects(text, [], () => false)), ['organization:Korvath', 'organization:Valdenstasi', 'organization:Sorvendal']);
  });

  it('adds it cited as a source after "according to the"', () => {
    const text = "Prices fell, according to the Valdenbank. According to the Korvath's figures, they rose. According to the Sorvendal Bureau, nothing changed.";
    assert.deepEqual(showSpans(text, withTheSubjects(text, [], () => false)), ['organization:Valdenbank', 'organization:Korvath']);
  });

  it('adds it before a possessive and one of its people or acts, not before any possessive', () => {
    const text = "The Valdenbank's president spoke. The Korvath's decision stood. The Brillmoor's surface is dusty.";
    assert.deepEqual(showSpans(text, withTheSubjects(text, [], () => false)), ['organization:Valdenbank', 'organization:Korvath']);
  });

  it('keeps a span the model found there, and leaves listed names alone', () => {
    const text = 'The Marrowfield said it would appeal. The Tessany rejected the plan.';
    const spans = [spanAt(text, 'Marrowfield', 'place')];
    assert.deepEqual(showSpans(text, withTheSubjects(text, spans, (name) => name === 'Tessany')), ['place:Marrowfield']);
  });

  it('leaves titles, generic heads, plurals and writings alone', () => {
    const text = 'The Queen said so. The Ministry announced cuts. The Russians rejected it. The Bible says little. The Officials agreed. The Tarvanis said so.';
    assert.deepEqual(showSpans(text, withTheSubjects(text, [], () => false)), []);
  });

  it('leaves a name after a word of place, and a name with no body verb after it', () => {
    const text = 'Traders at the Dornmarket said stalls were empty. Crowds in the Velsquare reported delays. The Harrowgate opened late.';
    assert.deepEqual(showSpans(text, withTheSubjects(text, [], () => false)), []);
  });
});
