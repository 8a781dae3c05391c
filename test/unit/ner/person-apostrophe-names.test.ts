import * as assert from 'node:assert/strict';
import { withApostropheNames } from '../../../src/core/ner/person-apostrophe-names';
import { showSpans, spanAt } from '../helpers/spans';

describe("people's names with an apostrophe", () => {
  it("widens a given name ending in an apostrophe over the surname after it", () => {
    const text = "Edited by Wanjiru' Kamau; additional reporting by Otieno' Ochieng.";
    const spans = [spanAt(text, 'Wanjiru', 'person'), spanAt(text, 'Otieno', 'person'), spanAt(text, 'Ochieng', 'person')];
    assert.deepEqual(showSpans(text, withApostropheNames(text, spans)), ["person:Wanjiru' Kamau", "person:Otieno' Ochieng"]);
  });

  it('widens a person over the elided particle and surname after it', () => {
    const text = 'The minister, Hélène d’Orval-Mercier, resigned. Marco D\'Amato agreed.';
    const spans = [spanAt(text, 'Hélène', 'person'), spanAt(text, 'Marco', 'person')];
    assert.deepEqual(showSpans(text, withApostropheNames(text, spans)), ['person:Hélène d’Orval-Mercier', "person:Marco D'Amato"]);
  });

  it('puts in a missed name of that shape before a verb of speech, and not a place', () => {
    const text = "\"We will see,\" deputy Lucien d'Aubigny-Laval told reporters in Côte d'Ivoire. The Musée d'Orsay reopened.";
    assert.deepEqual(showSpans(text, withApostropheNames(text, [])), ["person:Lucien d'Aubigny-Laval"]);
  });

  it('reads the shared verbs of speech after a missed name of that shape, and ", who"', () => {
    const text = "Hugo d'Arcy-Lemaire insisted on a vote. Anne D'Souza, who chairs the board, agreed.";
    assert.deepEqual(showSpans(text, withApostropheNames(text, [])), ["person:Hugo d'Arcy-Lemaire", "person:Anne D'Souza"]);
  });

  it("leaves a possessive after a name and a place's span", () => {
    const text = "The Jones' house and Paris' Louvre.";
    const spans = [spanAt(text, 'Jones', 'organization'), spanAt(text, 'Paris', 'place'), spanAt(text, 'Louvre', 'place')];
    assert.deepEqual(showSpans(text, withApostropheNames(text, spans)), ['organization:Jones', 'place:Paris', 'place:Louvre']);
  });

  it('takes in the surname after a given name that ends on the elided particle', () => {
    const text = "Health Minister Marie d'Assise Mukamana visited the camp; Jean d'Ormesson Foundation paid.";
    const spans = [spanAt(text, 'Marie', 'person'), spanAt(text, 'Jean', 'person')];
    assert.deepEqual(showSpans(text, withApostropheNames(text, spans)), ["person:Marie d'Assise Mukamana", "person:Jean d'Ormesson"]);
  });

  it("widens a person over a surname written with a capital and an apostrophe (\"N'Guessan\")", () => {
    const text = "Police chief Koffi Amani N'Guessan said the road was shut. Saoirse O'Hara agreed.";
    const spans = [spanAt(text, 'Koffi Amani', 'person'), spanAt(text, 'Saoirse', 'person')];
    assert.deepEqual(showSpans(text, withApostropheNames(text, spans)), ["person:Koffi Amani N'Guessan", "person:Saoirse O'Hara"]);
  });

  it('puts in no person inside a longer name before a verb of speech ("Air Côte d’Ivoire says")', () => {
    const text = "Air Côte d'Ivoire says flights resume; Minister Lucien d'Orval-Mercier told reporters.";
    assert.deepEqual(showSpans(text, withApostropheNames(text, [])), ["person:Lucien d'Orval-Mercier"]);
  });

  it('widens a person back over the apostrophe opening a Sesotho name ("’Malineo"), not over quote marks', () => {
    const text = "The district head, ’Malineo Tau, spoke first. Then 'Maleshoane Moshoeshoe said no. He called 'Martin Bell' a friend.";
    const spans = [spanAt(text, 'Malineo Tau', 'person'), spanAt(text, 'Maleshoane Moshoeshoe', 'person'), spanAt(text, 'Martin Bell', 'person')];
    assert.deepEqual(showSpans(text, withApostropheNames(text, spans)), ['person:’Malineo Tau', "person:'Maleshoane Moshoeshoe", 'person:Martin Bell']);
  });

  it('leaves an apostrophe inside a word or before a word not opening with "M" out of the name', () => {
    const text = "The rock’Maria Lopes left; the ’Neil Sands band played.";
    const spans = [spanAt(text, 'Maria Lopes', 'person'), spanAt(text, 'Neil Sands', 'person')];
    assert.deepEqual(showSpans(text, withApostropheNames(text, spans)), ['person:Maria Lopes', 'person:Neil Sands']);
  });

  it('puts in an Irish surname standing alone, in either apostrophe', () => {
    const text = "The board chose a successor to O'Dwyer; fans cheered O’Callaghan-Reid.";
    assert.deepEqual(showSpans(text, withApostropheNames(text, [])), ["person:O'Dwyer", 'person:O’Callaghan-Reid']);
  });

  it('puts in an Irish surname with the one given name before it', () => {
    const text = "The panel's host, Declan O'Dwyer, thanked the guests. Radio presenter Orla O’Callaghan disagreed.";
    assert.deepEqual(showSpans(text, withApostropheNames(text, [])), ["person:Declan O'Dwyer", 'person:Orla O’Callaghan']);
    const found = "The host Declan O'Dwyer smiled.";
    assert.deepEqual(showSpans(found, withApostropheNames(found, [spanAt(found, "O'Dwyer", 'person')])), ["person:Declan O'Dwyer"]);
  });

  it('takes no place, body word or second name word before an Irish surname as its given name', () => {
    for (const text of ["Fans in Dublin O'Dwyer Park cheered.", "Delays hit Boston O'Dwyer flights.", "The Bank O'Dwyer deal.", "Ask Niamh O'Dwyer."]) {
      assert.ok(!showSpans(text, withApostropheNames(text, [])).some((s) => /\p{Lu}\p{Ll}+ O'/u.test(s)), text);
    }
  });

  it('puts in no Irish surname inside a longer name, after a word of place, or inside a word', () => {
    for (const text of ["She joined O'Malley Logistics in May.", "Planes waited at O'Dwyer for hours.", "Ask Niamh O'Dwyer.", "the tag XO'Dwyer"]) {
      assert.deepEqual(showSpans(text, withApostropheNames(text, [])), [], text);
    }
  });
});
