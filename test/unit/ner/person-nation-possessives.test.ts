import * as assert from 'node:assert/strict';
import { withNationPeople } from '../../../src/core/ner/person-nation-possessives';
import { showSpans, spanAt } from '../helpers/spans';

const isNation = (name: string) => ['Norway', 'Japan', 'Canada', 'Chile'].includes(name);

describe("people a country's possessive introduces", () => {
  it("adds two words of a name after a country's possessive where no span holds them", () => {
    const text = "Norway's Eirik Østvold-Haug won the sprint ahead of Japan's Daichi Moriyasu.";
    const spans = [spanAt(text, 'Norway', 'place'), spanAt(text, 'Japan', 'place')];
    assert.deepEqual(showSpans(text, withNationPeople(text, spans, isNation, () => false)), ['place:Norway', 'person:Eirik Østvold-Haug', 'place:Japan', 'person:Daichi Moriyasu']);
  });

  it('leaves longer names, titles, bodies, places, listed names, spans and non-nations alone', () => {
    const text = "Japan's Kuroda Heavy Industries Ltd rose. Canada's Prime Minister spoke. Chile's Central Bank met. Norway's Tromsø Fjord froze. Japan's Daichi Moriyasu led. Mars's Olympus Mons rises.";
    const spans = [spanAt(text, 'Japan', 'place'), spanAt(text, 'Canada', 'place'), spanAt(text, 'Chile', 'place'), spanAt(text, 'Norway', 'place'), spanAt(text, 'Japan', 'place', 1), spanAt(text, 'Daichi Moriyasu', 'organization'), spanAt(text, 'Mars', 'place')];
    const found = withNationPeople(text, spans, isNation, (name) => name === 'Tromsø Fjord');
    assert.deepEqual(showSpans(text, found), showSpans(text, spans));
  });
});
