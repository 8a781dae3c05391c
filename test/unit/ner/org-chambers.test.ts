import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withChambers } from '../../../src/core/ner/org-chambers';

const isPlace = (name: string) => name === 'Ohio';

describe("a legislature's chambers", () => {
  it('types a state and its chamber as an organisation, the state known from the lists or from the article', () => {
    const text = 'The Ohio Senate and the Kansas House met in TOPEKA, Kansas.';
    const spans = withChambers(text, [spanAt(text, 'Ohio Senate', 'place'), spanAt(text, 'Kansas House', 'place'), spanAt(text, 'TOPEKA', 'place'), spanAt(text, 'Kansas', 'place', 1)], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:Ohio Senate', 'organization:Kansas House', 'place:TOPEKA', 'place:Kansas']);
  });

  it('marks the chamber alone in a title, not the title', () => {
    const text = 'House Minority Leader Dana Ruiz spoke.';
    const spans = withChambers(text, [spanAt(text, 'House Minority', 'organization'), spanAt(text, 'Dana Ruiz', 'person')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:House', 'person:Dana Ruiz']);
  });

  it('finds "the House", "the Legislature\'s" and "our own Legislature" in an article about a legislature', () => {
    const text = "The bill passed the House before the Legislature's recess, lawmakers said, and we told our own Legislature.";
    const spans = withChambers(text, [spanAt(text, 'House', 'place')], isPlace);
    assert.deepEqual(showSpans(text, spans), ['organization:House', 'organization:Legislature', 'organization:Legislature']);
  });

  it('finds a state\'s "Assembly" alone in an article about a legislature, but not a longer name or a school\'s', () => {
    const text = 'Senate leaders agreed, but the Assembly stalled; Assembly members left. The General Assembly and Assembly Hall closed.';
    assert.deepEqual(showSpans(text, withChambers(text, [], isPlace)), ['organization:Senate', 'organization:Assembly', 'organization:Assembly']);
    const school = 'The school Assembly was held on Monday.';
    assert.deepEqual(showSpans(school, withChambers(school, [], isPlace)), []);
  });

  it('leaves buildings and longer names with the word, and articles with no legislature', () => {
    const text = 'Lawmakers met at the Opera House and the House of Lords, then the Senate Hotel.';
    assert.deepEqual(showSpans(text, withChambers(text, [], isPlace)), []);
    const house = 'They sold the House on Elm Street.';
    assert.deepEqual(showSpans(house, withChambers(house, [], isPlace)), []);
  });

  it("types a town's chamber of commerce by its short name as an organisation, not an orchestra or a longer name", () => {
    const text = 'Tralee Chamber backed the plan. The Tralee Chamber Orchestra played, and Tralee Chamber of Commerce met.';
    const spans = [spanAt(text, 'Tralee', 'place'), spanAt(text, 'Tralee', 'place', 1), spanAt(text, 'Tralee', 'place', 2)];
    assert.deepEqual(showSpans(text, withChambers(text, spans, () => true)), ['organization:Tralee Chamber', 'place:Tralee', 'place:Tralee']);
  });
});

describe('chambers of commerce with a blended name', () => {
  it('makes the blend and the country after it one organisation, over the place found there', () => {
    const text = 'The AmCham Laos board and BritCham said so, as did EuroCham Vietnam, whose AustCham, met.';
    const spans = withChambers(text, [spanAt(text, 'Laos', 'place'), spanAt(text, 'Vietnam', 'place')], (name) => name === 'Laos');
    assert.deepEqual(showSpans(text, spans), ['organization:AmCham Laos', 'organization:BritCham', 'organization:EuroCham Vietnam', 'organization:AustCham']);
  });

  it('leaves a word that only ends in "Cham" or goes on after it', () => {
    const text = 'The Cham minority, Champa and a Cham-language paper.';
    assert.deepEqual(showSpans(text, withChambers(text, [], () => false)), []);
  });

  it('types a chamber word alone as the chamber without changing the array it was given', () => {
    const text = 'A bill passed the Senate on Tuesday.';
    const spans = [spanAt(text, 'Senate', 'place')];
    assert.deepEqual(showSpans(text, withChambers(text, spans, isPlace)), ['organization:Senate']);
    assert.deepEqual(showSpans(text, spans), ['place:Senate']);
  });
});
