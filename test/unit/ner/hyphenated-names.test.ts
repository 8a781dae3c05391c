import * as assert from 'node:assert/strict';
import { withHyphenatedNames } from '../../../src/core/ner/hyphenated-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('names with a hyphenated given name', () => {
  it("extends a surname found alone over the hyphenated given name after it", () => {
    const text = 'Councillor Chan Tai-man and Park Ji-Hoon were elected.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Chan', 'person'), spanAt(text, 'Park', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Chan Tai-man', 'person:Park Ji-Hoon']);
  });

  it('adds such a name the model missed, written with the given name in lower case after the hyphen', () => {
    const text = 'Activists Lau Mei-ling and Ho Siu-fai won seats.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Lau Mei-ling', 'person:Ho Siu-fai']);
  });

  it('leaves modifiers, organisations and places alone', () => {
    const text = 'The Tel Aviv-based firm, Acme On-Line and a Hong Kong-born chef.';
    const spans = [spanAt(text, 'Tel Aviv', 'place'), spanAt(text, 'Acme', 'organization'), spanAt(text, 'Hong Kong', 'place')];
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, spans)), showSpans(text, spans));
  });

  it('reads a given name ending in a syllable that is also a modifier\'s word after a Korean surname', () => {
    const text = 'Envoys met Han Ji-on, and Premier Moon Seo-in spoke with the Seoul-based and Busan-born staff.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Han', 'person'), spanAt(text, 'Seoul', 'place'), spanAt(text, 'Busan', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['person:Han Ji-on', 'person:Moon Seo-in', 'place:Seoul', 'place:Busan']);
  });
});

describe('names with a double surname', () => {
  it('adds a double surname alone opening a sentence before ", who" or an age', () => {
    const text = 'Brannock-Tiel, who began the day ahead, won. The court sat. Okafor-Lind, 46, denied it.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Brannock-Tiel', 'person:Okafor-Lind']);
  });

  it('leaves a lone double name inside a sentence, with a place or a short half, without a cue, or found already', () => {
    const text = 'Fans of Brannock-Tiel, who won, cheered. Paris-Vallet, who won, left. Al-Harbi, who won, left. Okafor-Lind won. Kestner-Bligh, who won, left.';
    const spans = [spanAt(text, 'Kestner-Bligh', 'organization')];
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, spans)), ['organization:Kestner-Bligh']);
  });

  it('adds a given name and a double surname after a role or a title, or before a person\'s words', () => {
    const text = 'The mill was built by the architect Solène Marchand-Dubois. Senator Ibrahim Lawal-Danjuma spoke, and Chiamaka Obi-Nwosu, who chairs the board, agreed.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Solène Marchand-Dubois', 'person:Ibrahim Lawal-Danjuma', 'person:Chiamaka Obi-Nwosu']);
  });

  it('adds a given name and a double surname after an athlete named by the sport', () => {
    const text = 'The Slovak paddler Zuzana Kováčová-Ďuricová takes gold; the rower Tomás Ibarra-Lenz was second.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Zuzana Kováčová-Ďuricová', 'person:Tomás Ibarra-Lenz']);
  });

  it('makes a given name and a double surname a person before a job of a body (", president of the ...")', () => {
    const text = 'Florida Wexley-Hart, president of the Canal Street Traders, said rents fell. Carolina Beck-Moss, chair at Holm Bank, agreed.';
    const spans = [spanAt(text, 'Florida', 'place'), spanAt(text, 'Wexley-Hart', 'organization')];
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, spans)), ['person:Florida Wexley-Hart', 'person:Carolina Beck-Moss']);
  });

  it('leaves double names with no person cue: places, firms', () => {
    const text = 'Ferries sail to Baie-Comeau from Rivière-du-Loup; Groupe Bouchard-Fortin builds them near Port Saint-Laurent.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), []);
  });

  it('takes a given name the model found alone on over the double surname after it', () => {
    const text = 'Dr Ffion Rhys-Maddox of the institute spoke.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Dr Ffion', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Dr Ffion Rhys-Maddox']);
  });

  it('retypes as a person a cued double name the model read as a place or an organisation', () => {
    const text = 'Nantes winger Ousmane Diallo-Brandt scored twice. Kwame Asante-Boateng said the vote was lost.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Nantes', 'organization'), spanAt(text, 'Ousmane Diallo-Brandt', 'place'), spanAt(text, 'Asante-Boateng', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Nantes', 'person:Ousmane Diallo-Brandt', 'person:Kwame Asante-Boateng']);
  });

  it("reads an owner's possessive before the name and a comma before \"said\" as person cues", () => {
    const text = "McLaren's Luca Ferri-Sandoval was fourth, the force's spokesman, Tunde Bello-Akande, said.";
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [spanAt(text, 'McLaren', 'organization')])), ['organization:McLaren', 'person:Luca Ferri-Sandoval', 'person:Tunde Bello-Akande']);
  });

  it('takes in particles between the given name and the double surname', () => {
    const text = 'Thandi van der Berg-Mokoena, the deputy mayor, and spokesperson Hélène de La Croix-Vautrin said so.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Berg-Mokoena', 'place'), spanAt(text, 'La Croix-Vautrin', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['person:Thandi van der Berg-Mokoena', 'person:Hélène de La Croix-Vautrin']);
  });

  it("reads a text's cued hyphenated given names once but fits them to the spans of each reading", () => {
    const text = 'The striker Jean-Luc Barbier said it rained.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Jean-Luc Barbier']);
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [spanAt(text, 'Barbier', 'person')])), ['person:Jean-Luc Barbier']);
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [spanAt(text, 'Luc Barbier', 'place')])), ['person:Jean-Luc Barbier']);
  });

  it('adds a hyphenated given name and a surname when cued', () => {
    const text = "Williams's Marie-Claire Dufresne was fastest and Jean-Luc Barbier said it rained.";
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Marie-Claire Dufresne', 'person:Jean-Luc Barbier']);
  });

  it('takes a surname found alone back over the hyphenated given name before it when cued', () => {
    const text = 'The club\'s head coach Jean-Baptiste Moreau said the pitch was heavy; Austro-Hungarian Empire maps agree.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Moreau', 'person'), spanAt(text, 'Empire', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['person:Jean-Baptiste Moreau', 'organization:Empire']);
  });

  it('leaves hyphenated places and firms with a second word, and a councillor\'s style', () => {
    const text = "Germany's Mercedes-Benz Group said the Rolls-Royce Holdings board met in Rio de Janeiro-Niterói. Cr Olufemi-Ward said no.";
    const spans = [spanAt(text, 'Germany', 'place'), spanAt(text, 'Mercedes-Benz Group', 'organization'), spanAt(text, 'Olufemi-Ward', 'person')];
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, spans)), showSpans(text, spans));
  });

  it('makes a listed East Asian surname and a two-syllable given name a person over the model’s place, also capitalised after the hyphen', () => {
    const text = 'Later, Tseng Mei-ling said no, and Kwon Tae-Ho was booked. Japan replaced Yoon Min-Jae at half-time.';
    const spans = [spanAt(text, 'Tseng', 'place'), spanAt(text, 'Kwon Tae-Ho', 'place'), spanAt(text, 'Japan replaced Yoon Min-Jae', 'place')];
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, spans)), ['person:Tseng Mei-ling', 'person:Kwon Tae-Ho', 'place:Japan', 'person:Yoon Min-Jae']);
  });

  it('leaves a capitalised pair after a surname that is no listed one, and a longer name', () => {
    const text = 'The Bose Ultra-Quiet range and Park Hyatt-Regency Hotel opened.';
    const spans = [spanAt(text, 'Bose Ultra-Quiet', 'organization'), spanAt(text, 'Park Hyatt-Regency Hotel', 'organization')];
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, spans)), showSpans(text, spans));
  });

  it('widens a given name over a double surname opening with an Irish "O\'"', () => {
    const text = 'Councillor Declan O\'Hare-Lynch (Labour) objected.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Declan', 'person')]);
    assert.deepEqual(showSpans(text, spans), ["person:Declan O'Hare-Lynch"]);
  });

  it('adds a given name and a double surname after an engineer\'s "Eng." style', () => {
    const text = 'The board chairman Eng. Chipo Banda-Mwale opened the plant.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Chipo Banda-Mwale']);
  });

  it('widens a given name over a double surname opening with "Mc", where a person\'s verb follows', () => {
    const text = 'Aoife McAlinden-Doyle became the first to finish. Later Rónán McCrea-Hart won.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Rónán', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Aoife McAlinden-Doyle', 'person:Rónán McCrea-Hart']);
  });

  it('widens a double surname the model found alone back over the given name before it', () => {
    const text = 'Labour MP Teodor Gavriliță-Munteanu said the tariff was unfair.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Gavriliță-Munteanu', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Teodor Gavriliță-Munteanu']);
  });

  it('adds a given name and a double surname after a title, "of" and the office, and not after a body\'s name', () => {
    const text = 'Minister of Fisheries Awa Diallo-Sy toured the port. Bank of Ghana Kofi-Annan Road is shut.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Awa Diallo-Sy']);
  });

  it('takes a given name and a double surname after a title, "for" and an office of four words, read as a place by the model', () => {
    const text = 'Minister for Island Affairs and Civil Protection Spyros Kalogirou-Dima arrived at the port in Volos.';
    const spans = withHyphenatedNames(text, [spanAt(text, 'Kalogirou-Dima', 'place'), spanAt(text, 'Volos', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['person:Spyros Kalogirou-Dima', 'place:Volos']);
  });

  it('adds a given name and a double surname opening a paragraph before " of the" and a body', () => {
    const text = 'Rents rose.\n\nIrati Goñi-Larrea of the Navarre tenants\' union disagreed. Later, Irati Goñi-Larrea of the union spoke.';
    assert.deepEqual(showSpans(text, withHyphenatedNames(text, [])), ['person:Irati Goñi-Larrea']);
  });
});
