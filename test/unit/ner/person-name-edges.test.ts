import * as assert from 'node:assert/strict';
import { withNameEdges } from '../../../src/core/ner/person-name-edges';
import { showSpans, spanAt } from '../helpers/spans';

describe("the edges of a person's name the model cut", () => {
  it('widens a full name over a capitalised last word before a comma and a description', () => {
    const text = '"It will pass," said Tomas Ouma Will, head of policy at the fund.';
    const spans = [spanAt(text, 'Tomas Ouma', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Tomas Ouma Will']);
  });

  it('widens over a last word after more than one space, and reads no lower-case word or mark at an edge as the name', () => {
    const text = "The club's Ravi  Menon Shankar, aged 30, left. said (Anna Bell) reluctantly, and lo Ana Ruiz said.";
    const spans = [spanAt(text, 'Ravi  Menon', 'person'), spanAt(text, 'Anna Bell', 'person'), spanAt(text, 'Ana Ruiz', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Ravi  Menon Shankar', 'person:Anna Bell', 'person:Ana Ruiz']);
  });

  it("takes in a sentence's first word written with a letter English lacks, also after a blank line", () => {
    const text = 'The race was fast.\n\nSøren Aagaard Holm, second overnight, crashed. Then Åsa Lindqvist Berg won. Then Mark Rees Evans won.';
    const spans = [spanAt(text, 'Aagaard Holm', 'person'), spanAt(text, 'Lindqvist Berg', 'person'), spanAt(text, 'Rees Evans', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Søren Aagaard Holm', 'person:Lindqvist Berg', 'person:Rees Evans']);
  });

  it('leaves a day, a title or a single name before the comma', () => {
    const text = 'said Tomas Ouma Monday, adding more. Aisha Bello Minister, the aide said. Then Ouma Kisumu, a town.';
    const spans = [spanAt(text, 'Tomas Ouma', 'person'), spanAt(text, 'Aisha Bello', 'person'), spanAt(text, 'Ouma', 'person', 1)];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Tomas Ouma', 'person:Aisha Bello', 'person:Ouma']);
  });

  it("widens a name back over given names after an organisation's possessive", () => {
    const text = "The seat went to the party's Ravi Shankar Mehta by 300 votes.";
    const spans = [spanAt(text, 'Mehta', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Ravi Shankar Mehta']);
  });

  it('leaves capitalised words without a possessive before them, and titles', () => {
    const text = "Voters in Ravi Shankar Mehta's ward. The party's Prime Minister Mehta spoke.";
    const spans = [spanAt(text, 'Mehta', 'person'), spanAt(text, 'Mehta', 'person', 1)];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Mehta', 'person:Mehta']);
  });

  it('leaves out a last word the model took in with its opening quote mark, such as a withheld surname', () => {
    const text = 'A third man, named only as Luis Alberto "R," was freed.';
    const spans = withNameEdges(text, [{ type: 'person', start: text.indexOf('Luis'), end: text.indexOf('R,') + 1 }]);
    assert.deepEqual(showSpans(text, spans), ['person:Luis Alberto']);
  });

  it('takes in initials written together before a surname, but not an abbreviation joined to a word', () => {
    const text = 'A painting by W.H.S. Brannagh hangs there; R.E. Colley wrote. The U.S.Navy Harwick spoke.';
    const spans = [spanAt(text, 'Brannagh', 'person'), spanAt(text, 'Colley', 'person'), spanAt(text, 'Harwick', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:W.H.S. Brannagh', 'person:R.E. Colley', 'person:Harwick']);
  });

  it('joins a given name alone to the capitalised word after it before "of" and a body, but not a title', () => {
    const text = 'Councillor Gary Fan of the Civic Union won; Lena Minister of the Interior spoke.';
    const spans = [spanAt(text, 'Gary', 'person'), spanAt(text, 'Lena', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Gary Fan', 'person:Lena']);
  });

  it('takes in a surname opening with a click, written with marks or click letters, and joins one found apart', () => {
    const text = 'Contact: Ms Hilma //Garoës, press office. Councillor Petrus !Naruseb said so. Ask Anna ǂGaeb today. /Uirab said no.';
    const spans = [spanAt(text, 'Hilma', 'person'), spanAt(text, 'Petrus', 'person'), spanAt(text, 'Naruseb', 'person'), spanAt(text, 'Anna', 'person'), spanAt(text, 'Uirab', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Hilma //Garoës', 'person:Petrus !Naruseb', 'person:Anna ǂGaeb', 'person:/Uirab']);
  });

  it('reads no click where the mark ends another word: "and/or", a path, "Wow!"', () => {
    const text = 'It went to Ana /Bell and/Rui Costa; see x.org/Tom Hale. Wow!Ben Ode left.';
    const spans = [spanAt(text, 'Rui Costa', 'person'), spanAt(text, 'Tom Hale', 'person'), spanAt(text, 'Ben Ode', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Rui Costa', 'person:Tom Hale', 'person:Ben Ode']);
  });

  it("widens a name back over given names after a minister's portfolio", () => {
    const text = 'Minister of Water Affairs Lerato Palesa Mokoena spoke. Secretary for Trade, Industry and Energy Karim Ben Amor-Said agreed.';
    const spans = [spanAt(text, 'Mokoena', 'person'), spanAt(text, 'Ben Amor-Said', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Lerato Palesa Mokoena', 'person:Karim Ben Amor-Said']);
  });

  it('takes no word of the portfolio itself, nor a style, nor given names after a portfolio-less title', () => {
    const text = 'Minister of Natural Resources Mokoena spoke. Minister of Foreign Affairs Tshepo Mokoena agreed. Chief Operating Officer Lebo Dlamini left. Minister of Energy Dasho Pema Wangdi spoke.';
    const spans = [spanAt(text, 'Mokoena', 'person'), spanAt(text, 'Mokoena', 'person', 1), spanAt(text, 'Dlamini', 'person'), spanAt(text, 'Pema Wangdi', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Mokoena', 'person:Tshepo Mokoena', 'person:Dlamini', 'person:Pema Wangdi']);
  });

  it('takes in a given name and a nickname in quotes before a surname, the given name read as a place or not at all', () => {
    const text = 'The member for the east, Dunstan "Sonny" Maraj-Hope, and Wilfred “Big Ted” Osei spoke; then the "Ace" Brathwaite and Mayor "Red" Holder left.';
    const spans = [spanAt(text, 'Dunstan', 'place'), spanAt(text, 'Maraj-Hope', 'person'), spanAt(text, 'Osei', 'person'), spanAt(text, 'Brathwaite', 'person'), spanAt(text, 'Holder', 'person')];
    assert.deepEqual(showSpans(text, withNameEdges(text, spans)), ['person:Dunstan "Sonny" Maraj-Hope', 'person:Wilfred “Big Ted” Osei', 'person:Brathwaite', 'person:Holder']);
  });
});
