import * as assert from 'node:assert/strict';
import { withClubRolePeople } from '../../../src/core/ner/person-club-roles';
import { showSpans, spanAt } from '../helpers/spans';

describe('a club, a position and a player read as one name', () => {
  it('cuts an organisation span at a lower-case position into the club and the player', () => {
    const text = 'The shot beat Karhut goaltender Mikael and Kärpät head coach Jussi.';
    const spans = withClubRolePeople(text, [spanAt(text, 'Karhut goaltender Mikael', 'organization'), spanAt(text, 'Kärpät head coach Jussi', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Karhut', 'person:Mikael', 'place:Kärpät', 'person:Jussi']);
  });

  it('cuts a person span at a hockey position, the club then an organisation', () => {
    const text = 'Then Lukko defenceman Otto Salo scored.';
    assert.deepEqual(showSpans(text, withClubRolePeople(text, [spanAt(text, 'Lukko defenceman Otto Salo', 'person')])), ['organization:Lukko', 'person:Otto Salo']);
  });

  it('leaves names with other lower-case words, and spans without a club before the role', () => {
    const text = 'The Bank of England said Rio de Janeiro and goaltender Mikael Ek agreed.';
    const spans = [spanAt(text, 'Bank of England', 'organization'), spanAt(text, 'Rio de Janeiro', 'place'), spanAt(text, 'Mikael Ek', 'person')];
    assert.deepEqual(showSpans(text, withClubRolePeople(text, spans)), showSpans(text, spans));
  });
});
