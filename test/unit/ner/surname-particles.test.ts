import * as assert from 'node:assert/strict';
import { withHyphenParticleSurnames, withLowerParticleEnds, withNordicParticles, withParticleEnds, withSurnameParticles } from '../../../src/core/ner/surname-particles';
import { showSpans, spanAt } from '../helpers/spans';

describe('surnames written alone with their particles', () => {
  it('keeps the particle of a surname after an ordinary word or at a sentence start', () => {
    const text = 'The minister, said von Ahlefeldt, had agreed; "de Luca is right," added van der Berg.';
    const spans = [spanAt(text, 'Ahlefeldt', 'person'), spanAt(text, 'Luca', 'person'), spanAt(text, 'Berg', 'person')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:von Ahlefeldt', 'person:de Luca', 'person:van der Berg']);
  });

  it('takes in the given name before a surname that opens with a capitalised particle, not a title or a function word', () => {
    const text = 'Hemi Te Rangi-Walker said so. Minister Te Ora agreed, and The Da Costa Trust stayed out.';
    const spans = [spanAt(text, 'Te Rangi-Walker', 'person'), spanAt(text, 'Te Ora', 'person'), spanAt(text, 'Da Costa', 'person')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:Hemi Te Rangi-Walker', 'person:Te Ora', 'person:Da Costa']);
  });

  it('leaves particles inside a longer name, after an article, and before places alone', () => {
    const text = 'The Institut de Recherche en Sciences de la Santé hired a van Driver. She flew to de Aar.';
    const spans = [spanAt(text, 'Santé', 'person'), spanAt(text, 'Driver', 'person'), spanAt(text, 'Aar', 'place')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:Santé', 'person:Driver', 'place:Aar']);
  });

  it("takes in a Spanish full name before 'de la' or 'del' and its second surname, also where the rest was read as a place", () => {
    const text = 'Ana Lucía Ferrer de la Vega runs the port. The Rosa Ibarra del Campo plan; Museo Nacional Castro de la Luz shut. A photo of Ana Lucía Ferrer de la Vega.';
    const spans = [spanAt(text, 'Vega', 'person'), spanAt(text, 'Campo', 'person'), spanAt(text, 'Luz', 'person'), spanAt(text, 'la Vega', 'place', 1)];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:Ana Lucía Ferrer de la Vega', 'person:Rosa Ibarra del Campo', 'person:Luz', 'person:Ana Lucía Ferrer de la Vega']);
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

  it('takes in a given name and a capitalised particle before a surname inside a sentence', () => {
    const text = 'Critics of Marine Le Pen and of Sandrine De Witte met, said Le Roux.';
    const spans = [spanAt(text, 'Pen', 'person'), spanAt(text, 'Witte', 'person'), spanAt(text, 'Roux', 'person')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:Marine Le Pen', 'person:Sandrine De Witte', 'person:Roux']);
  });

  it('does not take a title or a function word before the particle for a given name', () => {
    const text = 'Minister Le Pen spoke. The Van Dyke family left.';
    const spans = [spanAt(text, 'Pen', 'person'), spanAt(text, 'Dyke', 'person')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:Pen', 'person:Dyke']);
  });
});

describe('names cut at a capitalised particle', () => {
  it('widens a person ending on a particle over the surname after it', () => {
    const text = 'Supporters of Jean-Luc Le Gall and Pieter Van Houten cheered.';
    const spans = [spanAt(text, 'Jean-Luc Le', 'person'), spanAt(text, 'Pieter Van', 'person')];
    assert.deepEqual(showSpans(text, withParticleEnds(text, spans)), ['person:Jean-Luc Le Gall', 'person:Pieter Van Houten']);
  });

  it('leaves a particle-ending span when another name starts after it, a lone particle, and other types', () => {
    const text = 'Pieter Van Houten left. Le Mans won. Club Le Havre lost.';
    const spans = [spanAt(text, 'Pieter Van', 'person'), spanAt(text, 'Houten', 'place'), spanAt(text, 'Le', 'person', 1), spanAt(text, 'Club Le', 'organization')];
    assert.deepEqual(showSpans(text, withParticleEnds(text, spans)), showSpans(text, spans));
  });

  it('handles an empty text and a span at the text end', () => {
    assert.deepEqual(withParticleEnds('', []), []);
    const text = 'We met Ana Da';
    const spans = [spanAt(text, 'Ana Da', 'person')];
    assert.deepEqual(showSpans(text, withParticleEnds(text, spans)), ['person:Ana Da']);
  });

  it('adds the later mentions of a surname opened by a lower-case particle and a hyphen', () => {
    const text = 'said Captain Samir al-Masri, a pilot. Later, al-Masri smiled; the al-Masrian guild and Al-Masri Street stayed.';
    const spans = [spanAt(text, 'Samir al-Masri', 'person')];
    assert.deepEqual(showSpans(text, withHyphenParticleSurnames(text, spans)), ['person:Samir al-Masri', 'person:al-Masri']);
  });

  it('takes in the given name written before Dutch or German particles, but not a longer name\'s word', () => {
    const text = 'Sanne van den Broek won; *Lotte ter Horst* was second. The Museum Boijmans van Beuningen opened.';
    const spans = [spanAt(text, 'Broek', 'person'), spanAt(text, 'Horst', 'person'), spanAt(text, 'Beuningen', 'person')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:Sanne van den Broek', 'person:Lotte ter Horst', 'person:Beuningen']);
  });

  it('leaves "de" after a number, as in a street named after a date', () => {
    const text = 'Traffic stopped on Calle 25 de Mayo at noon.';
    assert.deepEqual(showSpans(text, withSurnameParticles(text, [spanAt(text, 'Mayo', 'person')])), ['person:Mayo']);
  });

  it('makes a place opening with "Le" a person when a compound given name stands before it', () => {
    const text = 'Jean-Marc Le Bihan, the firm\'s chief engineer, spoke. The Plateau, in Le Havre, flooded.';
    const spans = [spanAt(text, 'Le Bihan', 'place'), spanAt(text, 'Le Havre', 'place')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:Jean-Marc Le Bihan', 'place:Le Havre']);
  });

  it('makes a span stopping on its particles the whole name, over the surname read apart', () => {
    const text = 'Coach Anouk van \'t Veld and her assistant Joost de Vries-Mulder watched.';
    const spans = [spanAt(text, 'Anouk van', 'person'), spanAt(text, 'Veld', 'place'), spanAt(text, 'Joost de', 'organization')];
    assert.deepEqual(showSpans(text, withLowerParticleEnds(text, spans)), ['person:Anouk van \'t Veld', 'person:Joost de Vries-Mulder']);
  });

  it('leaves a span on particles whose next word is lower case or a title', () => {
    const text = 'We met Maria de la sala mayor and The van Hire Co.';
    const spans = [spanAt(text, 'Maria de la', 'person'), spanAt(text, 'The van', 'organization')];
    assert.deepEqual(showSpans(text, withLowerParticleEnds(text, spans)), ['person:Maria de la', 'organization:The van']);
  });

  it('widens an Afrikaans surname over "du" and the given name when a verb of speech follows, after a nationality too', () => {
    const text = 'The South African Hendrik du Preez said the greens were fast. The Critérium du Dauphiné starts.';
    const spans = [spanAt(text, 'Preez', 'person'), spanAt(text, 'Dauphiné', 'person')];
    assert.deepEqual(showSpans(text, withSurnameParticles(text, spans)), ['person:Hendrik du Preez', 'person:Dauphiné']);
  });

  it('joins a Faroese surname after "í" or "á" to the given name, read as one or two people', () => {
    const text = 'Skipper Bárður í Skálavík said so, and Jógvan á Heygum agreed.';
    const spans = [spanAt(text, 'Bárður', 'person'), spanAt(text, 'Jógvan', 'person'), spanAt(text, 'Heygum', 'person')];
    assert.deepEqual(showSpans(text, withNordicParticles(text, spans)), ['person:Bárður í Skálavík', 'person:Jógvan á Heygum']);
  });

  it('leaves the particle alone where no person was read beside it or a longer name reaches over it', () => {
    const text = 'The Hotel Føroyar í Tórshavn opened; Nordic í Gøtu won.';
    const spans = [spanAt(text, 'Hotel Føroyar í Tórshavn', 'organization'), spanAt(text, 'Gøtu', 'place')];
    assert.deepEqual(showSpans(text, withNordicParticles(text, spans)), ['organization:Hotel Føroyar í Tórshavn', 'place:Gøtu']);
  });
});
