import * as assert from 'node:assert/strict';
import { refineSpans } from '../../../src/core/ner/refine-spans';
import { GAZ, type GazetteerLookup } from '../../../src/core/ner/gazetteer';
import { showSpans, spanAt } from '../helpers/spans';

describe("a person's surname that is also a place", () => {
  it('makes the surname alone the person, but not after a word of place', () => {
    const text = 'Rosa Lima left the group. Lima said she moved to Lima in May.';
    const spans = refineSpans(text, [spanAt(text, 'Rosa Lima', 'person'), spanAt(text, 'Lima', 'place', 1), spanAt(text, 'Lima', 'place', 2)]);
    assert.deepEqual(showSpans(text, spans), ['person:Rosa Lima', 'person:Lima', 'place:Lima']);
  });

  it('reads the surname after any white space of the name, a no-break space among them', () => {
    const text = 'Rosa\u00a0Lima and Ida  Osorno left. Lima said so and Osorno agreed.';
    const spans = refineSpans(text, [spanAt(text, 'Rosa\u00a0Lima', 'person'), spanAt(text, 'Ida  Osorno', 'person'), spanAt(text, 'Lima', 'place', 1), spanAt(text, 'Osorno', 'place', 1)]);
    assert.deepEqual(showSpans(text, spans), ['person:Rosa\u00a0Lima', 'person:Ida  Osorno', 'person:Lima', 'person:Osorno']);
  });

  it('keeps the place after a word of place even when most mentions are the person', () => {
    const text = 'Rosa Lima left. Lima said so, and Lima added that she moved to Lima.';
    const spans = refineSpans(text, [spanAt(text, 'Rosa Lima', 'person'), spanAt(text, 'Lima', 'place', 1), spanAt(text, 'Lima', 'place', 2), spanAt(text, 'Lima', 'place', 3)]);
    assert.deepEqual(showSpans(text, spans), ['person:Rosa Lima', 'person:Lima', 'person:Lima', 'place:Lima']);
  });

  it('keeps a place the lists lack after a word of place and before its country ("in Lyon, France")', () => {
    const text = 'Ottilie Lyon left. Lyon said the ship docked in Lyon, France.';
    const spans = refineSpans(text, [spanAt(text, 'Ottilie Lyon', 'person'), spanAt(text, 'Lyon', 'place', 1), spanAt(text, 'Lyon', 'place', 2), spanAt(text, 'France', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['person:Ottilie Lyon', 'person:Lyon', 'place:Lyon', 'place:France']);
  });
});

describe('names looked up in the lists', () => {
  it('asks the lists for a name with each run of white space made one space, and a single-spaced name as it is', () => {
    const asked: string[] = [];
    const lists = { get: (name: string) => (asked.push(name), name === 'Halvard Trust' ? GAZ.organization : 0) } as unknown as GazetteerLookup;
    const text = 'The Halvard  Trust and the Halvard\u00a0Trust and the Halvard Trust agreed.';
    const spans = refineSpans(text, [spanAt(text, 'Halvard  Trust', 'place'), spanAt(text, 'Halvard\u00a0Trust', 'place'), spanAt(text, 'Halvard Trust', 'place')], lists);
    assert.deepEqual(showSpans(text, spans).map((s) => s.split(':')[0]), ['organization', 'organization', 'organization']);
    assert.ok(asked.every((name) => !/\s\s|[^\S ]/u.test(name)));
  });
});
