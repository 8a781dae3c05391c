import * as assert from 'node:assert/strict';
import { withGivenNamesAfterRoles, withPeopleAfterRoles } from '../../../src/core/ner/role-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('given names after a role', () => {
  it("takes the given name after a role noun into the person's name", () => {
    const text = 'The family hired attorney Marisa Delacroix-Hunt, and her neighbour Anselmo Quispe Huamán agreed.';
    const spans = withGivenNamesAfterRoles(text, [spanAt(text, 'Delacroix-Hunt', 'person'), spanAt(text, 'Quispe Huamán', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Marisa Delacroix-Hunt', 'person:Anselmo Quispe Huamán']);
  });

  it('takes a given name after tabs or several spaces, or one written with a letter beyond ASCII', () => {
    const text = 'Her lawyer\tÁngela  Ruiz-Tapia spoke; the coach  Ivo Marsh left. Sara Lund, analyst Bo Kim.';
    const spans = [spanAt(text, 'Ruiz-Tapia', 'person'), spanAt(text, 'Marsh', 'person'), spanAt(text, 'Sara Lund', 'person'), spanAt(text, 'Kim', 'person')];
    assert.deepEqual(showSpans(text, withGivenNamesAfterRoles(text, spans)), ['person:Ángela  Ruiz-Tapia', 'person:Ivo Marsh', 'person:Sara Lund', 'person:Bo Kim']);
  });

  it('knows the trades of weather and of herding, fishing and mining news as roles', () => {
    const text = 'Its forecaster Enkhtuya Batbold said so, and the herder Altan Ganzorig and deckhand Colm Tierney agreed.';
    const spans = withGivenNamesAfterRoles(text, [spanAt(text, 'Batbold', 'person'), spanAt(text, 'Ganzorig', 'person'), spanAt(text, 'Tierney', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Enkhtuya Batbold', 'person:Altan Ganzorig', 'person:Colm Tierney']);
  });

  it('leaves titles, places, nationalities and words after other words alone', () => {
    const text = 'The lawyer President Ruiz, the coach French Lopez, the activist Paris Hilton, and voters Democrat Lee.';
    const spans = [spanAt(text, 'Ruiz', 'person'), spanAt(text, 'Lopez', 'person'), spanAt(text, 'Hilton', 'person'), spanAt(text, 'Lee', 'person')];
    assert.deepEqual(showSpans(text, withGivenNamesAfterRoles(text, spans)), showSpans(text, spans));
  });
});

describe('people after a player’s or a spokesperson’s role', () => {
  const listed = new Set(['Real Madrid']);
  const isListed = (name: string) => listed.has(name);

  it('makes a name the model read as a place or an organisation after the role a person', () => {
    const text = 'Wales captain Georgia Pryce said so, and leg-spinner Jordan Halewood agreed.';
    const spans = [spanAt(text, 'Wales', 'place'), spanAt(text, 'Georgia Pryce', 'organization'), spanAt(text, 'Jordan Halewood', 'place')];
    assert.deepEqual(showSpans(text, withPeopleAfterRoles(text, spans, isListed)), ['place:Wales', 'person:Georgia Pryce', 'person:Jordan Halewood']);
  });

  it('leaves listed names, organisation words, single words and other roles alone', () => {
    const text = 'The coach Real Madrid hired, striker Bayern Group, captain Sweden, and the mayor Alba Torres.';
    const spans = [spanAt(text, 'Real Madrid', 'organization'), spanAt(text, 'Bayern Group', 'organization'), spanAt(text, 'Sweden', 'place'), spanAt(text, 'Alba Torres', 'place')];
    assert.deepEqual(showSpans(text, withPeopleAfterRoles(text, spans, isListed)), showSpans(text, spans));
  });

  it('makes a name after a writer’s, an artist’s or a scholar’s job a person', () => {
    const text = 'As coauthor Colette Harwood told the paper, musician Nick Rowles agreed.';
    const spans = [spanAt(text, 'Colette Harwood', 'organization'), spanAt(text, 'Nick Rowles', 'place')];
    assert.deepEqual(showSpans(text, withPeopleAfterRoles(text, spans, isListed)), ['person:Colette Harwood', 'person:Nick Rowles']);
  });

  it('makes a name of one word after an artist’s job a person, but not one after a player’s role', () => {
    const text = 'Polaroids of fashion designer Vantelli, and the defender Brenford signed in May.';
    const spans = [spanAt(text, 'Vantelli', 'organization'), spanAt(text, 'Brenford', 'place')];
    assert.deepEqual(showSpans(text, withPeopleAfterRoles(text, spans, isListed)), ['person:Vantelli', 'place:Brenford']);
  });
});
