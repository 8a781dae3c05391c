import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withForeignFirstHeads } from '../../../src/core/ner/org-foreign-first-heads';

describe("bodies named in their own language with the body's word first", () => {
  it('finds a Portuguese utility whole over the place the model read inside it', () => {
    const text = 'Águas do Minho said on Monday that the plant at Braga would close.';
    const spans = [spanAt(text, 'Minho', 'organization'), spanAt(text, 'Braga', 'place')];
    assert.deepEqual(showSpans(text, withForeignFirstHeads(text, spans)), ['organization:Águas do Minho', 'place:Braga']);
  });

  it('finds an Italian firm named by its initials before "di" and a town, but not a job\'s initials', () => {
    const text = 'The bridge was built by SGF di Pescara, and the CEO di Lauro opened it near Bari.';
    const spans = [spanAt(text, 'SGF', 'organization'), spanAt(text, 'Pescara', 'place'), spanAt(text, 'Lauro', 'person'), spanAt(text, 'Bari', 'place')];
    assert.deepEqual(showSpans(text, withForeignFirstHeads(text, spans)), ['organization:SGF di Pescara', 'person:Lauro', 'place:Bari']);
  });

  it('finds a Spanish regional government the model read as a person with a particle', () => {
    const text = 'The Junta de Extremadura said it would appeal.';
    const spans = [spanAt(text, 'Junta de Extremadura', 'person')];
    assert.deepEqual(showSpans(text, withForeignFirstHeads(text, spans)), ['organization:Junta de Extremadura']);
  });

  it('keeps a list of towns inside an association\'s name, and ends the name at the English words', () => {
    const text = 'Their group, Associação de Produtores de Tavira, Loulé e Olhão, asked for help.';
    assert.deepEqual(showSpans(text, withForeignFirstHeads(text, [])), ['organization:Associação de Produtores de Tavira, Loulé e Olhão']);
  });

  it('finds a French utility and a hospital before a lower-case word, and a head with an adjective before "de"', () => {
    const text = 'Électricité de Mayotte (EDM) cut power to the Hôtel-Dieu de Lyon hospital. Câmara Municipal de Sintra agreed.';
    assert.deepEqual(showSpans(text, withForeignFirstHeads(text, [])), ['organization:Électricité de Mayotte', 'organization:Hôtel-Dieu de Lyon', 'organization:Câmara Municipal de Sintra']);
  });

  it('finds Welsh and Gaelic bodies that open with their word and no joining word', () => {
    const text = 'Patients were taken to Ysbyty Maelor, and Comhairle nan Eilean Siar closed schools.';
    assert.deepEqual(showSpans(text, withForeignFirstHeads(text, [])), ['organization:Ysbyty Maelor', 'organization:Comhairle nan Eilean Siar']);
  });

  it("leaves people's names with particles and words that are no body's alone", () => {
    const text = 'President Luiz Inácio Lula da Silva met Maria de Sousa in the Praça do Comércio.';
    assert.deepEqual(withForeignFirstHeads(text, []), []);
  });

  it('returns the spans as they are in a text without such words, also empty or with CRLF', () => {
    for (const text of ['', 'Plain news do not.\r\nMore news.', 'Junta de']) assert.deepEqual(withForeignFirstHeads(text, []), []);
  });

  it('finds a French weather service written with a hyphen', () => {
    const text = 'Météo-France issued a red alert for Corsica.';
    assert.deepEqual(showSpans(text, withForeignFirstHeads(text, [spanAt(text, 'France', 'place')])), ['organization:Météo-France']);
  });

  it("finds an Italian region's government without its possessive, and a town's offices named by their word alone", () => {
    const text = "The Regione Lombardia's budget grew; the Questura and the Comune, not the Comune di Bergamo, were asked. Comune staff met.";
    const spans = [spanAt(text, 'Regione Lombardia', 'person'), spanAt(text, 'Bergamo', 'place')];
    assert.deepEqual(showSpans(text, withForeignFirstHeads(text, spans)), ['organization:Regione Lombardia', 'organization:Questura', 'organization:Comune', 'organization:Comune di Bergamo', 'organization:Comune']);
  });
});
