import * as assert from 'node:assert/strict';
import { withOfficials } from '../../../src/core/ner/sports-officials';
import { showSpans, spanAt } from '../helpers/spans';

describe('officials and goalkeepers listed after a label', () => {
  it('puts in referees and linesmen with their codes left apart, over a cut name', () => {
    const text = 'Box score\n**Referees:** Mikko Rantala-Aho (FIN), Per Lund (NOR). **Linesmen:** Oskar Berg (SWE) and Tomas Dvořák (CZE).\n';
    const spans = withOfficials(text, [spanAt(text, 'Aho', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['person:Mikko Rantala-Aho', 'person:Per Lund', 'person:Oskar Berg', 'person:Tomas Dvořák']);
  });

  it('reads goalkeepers by surname before their saves or a note, and a referee\'s country in brackets', () => {
    const text = 'Goalkeepers: Horvat-Babić 12 saves, Kos did not play; Marković 7\nReferee: Ivan Pavić (Slovenia)\n';
    assert.deepEqual(showSpans(text, withOfficials(text, [])), ['person:Horvat-Babić', 'person:Kos', 'person:Marković', 'person:Ivan Pavić', 'place:Slovenia']);
  });

  it('leaves labels in running text and lists that name no one', () => {
    const text = 'The referees said the linesmen were right. Officials: the league and FIFA.\nReferees: none appointed.\n';
    assert.deepEqual(showSpans(text, withOfficials(text, [])), []);
  });
});
