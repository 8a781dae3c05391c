import * as assert from 'node:assert/strict';
import { withGovernmentSeats } from '../../../src/core/ner/government-seats';
import { showSpans, spanAt } from '../helpers/spans';

describe('seats of government standing for the government', () => {
  it('makes the seats organisations and adds those the model missed ("No 10", "the Treasury")', () => {
    const text = 'Downing Street said the prime minister agreed. A No 10 spokesperson said the Treasury would pay, and Whitehall was calm.';
    const spans = [spanAt(text, 'Downing Street', 'place'), spanAt(text, 'Whitehall', 'place')];
    assert.deepEqual(showSpans(text, withGovernmentSeats(text, spans)), ['organization:Downing Street', 'organization:No 10', 'organization:Treasury', 'organization:Whitehall']);
  });

  it('makes Scotland Yard the police that speaks, and the building one stands outside', () => {
    const text = 'Scotland Yard said two men were held. Crowds waited outside Scotland Yard.';
    const spans = [spanAt(text, 'Scotland Yard', 'person')];
    assert.deepEqual(showSpans(text, withGovernmentSeats(text, spans)), ['organization:Scotland Yard', 'place:Scotland Yard']);
  });

  it('makes a seat a place where a word of position or movement puts the reader at the building', () => {
    const text = 'Protesters gathered outside Downing Street. The Kremlin said nothing; guests arrived at the White House.';
    const spans = [spanAt(text, 'Downing Street', 'organization'), spanAt(text, 'Kremlin', 'organization'), spanAt(text, 'White House', 'organization')];
    assert.deepEqual(showSpans(text, withGovernmentSeats(text, spans)), ['place:Downing Street', 'organization:Kremlin', 'place:White House']);
  });

  it('reads Berlin\'s Chancellery and Manila\'s Malacañang as the governments they house, and as buildings one is at', () => {
    const text = 'Malacañang has ordered more food packs. The Chancellery declined to comment after talks at the Chancellery ran late.';
    const spans = [spanAt(text, 'Malacañang', 'person'), spanAt(text, 'Chancellery', 'person', 1)];
    assert.deepEqual(showSpans(text, withGovernmentSeats(text, spans)), ['organization:Malacañang', 'organization:Chancellery', 'place:Chancellery']);
  });

  it('takes the number into the address ("10 Downing Street")', () => {
    const text = 'Letters went to the Cabinet Office, not to a party at No 10 Downing Street.';
    const spans = [spanAt(text, 'Downing Street', 'place')];
    assert.deepEqual(showSpans(text, withGovernmentSeats(text, spans)), ['organization:Cabinet Office', 'place:No 10 Downing Street']);
  });

  it('leaves longer names, modifiers, bonds, shirts and a "No 10" with no government around it alone', () => {
    const text = 'Treasury Board minutes, pro-Kremlin blogs and Kremlin-backed media; Treasury yields rose. He wore the No 10 shirt.';
    const spans = [spanAt(text, 'Treasury Board', 'organization')];
    assert.deepEqual(showSpans(text, withGovernmentSeats(text, spans)), ['organization:Treasury Board']);
    const quiz = 'Question No 10 asked about rivers.';
    assert.deepEqual(withGovernmentSeats(quiz, []), []);
  });

  it('keeps a title after the seat out of a longer name ("Treasury Secretary")', () => {
    const text = 'Treasury Secretary Ann Cole met White House Press Secretary Joe Lin.';
    const spans = [spanAt(text, 'Ann Cole', 'person'), spanAt(text, 'Joe Lin', 'person')];
    assert.deepEqual(showSpans(text, withGovernmentSeats(text, spans)), ['organization:Treasury', 'person:Ann Cole', 'organization:White House', 'person:Joe Lin']);
  });

  it('makes parliaments by their buildings organisations, and places where "in" or "at" puts the reader there', () => {
    const text = 'Immigration is reserved to Westminster. Holyrood’s minister met MPs in Westminster on Friday, at Stormont later.';
    const spans = [spanAt(text, 'Westminster', 'place'), spanAt(text, 'Holyrood', 'place')];
    assert.deepEqual(showSpans(text, withGovernmentSeats(text, spans)), ['organization:Westminster', 'organization:Holyrood', 'place:Westminster', 'place:Stormont']);
  });

  it('reads "the National Treasury" as one body, not the Treasury inside it', () => {
    const text = 'The National Treasury cut the levy, and officials at the Treasury agreed.';
    const spans = [spanAt(text, 'Treasury', 'organization')];
    assert.deepEqual(showSpans(text, withGovernmentSeats(text, spans)), ['organization:National Treasury', 'organization:Treasury']);
  });
  it('finds the Élysée by a hint inside its name, and each seat where its name opens a line, a quote or follows a tab', () => {
    const text = 'The Élysée and the Elysée Palace replied.\n"Stormont is shut," she said;\tQuai d’Orsay officials agreed.';
    assert.deepEqual(showSpans(text, withGovernmentSeats(text, [])), ['organization:Élysée', 'organization:Elysée Palace', 'organization:Stormont', 'organization:Quai d’Orsay']);
    assert.deepEqual(showSpans('The Élysée replied.', withGovernmentSeats('The Élysée replied.', [])), ['organization:Élysée']);
  });

  it('adds no seat for a name inside a longer word or for a text with none', () => {
    for (const text of ['The antiKremlin blog and the Pentagonal hall.', 'Ministers met in Leeds on Friday.', '']) assert.deepEqual(withGovernmentSeats(text, []), []);
  });
});
