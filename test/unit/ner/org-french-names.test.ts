import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withFrenchOrganisations } from '../../../src/core/ner/org-french-names';

describe('French-language organisations', () => {
  it('runs a French name over its lower-case words up to a punctuation mark, over the place found in it', () => {
    const text = "The Société de transport de Montréal, which runs the metro, and the Office de la protection du consommateur agreed.";
    const spans = withFrenchOrganisations(text, [spanAt(text, 'Montréal', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Société de transport de Montréal', 'organization:Office de la protection du consommateur']);
  });

  it('ends a French name before the first English word, and takes an elided article and an acronym in', () => {
    const text = "The Régie du logement said no. The Autorité des marchés financiers AMF, the Commission de l'équité salariale.";
    const spans = withFrenchOrganisations(text, []);
    assert.deepEqual(showSpans(text, spans), ['organization:Régie du logement', 'organization:Autorité des marchés financiers AMF', "organization:Commission de l'équité salariale"]);
  });

  it('ends a name with no mark nor English word within reach at its last capitalised word', () => {
    const text = 'La Banque de France Paris voit une croissance faible cette année';
    assert.deepEqual(showSpans(text, withFrenchOrganisations(text, [])), ['organization:Banque de France Paris']);
  });

  it('leaves English text, and a span reaching out of the name', () => {
    const text = 'The Commission said Grand Office de Tourisme was open.';
    const spans = [spanAt(text, 'Grand Office de Tourisme', 'place')];
    assert.deepEqual(showSpans(text, withFrenchOrganisations(text, spans)), ['place:Grand Office de Tourisme']);
    assert.deepEqual(withFrenchOrganisations('The office of the mayor.', []), []);
  });
});

describe('French-language organisations with an adjective after the head', () => {
  it('opens a name at the head before a capitalised adjective, and at "Port" before one', () => {
    const text = "The Société Nationale des Chemins de fer said so, and the Port Autonome de Dakar agreed.";
    const spans = withFrenchOrganisations(text, [spanAt(text, "Autonome de Dakar", 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Société Nationale des Chemins de fer', 'organization:Port Autonome de Dakar']);
  });

  it('leaves a capitalised word after an English word, and "Port" before a name that is no adjective', () => {
    const text = 'The Grand Ivoirienne de Foot and Port Louis de Souza came.';
    assert.deepEqual(showSpans(text, withFrenchOrganisations(text, [])), []);
  });

  it('finds French bodies with a lower-case adjective, after the body\'s word or before "de"', () => {
    const text = 'The Police nationale and the Protection civile came; the Office régional de la santé (ORS) said so, as did the Collectivité de Guyane.';
    const spans = withFrenchOrganisations(text, [spanAt(text, 'Police', 'person'), spanAt(text, 'Guyane', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Police nationale', 'organization:Protection civile', 'organization:Office régional de la santé', 'organization:Collectivité de Guyane']);
  });

  it('finds Italian bodies whose words after "di" are in lower case, ending before an English verb', () => {
    const text = 'The Corte dei conti warned the Comune di Bari, and the Autorità di regolazione dei trasporti agreed. The Protezione civile helped.';
    const spans = withFrenchOrganisations(text, [spanAt(text, 'Bari', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Corte dei conti', 'organization:Comune di Bari', 'organization:Autorità di regolazione dei trasporti', 'organization:Protezione civile']);
  });

  it('leaves English words that merely look like the adjectives alone', () => {
    const text = 'The Marine nationalist group and a civil Police civilian staff met.';
    assert.deepEqual(showSpans(text, withFrenchOrganisations(text, [])), []);
  });
});
