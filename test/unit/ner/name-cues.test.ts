import * as assert from 'node:assert/strict';
import { applyNameCues } from '../../../src/core/ner/name-cues';
import { refineSpans } from '../../../src/core/ner/refine-spans';
import { showSpans, spanAt } from '../helpers/spans';

describe('cues around a name', () => {
  it('makes a team named after its city the team in every mention when a player is named after it', () => {
    const text = 'Leeds won again. Leeds goalkeeper Ivo Marsh saved twice, and Leeds climbed to third.';
    const spans = [spanAt(text, 'Leeds', 'place'), spanAt(text, 'Leeds', 'place', 1), spanAt(text, 'Ivo Marsh', 'person'), spanAt(text, 'Leeds', 'place', 2)];
    assert.deepEqual(showSpans(text, refineSpans(text, spans)), ['organization:Leeds', 'organization:Leeds', 'person:Ivo Marsh', 'organization:Leeds']);
  });

  it('makes the teams on both sides of a score organisations in every mention but after a word of place', () => {
    const text = 'Group B: Chile 2 – 1 Norway. Chile pressed early, and Norway equalised. Fans flew home to Norway.';
    const spans = ['Chile', 'Norway', 'Chile', 'Norway', 'Norway'].map((n, k) => spanAt(text, n, 'place', k >> 1));
    assert.deepEqual(showSpans(text, applyNameCues(text, spans)).map((s) => s.split(':')[0]), ['organization', 'organization', 'organization', 'organization', 'place']);
  });

  it('leaves names around other numbers alone', () => {
    const text = 'Chile 2015-16 budget; Rosa Lima 3 - 1 Tomás Ruiz.';
    const spans = [spanAt(text, 'Chile', 'place'), spanAt(text, 'Rosa Lima', 'person'), spanAt(text, 'Tomás Ruiz', 'person')];
    assert.deepEqual(showSpans(text, applyNameCues(text, spans)), showSpans(text, spans));
  });

  it('makes a firm named after people an organisation when its analyst is named', () => {
    const text = 'Hartley Bream analyst Joan Oduya cut her target.';
    const spans = [spanAt(text, 'Hartley Bream', 'person'), spanAt(text, 'Joan Oduya', 'person')];
    assert.deepEqual(showSpans(text, applyNameCues(text, spans)), ['organization:Hartley Bream', 'person:Joan Oduya']);
  });

  it('leaves a country before a job alone', () => {
    const text = 'Kenya analyst Joan Oduya spoke.';
    const spans = [spanAt(text, 'Kenya', 'place'), spanAt(text, 'Joan Oduya', 'person')];
    assert.deepEqual(showSpans(text, applyNameCues(text, spans)), ['place:Kenya', 'person:Joan Oduya']);
  });

  it('joins the two names of a firm around an ampersand, and two places into one place', () => {
    const text = 'It bought Halvorsen & Pike, then opened in Trinidad & Tobago.';
    const spans = [spanAt(text, 'Halvorsen', 'person'), spanAt(text, 'Pike', 'person'), spanAt(text, 'Trinidad', 'place'), spanAt(text, 'Tobago', 'place')];
    assert.deepEqual(showSpans(text, applyNameCues(text, spans)), ['organization:Halvorsen & Pike', 'place:Trinidad & Tobago']);
  });

  it("joins a constituency named after two places into one place, and leaves two places after other words apart", () => {
    const text = 'Ann Cole, the MP for Bexhill and Battle, toured Bexhill and Battle.';
    const spans = [spanAt(text, 'Ann Cole', 'person'), spanAt(text, 'Bexhill', 'place'), spanAt(text, 'Battle', 'place'), spanAt(text, 'Bexhill', 'place', 1), spanAt(text, 'Battle', 'place', 1)];
    assert.deepEqual(showSpans(text, applyNameCues(text, spans)), ['person:Ann Cole', 'place:Bexhill and Battle', 'place:Bexhill', 'place:Battle']);
  });

  it('marks the exchange of a ticker in brackets as an organisation', () => {
    const text = 'Shares of Orwell Labs (NYSE: ORW) rose.';
    assert.deepEqual(showSpans(text, applyNameCues(text, [spanAt(text, 'Orwell Labs', 'organization')])), ['organization:Orwell Labs', 'organization:NYSE']);
  });

  it('leaves the party letter out of a US lawmaker\'s district and keeps the full stop of a state', () => {
    const text = 'State Rep. Ann Cole, R-Pine Bluff, said. PINE BLUFF, Ark. (AP) — It rained.';
    const spans = [spanAt(text, 'Ann Cole', 'person'), spanAt(text, 'R-Pine Bluff', 'place'), spanAt(text, 'PINE BLUFF', 'place'), spanAt(text, 'Ark', 'place')];
    assert.deepEqual(showSpans(text, applyNameCues(text, spans)), ['person:Ann Cole', 'place:Pine Bluff', 'place:PINE BLUFF', 'place:Ark.']);
  });

  it("reads a job after a possessive or a comma, and a party's letter only before a hyphen and a capital", () => {
    const text = "Brightwater's analyst Joan Oduya agreed. Rovers, captain Ivo Marsh said. R-Day and D-Kent came.";
    const spans = [spanAt(text, 'Brightwater', 'place'), spanAt(text, 'Rovers', 'place'), spanAt(text, 'R-Day', 'place'), spanAt(text, 'D-Kent', 'person')];
    assert.deepEqual(showSpans(text, applyNameCues(text, spans)), ['organization:Brightwater', 'organization:Rovers', 'place:Day', 'person:D-Kent']);
  });

  it("cuts a person's span at a job in lower case into the employer and the person", () => {
    const text = 'Kremlin spokesman Dmitry Peskov and Hartley Bream analyst Joan Oduya spoke.';
    const spans = refineSpans(text, [spanAt(text, 'Kremlin spokesman Dmitry Peskov', 'person'), spanAt(text, 'Hartley Bream analyst Joan Oduya', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Kremlin', 'person:Dmitry Peskov', 'organization:Hartley Bream', 'person:Joan Oduya']);
  });

  it('leaves the spans it was given as they were, joining and retyping copies of them', () => {
    const text = 'Leeds coach Ida Brand met Marsh & Royle, then the MP for Rye and Hythe.';
    const spans = [spanAt(text, 'Leeds', 'place'), spanAt(text, 'Ida Brand', 'person'), spanAt(text, 'Marsh', 'person'), spanAt(text, 'Royle', 'person'), spanAt(text, 'Rye', 'place'), spanAt(text, 'Hythe', 'place')];
    const before = showSpans(text, spans);
    const cued = applyNameCues(text, spans.map((s) => Object.freeze(s)));
    assert.deepEqual(showSpans(text, cued), ['organization:Leeds', 'person:Ida Brand', 'organization:Marsh & Royle', 'place:Rye and Hythe']);
    assert.deepEqual(showSpans(text, spans), before);
  });

  it('finds the same tickers when an article is read a second time', () => {
    const text = 'Shares of Orwell Labs (NASDAQ: ORW) and Fenn Oil (TSX: FEN.U) rose.';
    const spans = [spanAt(text, 'Orwell Labs', 'organization'), spanAt(text, 'Fenn Oil', 'organization')];
    const first = showSpans(text, applyNameCues(text, spans));
    assert.deepEqual(first, ['organization:Orwell Labs', 'organization:NASDAQ', 'organization:Fenn Oil', 'organization:TSX']);
    assert.deepEqual(showSpans(text, applyNameCues(text, spans)), first);
  });
});
