import * as assert from 'node:assert/strict';
import { fullNameInText } from '../../../src/core/entities/initials-in-text';
import { linkCanonicalNames } from '../../../src/core/entities/link-canonical';
import { mentions } from '../helpers/mentions';

describe('initialised names whose full name only the text writes', () => {
  it('finds the given name before the surname, hyphenated surnames and two-word surnames too', () => {
    assert.equal(fullNameInText('R. Tamm-Kask', 'The shot beat keeper Rein Tamm-Kask low.'), 'Rein Tamm-Kask');
    assert.equal(fullNameInText('L. De Rossi', 'Coach Luca De Rossi said so.'), 'Luca De Rossi');
    assert.equal(fullNameInText('J. Vrba', 'Nobody else named him.'), undefined);
  });

  it('takes no title, no word the article also writes in lower case, and no initial that does not fit', () => {
    assert.equal(fullNameInText('C. Moss', 'Captain Moss led the side.'), undefined);
    assert.equal(fullNameInText('S. Moss', 'Striker Moss scored; the striker ran.'), undefined);
    assert.equal(fullNameInText('K. Moss', 'Then Peter Moss scored.'), undefined);
  });

  it('gives up when two given names fit the initial', () => {
    assert.equal(fullNameInText('R. Ek', 'Rolf Ek and Rasmus Ek both played.'), undefined);
  });

  it("links a box score's initialised name and the surname alone to the full name in the story", () => {
    const text = 'The winner beat Harbour goaltender Rein Tamm-Kask. Tamm-Kask made 30 saves.\n\nGoaltenders: R. Tamm-Kask (30 saves).';
    const linked = linkCanonicalNames(mentions(text, [['Harbour goaltender Rein', 'organization'], ['Tamm-Kask', 'person'], ['Tamm-Kask', 'person'], ['R. Tamm-Kask', 'person']]), { text });
    assert.deepEqual(linked.slice(1).map((e) => e.canonical), ['Rein Tamm-Kask', 'Rein Tamm-Kask', 'Rein Tamm-Kask']);
  });
});
