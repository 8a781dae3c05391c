import * as assert from 'node:assert/strict';
import { CAPITALISED, NAME_WORD, ORG_NAME_WORD, PERSON_NAME_PART, PERSON_NAME_WORD } from '../../../src/core/ner/name-words';

const whole = (source: string): RegExp => new RegExp(`^(?:${source})$`, 'u');

describe('the shapes of a name\'s word', () => {
  it('takes a capital then small letters only as capitalised, accents written as marks too', () => {
    for (const w of ['Tours', 'Geneviève', 'Gene\u0301vieve', 'Ål']) assert.ok(CAPITALISED.test(w), w);
    for (const w of ['McAdam', 'U.S.', 'Anne-Marie', 'A', 'tours', "O'Neill"]) assert.ok(!CAPITALISED.test(w), w);
  });

  it('takes capitalised words with apostrophes, hyphens and inner capitals as a name\'s word', () => {
    for (const w of ['Tacoma', 'McAllister', "O'Neill", 'O’Neill', 'Hoi-yan', 'A', 'Zo\u0308e']) assert.ok(NAME_WORD.test(w), w);
    for (const w of ['tacoma', 'U.S.', '3M', 'Neill,', '']) assert.ok(!NAME_WORD.test(w), w);
  });

  it('takes initials with dots and hyphenated words in an organisation\'s name, but no possessive', () => {
    const word = whole(ORG_NAME_WORD);
    for (const w of ['District', 'U.S.', 'Al-Amal', 'UNESCO', 'E.U.']) assert.ok(word.test(w), w);
    for (const w of ["Court's", 'Court’s', 'district', 'U.S']) assert.ok(!word.test(w), w);
    // Followed by a sentence's full stop, the word stops before it.
    assert.equal(new RegExp(ORG_NAME_WORD, 'u').exec('Oklahoma.')?.[0], 'Oklahoma');
  });

  it('takes a person\'s name parts with "O\'" and one inner capital, and joins them by hyphens', () => {
    const part = whole(PERSON_NAME_PART);
    for (const w of ['Jordan', 'McIlwaine', "O'Brien", 'O’Brien', 'DeShawn', 'Pádraig']) assert.ok(part.test(w), w);
    for (const w of ['J', 'JORDAN', 'Whitby-Chester', 'McDonaldSon', 'jordan']) assert.ok(!part.test(w), w);
    const word = whole(PERSON_NAME_WORD);
    for (const w of ['Whitby-Chester', 'Oyelaran-Fisk', 'Jordan']) assert.ok(word.test(w), w);
    for (const w of ['Whitby-', 'Whitby-chester', '-Chester']) assert.ok(!word.test(w), w);
  });
});
