import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withDescribedNames } from '../../../src/core/ner/org-described-names';

describe('names the article describes once as a body', () => {
  it('types a name before a description of a body, with its other mentions, found or not', () => {
    const text = 'Vedromet, the national weather service, warned of snow. Later Vedromet said roads were shut.';
    const spans = [spanAt(text, 'Vedromet', 'person')];
    assert.deepEqual(showSpans(text, withDescribedNames(text, spans)), ['organization:Vedromet', 'organization:Vedromet']);
  });

  it("reads a description with a possessive owner and a party's description", () => {
    const text = "Etxegile, the regional government's rental housing company, built flats. For Herri Batua, the largest opposition party in the chamber, it is too little.";
    const spans = [spanAt(text, 'Herri Batua', 'place')];
    assert.deepEqual(showSpans(text, withDescribedNames(text, spans)), ['organization:Etxegile', 'organization:Herri Batua']);
  });

  it('finds a name after a body\'s noun and after a closed apposition', () => {
    const text = 'Prices rose, according to the property portal Casaviva, and a price set by the regional statistics office, Estatik. Casaviva says so.';
    assert.deepEqual(showSpans(text, withDescribedNames(text, [])), ['organization:Casaviva', 'organization:Estatik', 'organization:Casaviva']);
  });

  it("finds a maker before its description and a company after 'its' or 'The' and a closed apposition", () => {
    const text = 'Ledo, the frozen-food maker, will sue. The ministry said its marketing company, NOCO, would load. NOCO agreed; a carmaker did not. The port authority, PAMA, said.';
    assert.deepEqual(showSpans(text, withDescribedNames(text, [])), ['organization:Ledo', 'organization:NOCO', 'organization:NOCO', 'organization:PAMA']);
  });

  it("finds a name before a body's things after its possessive", () => {
    const text = "Tarvane's head of Asia, Li Wen, said Tarvane would grow.";
    assert.deepEqual(showSpans(text, withDescribedNames(text, [spanAt(text, 'Li Wen', 'person')])), ['organization:Tarvane', 'person:Li Wen', 'organization:Tarvane']);
  });

  it("leaves a person's full name before a job, or a description with a body's noun after 'of', and a listed place", () => {
    const job = 'Lena Berg, a Swedish tour operator, said so.';
    assert.deepEqual(showSpans(job, withDescribedNames(job, [spanAt(job, 'Lena Berg', 'person')])), ['person:Lena Berg']);
    const text = 'Maria Lopez, the head of the company, spoke. Lisbon, the capital of the service, waited.';
    const spans = [spanAt(text, 'Maria Lopez', 'person'), spanAt(text, 'Lisbon', 'place')];
    assert.deepEqual(showSpans(text, withDescribedNames(text, spans, (name) => name === 'Lisbon')), ['person:Maria Lopez', 'place:Lisbon']);
  });

  it("types a two-word name read as a person's before a description no person has, and finds an association and a company founded somewhere", () => {
    const text = 'Veneto Studi, the regional research agency, met VELA, the national sailing association, and Kodexa, the security company founded in Turin in 1999.';
    const spans = [spanAt(text, 'Veneto Studi', 'person'), spanAt(text, 'Turin', 'place')];
    assert.deepEqual(showSpans(text, withDescribedNames(text, spans)), ['organization:Veneto Studi', 'organization:VELA', 'organization:Kodexa', 'place:Turin']);
  });

  it("keeps a person's full name before a job that names a body's noun too", () => {
    const text = 'Tom Reyes, the veteran broadcaster, retired. Ana Costa, a film maker, spoke.';
    const spans = [spanAt(text, 'Tom Reyes', 'person'), spanAt(text, 'Ana Costa', 'person')];
    assert.deepEqual(showSpans(text, withDescribedNames(text, spans)), ['person:Tom Reyes', 'person:Ana Costa']);
  });
});
