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
});
