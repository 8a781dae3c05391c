import * as assert from 'node:assert/strict';
import { withoutSuperCompetitions } from '../../../src/core/ner/sports-super-competitions';
import { showSpans, spanAt } from '../helpers/spans';

describe('competitions named "Super" and a sport', () => {
  it('drops a span the model found after "Super" in a competition\'s name', () => {
    const text = 'The Highlanders reached the Super Rugby Aotearoa final in Dunedin.';
    const spans = [spanAt(text, 'Highlanders', 'organization'), spanAt(text, 'Rugby Aotearoa', 'place'), spanAt(text, 'Dunedin', 'place')];
    assert.deepEqual(showSpans(text, withoutSuperCompetitions(text, spans)), ['organization:Highlanders', 'place:Dunedin']);
  });

  it('drops a span over the whole competition\'s name', () => {
    const text = 'Wigan top the Super League after a win over Hull.';
    const spans = [spanAt(text, 'Wigan', 'organization'), spanAt(text, 'Super League', 'organization'), spanAt(text, 'Hull', 'organization')];
    assert.deepEqual(showSpans(text, withoutSuperCompetitions(text, spans)), ['organization:Wigan', 'organization:Hull']);
  });

  it('keeps names after "Super" that are no sport, and a sport word after a word ending in "Super"', () => {
    const text = 'Super Micro Computer rose; GoSuper Rugby Club and Super Mario Bros sold well.';
    const spans = [spanAt(text, 'Super Micro Computer', 'organization'), spanAt(text, 'Rugby Club', 'organization'), spanAt(text, 'Mario Bros', 'person')];
    assert.deepEqual(showSpans(text, withoutSuperCompetitions(text, spans)), ['organization:Super Micro Computer', 'organization:Rugby Club', 'person:Mario Bros']);
  });

  it('leaves an article without "Super" as it is', () => {
    const text = 'Rugby Australia said the Waratahs would play in Sydney.';
    const spans = [spanAt(text, 'Rugby Australia', 'organization'), spanAt(text, 'Sydney', 'place')];
    assert.deepEqual(withoutSuperCompetitions(text, spans), spans);
  });
});
