import * as assert from 'node:assert/strict';
import { withPluralTeams } from '../../../src/core/ner/sports-plural-teams';
import { showSpans, spanAt } from '../helpers/spans';

const PLACES = new Set(['Otago', 'Cook Islands', 'United States']);
const isPlace = (name: string) => PLACES.has(name);
/** A match report's opening, which makes the text around it a sports report. */
const REPORT = 'The fly-half kicked two penalties before half-time. ';

describe('teams named by a plural', () => {
  it('makes a plural after a match’s words a team, in each of its mentions after "the"', () => {
    const text = `${REPORT}The Highlanders will face the Stormers, who beat the Sharks 30-12. They lost to the Stormers in 2024.`;
    assert.deepEqual(showSpans(text, withPluralTeams(text, [], isPlace)), ['organization:Stormers', 'organization:Sharks', 'organization:Stormers']);
  });

  it('puts a team of several words over the place the model found inside it', () => {
    const text = `${REPORT}He came up from the Hawke's Bay Magpies and the Otago Nuggets.`;
    const spans = [spanAt(text, "Hawke's Bay", 'place'), spanAt(text, 'Otago', 'place')];
    assert.deepEqual(showSpans(text, withPluralTeams(text, spans, isPlace)), ["organization:Hawke's Bay Magpies", 'organization:Otago Nuggets']);
  });

  it('reads a plural before a club’s people as a team ("Wallabies coach"), one word only when a "the" mention exists', () => {
    const text = `${REPORT}All Blacks coach Ian Foster watched. Wallabies captain Sam Hale spoke; the Wallabies train today. Sources close to the club agreed.`;
    assert.deepEqual(showSpans(text, withPluralTeams(text, [spanAt(text, 'Ian Foster', 'person'), spanAt(text, 'Sam Hale', 'person')], isPlace)), [
      'organization:All Blacks',
      'person:Ian Foster',
      'organization:Wallabies',
      'person:Sam Hale',
      'organization:Wallabies',
    ]);
  });

  it('leaves events, islands, listed places and peoples alone', () => {
    const text = `${REPORT}They beat the Cook Islands before the Commonwealth Games, against the United States and the New Zealanders.`;
    assert.deepEqual(showSpans(text, withPluralTeams(text, [spanAt(text, 'Cook Islands', 'place')], isPlace)), ['place:Cook Islands']);
    const league = `${REPORT}They beat the Hawks in the IHF Champions League, and the Champions Cup is next.`;
    assert.deepEqual(showSpans(league, withPluralTeams(league, [], isPlace)), ['organization:Hawks']);
  });

  it('does nothing outside sports reports', () => {
    const text = 'Voters beat the Greens 30-12 in the ward and the Liberal Democrats lost.';
    assert.deepEqual(withPluralTeams(text, [], isPlace), []);
  });

  it('handles empty text and CRLF lines', () => {
    assert.deepEqual(withPluralTeams('', [], isPlace), []);
    const text = `${REPORT}\r\nThey beat the Stormers\r\n`;
    assert.deepEqual(showSpans(text, withPluralTeams(text, [], isPlace)), ['organization:Stormers']);
  });
  it('reads a plural before a club’s people at the text’s start, over several spaces or a tab, after accented capitals, but not inside a longer word', () => {
    const text = `Chiefs  head coach Ana Ruiz spoke. ${REPORT}Ōtaki-Raukawa Éclairs\tsquad trained; the Éclairs rested, as did the Chiefs. McBlues fans left.`;
    assert.deepEqual(showSpans(text, withPluralTeams(text, [spanAt(text, 'Ana Ruiz', 'person')], isPlace)), [
      'organization:Chiefs',
      'person:Ana Ruiz',
      'organization:Ōtaki-Raukawa Éclairs',
      'organization:Chiefs',
    ]);
  });
});
