import * as assert from 'node:assert/strict';
import { accentedForm } from '../../../src/core/entities/accented-forms';
import { linkCanonicalNames } from '../../../src/core/entities/link-canonical';
import { withoutTitle } from '../../../src/core/entities/name-forms';
import { mentions, canonicals } from '../helpers/mentions';

describe('place names that a fuller name ends with', () => {
  it('keeps a town the text puts "in" or "around" apart from a company named after it, even typed as a person', () => {
    const text = 'Frost hit orchards around Velmora. Velmora sets the price. Growers in Velmora met the packer Zlatni Plod Velmora on Friday.';
    const linked = linkCanonicalNames(mentions(text, [['Velmora', 'person'], ['Velmora', 'person'], ['Velmora', 'person'], ['Zlatni Plod Velmora', 'person']]), { text });
    assert.deepEqual(canonicals(linked), ['Velmora->Velmora', 'Velmora->Velmora', 'Velmora->Velmora', 'Zlatni Plod Velmora->Zlatni Plod Velmora']);
  });

  it('reads "in central X" as a place too', () => {
    const text = 'Northern Power Dakota said lines held. No rain is expected in central Dakota.';
    const linked = linkCanonicalNames(mentions(text, [['Northern Power Dakota', 'person'], ['Dakota', 'person']]), { text });
    assert.equal(linked[1].canonical, 'Dakota');
  });

  it('still links a surname to the person it was introduced with, away from a word of place', () => {
    const text = 'Marta Lima lives in Lima. Later Lima said the vote would wait.';
    const linked = linkCanonicalNames(mentions(text, [['Marta Lima', 'person'], ['Lima', 'place'], ['Lima', 'person']]), { text });
    assert.deepEqual(canonicals(linked), ['Marta Lima->Marta Lima', 'Lima->Lima', 'Lima->Marta Lima']);
  });

  it('takes a party to a lawsuit after "in" for the person ("ruled in Okafor v. Brandt")', () => {
    const text = 'The court ruled in Okafor v. Brandt Freight. The suit was filed by Grace Okafor, a driver.';
    const linked = linkCanonicalNames(mentions(text, [['Okafor', 'person'], ['Brandt Freight', 'organization'], ['Grace Okafor', 'person']]), { text });
    assert.equal(linked[0].canonical, 'Grace Okafor');
  });

  it('does not read "in Novak\'s view" as a place', () => {
    const text = "Ana Novak spoke first. In Novak's view the plan failed.";
    const linked = linkCanonicalNames(mentions(text, [['Ana Novak', 'person'], ["Novak's", 'person']]), { text });
    assert.equal(linked[1].canonical, 'Ana Novak');
  });
});

describe('written forms of canonical names', () => {
  it("gives an all-caps dateline without accents the article's accented spelling", () => {
    const text = 'BOGOTA, Colombia (Wire) -- Rain fell on Bogotá and on Medellín. MEDELLIN stayed dry later.';
    const dateline = { start: 0, end: 6 };
    const linked = linkCanonicalNames(mentions(text, [['BOGOTA', 'place'], ['Colombia', 'place'], ['Bogotá', 'place'], ['Medellín', 'place'], ['MEDELLIN', 'place']]), { text, dateline });
    assert.deepEqual(linked.map((e) => e.canonical), ['Bogotá', 'Colombia', 'Bogotá', 'Medellín', 'Medellín']);
  });

  it('finds an accented form only where the letters match', () => {
    const forms = new Map([['bogotá', 'Bogotá'], ['lima', 'Lima']]);
    assert.equal(accentedForm(forms, 'Bogota'), 'Bogotá');
    assert.equal(accentedForm(forms, 'Bogor'), undefined);
  });

  it('drops ranks and offices before a name, but keeps names that only start like one', () => {
    assert.equal(withoutTitle('Major Temba Nkosi'), 'Temba Nkosi');
    assert.equal(withoutTitle('Colonel Ines Vidal'), 'Ines Vidal');
    assert.equal(withoutTitle('Mayor Dana Kurtz'), 'Dana Kurtz');
    assert.equal(withoutTitle('Majorie Kent'), 'Majorie Kent');
    assert.equal(withoutTitle('Major'), 'Major');
  });

  it('links a ranked name to the same person named without the rank', () => {
    const text = 'Army spokesperson Major Temba Nkosi said boats left. Nkosi said more would follow.';
    const linked = linkCanonicalNames(mentions(text, [['Major Temba Nkosi', 'person'], ['Nkosi', 'person']]), { text });
    assert.deepEqual(linked.map((e) => e.canonical), ['Temba Nkosi', 'Temba Nkosi']);
  });
});
