import * as assert from 'node:assert/strict';
import { withModifierMentions } from '../../../src/core/ner/modifier-mentions';
import { showSpans, spanAt } from '../helpers/spans';

describe('a name used before a noun', () => {
  it("takes the type the article's other mentions of the name agree on", () => {
    const text = 'Ines Roe spoke on Monday. Critics of the Ines Roe campaign met in a Velland hotel. Velland is quiet.';
    const spans = [spanAt(text, 'Ines Roe', 'person'), spanAt(text, 'Ines Roe', 'organization', 1), spanAt(text, 'Velland', 'organization'), spanAt(text, 'Velland', 'place', 1)];
    assert.deepEqual(showSpans(text, withModifierMentions(text, spans)), ['person:Ines Roe', 'person:Ines Roe', 'place:Velland', 'place:Velland']);
  });

  it('reads only the mentions of the names used before a noun, whatever the other names around them', () => {
    const text = 'Orla Quinn spoke. Orla Quinnell spoke. the Orla Quinn campaign. Brenton Hale and the Brenton Hale fund. Brenton Hale said.';
    const spans = [spanAt(text, 'Orla Quinn', 'person'), spanAt(text, 'Orla Quinnell', 'place'), spanAt(text, 'Orla Quinn', 'organization', 2), spanAt(text, 'Brenton Hale', 'person'), spanAt(text, 'Brenton Hale', 'organization', 1), spanAt(text, 'Brenton Hale', 'person', 2)];
    assert.deepEqual(showSpans(text, withModifierMentions(text, spans)).map((s) => s.split(':')[0]), ['person', 'place', 'person', 'person', 'person', 'person']);
  });

  it('keeps its type when the other mentions disagree, when there are none, or when a verb follows', () => {
    const text = 'Halden said so; Halden met them; the Halden plan. The Osric deal. The Velland said it. Velland spoke.';
    const spans = [spanAt(text, 'Halden', 'person'), spanAt(text, 'Halden', 'place', 1), spanAt(text, 'Halden', 'organization', 2), spanAt(text, 'Osric', 'organization'), spanAt(text, 'Velland', 'organization'), spanAt(text, 'Velland', 'person', 1)];
    assert.deepEqual(showSpans(text, withModifierMentions(text, spans)), showSpans(text, spans));
  });
});
