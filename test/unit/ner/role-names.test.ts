import * as assert from 'node:assert/strict';
import { withGivenNamesAfterRoles } from '../../../src/core/ner/role-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('given names after a role', () => {
  it("takes the given name after a role noun into the person's name", () => {
    const text = 'The family hired attorney Marisa Delacroix-Hunt, and her neighbour Anselmo Quispe Huamán agreed.';
    const spans = withGivenNamesAfterRoles(text, [spanAt(text, 'Delacroix-Hunt', 'person'), spanAt(text, 'Quispe Huamán', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Marisa Delacroix-Hunt', 'person:Anselmo Quispe Huamán']);
  });

  it('leaves titles, places, nationalities and words after other words alone', () => {
    const text = 'The lawyer President Ruiz, the coach French Lopez, the activist Paris Hilton, and voters Democrat Lee.';
    const spans = [spanAt(text, 'Ruiz', 'person'), spanAt(text, 'Lopez', 'person'), spanAt(text, 'Hilton', 'person'), spanAt(text, 'Lee', 'person')];
    assert.deepEqual(showSpans(text, withGivenNamesAfterRoles(text, spans)), showSpans(text, spans));
  });
});
