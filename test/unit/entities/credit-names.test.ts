import * as assert from 'node:assert/strict';
import { withCreditNames } from '../../../src/core/entities/credit-names';
import type { NamedSpan } from '../../../src/core/ner/index';

/** The names a credit line gives, as `type:text`, over what a tagger found in it. */
function namesOf(line: string, tagged: NamedSpan[] = []): string[] {
  return withCreditNames(line, [{ start: 0, end: line.length }], tagged).map((s) => `${s.type}:${line.slice(s.start, s.end)}`);
}

describe('names of credit lines', () => {
  it('reads a byline whose name is a Markdown link, leaving the job title out', () => {
    assert.deepEqual(namesOf('By [Alasdair Munro-Baird](https://paper.example/authors/amb), Political Editor'), ['person:Alasdair Munro-Baird']);
  });

  it('reads a name in bold after the kind of piece', () => {
    assert.deepEqual(namesOf('An investigation by **Thandeka Mbeki-Zulu** for [The Open Desk](https://desk.example)'), ['person:Thandeka Mbeki-Zulu']);
    assert.deepEqual(namesOf('Words by Ilse Verhoeven, photographs by Tomasz Wrona'), ['person:Ilse Verhoeven', 'person:Tomasz Wrona']);
  });

  it('reads a line of names and nothing else as people, in bold or not', () => {
    assert.deepEqual(namesOf('**Cathal Ó Briain**'), ['person:Cathal Ó Briain']);
    assert.deepEqual(namesOf('Siobhán Ní Mhurchú and Dara Kehoe'), ['person:Siobhán Ní Mhurchú', 'person:Dara Kehoe']);
  });

  it('keeps Malay name particles inside the name', () => {
    assert.deepEqual(namesOf('By R. Saravanan a/l Muthu in Ipoh'), ['person:R. Saravanan a/l Muthu', 'place:Ipoh']);
    assert.deepEqual(namesOf('By Nur Aisyah binti Rahman'), ['person:Nur Aisyah binti Rahman']);
  });

  it('reads no person from an outlet or a contributor line without a name', () => {
    assert.deepEqual(namesOf('Associated Press'), []);
    assert.deepEqual(namesOf('Staff Reporter'), []);
    assert.deepEqual(namesOf('AFP contributed to this report.'), []);
  });

  it('puts the whole name over the part of it a tagger found as a place', () => {
    const line = '**Lincoln Okafor-Hale**';
    assert.deepEqual(namesOf(line, [{ type: 'place', start: 2, end: 9 }]), ['person:Lincoln Okafor-Hale']);
  });

  it('reads a bold byline, and the name wins over a span that took in its "By"', () => {
    const line = '**By Park Seo-yeon, Staff Reporter** | January 28, 2026';
    assert.deepEqual(namesOf(line, [{ type: 'person', start: 2, end: 18 }]), ['person:Park Seo-yeon']);
  });

  it('reads a name after "Author:" and a name before its job in a line of its own', () => {
    assert.deepEqual(namesOf('Author: Zsófia Kertész-Nagy'), ['person:Zsófia Kertész-Nagy']);
    assert.deepEqual(namesOf('**Authors:** Ilona Bíró and Tamás Fekete'), ['person:Ilona Bíró', 'person:Tamás Fekete']);
    assert.deepEqual(namesOf('Mòrag NicLeòid, Highlands reporter'), ['person:Mòrag NicLeòid']);
  });

  it('reads no person from the region of a job ("Mid Wales reporter") after a byline\'s name', () => {
    assert.deepEqual(namesOf('By Eluned Pryce, Mid Wales reporter'), ['person:Eluned Pryce']);
  });

  it('reads a second place after a writer\'s place and "and" as a place ("in Lae and Mount Wilhelm")', () => {
    assert.deepEqual(namesOf('By Kila Anis in Lae and Mount Wilhelm'), ['person:Kila Anis', 'place:Lae', 'place:Mount Wilhelm']);
    assert.deepEqual(namesOf('Reporting by Kila Anis in Lae and Rosa Tomo in Madang'), ['person:Kila Anis', 'place:Lae', 'person:Rosa Tomo', 'place:Madang']);
    assert.deepEqual(namesOf('**By Kila Anis in Lae and Mount Wilhelm** · FRIDAY, MAY 8, 2026'), ['person:Kila Anis', 'place:Lae', 'place:Mount Wilhelm']);
  });
  it('leaves a span over the "By" where another span reaches out of the name, and puts the name in where none does', () => {
    const line = 'By Mara Kell for the Weekly';
    const overBy: NamedSpan = { type: 'organization', start: 0, end: 7 };
    const reachingOut: NamedSpan = { type: 'organization', start: 8, end: 16 };
    assert.deepEqual(namesOf(line, [overBy, reachingOut]), ['organization:By Mara', 'organization:Kell for']);
    assert.deepEqual(namesOf(line, [overBy]), ['person:Mara Kell']);
    assert.deepEqual(namesOf(line, [{ type: 'place', start: 8, end: 12 }]), ['person:Mara Kell']);
  });

  it('passes the spans through, sorted by start, when no credit line names anyone', () => {
    const sorted: NamedSpan[] = [{ type: 'person', start: 0, end: 4 }, { type: 'place', start: 12, end: 18 }];
    assert.equal(withCreditNames('Anna met in Lisbon', [], sorted), sorted);
    const text = 'Anna met in Lisbon\nPhotograph: staff archive';
    assert.equal(withCreditNames(text, [{ start: 19, end: text.length }], sorted), sorted);
    const unsorted: NamedSpan[] = [sorted[1], sorted[0]];
    assert.deepEqual(withCreditNames('Anna met in Lisbon', [], unsorted), sorted);
  });
});
