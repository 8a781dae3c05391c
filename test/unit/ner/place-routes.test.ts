import * as assert from 'node:assert/strict';
import { withRoutePlaces } from '../../../src/core/ner/place-routes';
import { showSpans, spanAt } from '../helpers/spans';

const listed = (name: string): boolean => ['Mosul', 'Lagos'].includes(name);

describe('two places of a route joined by a hyphen', () => {
  it('makes both names of a route places when one is a known place', () => {
    const text = 'Work on the Mosul-Ceyhan pipeline and the Lagos–Calabar highway resumed; the Kirkuk-Zakho railway too, as Kirkuk said.';
    const spans = [spanAt(text, 'Lagos–Calabar', 'organization'), spanAt(text, 'Kirkuk', 'place', 1)];
    assert.deepEqual(showSpans(text, withRoutePlaces(text, spans, listed)), ['place:Mosul', 'place:Ceyhan', 'place:Lagos', 'place:Calabar', 'place:Kirkuk', 'place:Zakho', 'place:Kirkuk']);
  });

  it('reads a section or a stretch of a line as a route', () => {
    const text = 'Tracks on the Lagos-Ibadan section and the Mosul–Dohuk stretch were laid.';
    const spans = [spanAt(text, 'Lagos-Ibadan', 'organization')];
    assert.deepEqual(showSpans(text, withRoutePlaces(text, spans, listed)), ['place:Lagos', 'place:Ibadan', 'place:Mosul', 'place:Dohuk']);
  });

  it('leaves pairs without a known place, organisations and longer names', () => {
    const text = 'A Rolls-Royce engine line, the Hamas-Mosul border and the Mosul-Ceyhan Pipeline Company.';
    const spans = [spanAt(text, 'Mosul-Ceyhan Pipeline Company', 'organization')];
    assert.deepEqual(showSpans(text, withRoutePlaces(text, spans, listed)), ['organization:Mosul-Ceyhan Pipeline Company']);
  });

  it('reads two unknown names joined by an en dash before a route word as places, but not joined by a hyphen', () => {
    const text = 'Only the Carrick–Dunmore ferry sailed, and the Brennan-Walsh line stayed shut.';
    const spans = [spanAt(text, 'Carrick–Dunmore', 'person'), spanAt(text, 'Brennan-Walsh', 'person')];
    assert.deepEqual(showSpans(text, withRoutePlaces(text, spans, listed)), ['place:Carrick', 'place:Dunmore', 'person:Brennan-Walsh']);
  });

  it('reads shipping services between two known places as a route', () => {
    const text = 'The line restarted its Asia-Europe services in May.';
    assert.deepEqual(showSpans(text, withRoutePlaces(text, [], (n) => n === 'Asia' || n === 'Europe')), ['place:Asia', 'place:Europe']);
  });

  it('reads a power line or a gas pipeline after the pair as a route, and cuts its other mentions too', () => {
    const text = 'The Lagos-Obuda power line opened. The old link, Mosul-Tarfa, which opened in 2020, the Mosul-Tarfa line and the Mosul–Dohuk gas pipeline carry more.';
    const spans = [spanAt(text, 'Lagos-Obuda', 'person'), spanAt(text, 'Mosul-Tarfa', 'place')];
    assert.deepEqual(showSpans(text, withRoutePlaces(text, spans, listed)), ['place:Lagos', 'place:Obuda', 'place:Mosul', 'place:Tarfa', 'place:Mosul', 'place:Tarfa', 'place:Mosul', 'place:Dohuk']);
  });

  it('leaves a pair named as a route elsewhere inside a longer name', () => {
    const text = 'The Lagos-Obuda line opened, says the Lagos-Obuda Transmission Company.';
    const spans = [spanAt(text, 'Lagos-Obuda Transmission Company', 'organization')];
    assert.deepEqual(showSpans(text, withRoutePlaces(text, spans, listed)), ['place:Lagos', 'place:Obuda', 'organization:Lagos-Obuda Transmission Company']);
  });
  it('reads a ferry or bus "service" between two places as a route', () => {
    const text = 'The operator cut the Mosul-Tallafar service to two buses a day.';
    assert.deepEqual(showSpans(text, withRoutePlaces(text, [], listed)), ['place:Mosul', 'place:Tallafar']);
  });

  it('hands the spans on as they are, and changes none given, when a route\'s word follows no pair of names', () => {
    const text = 'A well-known road near Ghent was closed, and the Antwerp ferry ran late.';
    const spans = [spanAt(text, 'Ghent', 'place'), spanAt(text, 'Antwerp', 'place')];
    assert.equal(withRoutePlaces(text, spans, listed), spans);
    const paired = 'The Ghent-Antwerp road was closed near Ghent.';
    const given = [spanAt(paired, 'Ghent', 'place', 1)];
    assert.deepEqual(showSpans(paired, withRoutePlaces(paired, given, (w) => w === 'Ghent')), ['place:Ghent', 'place:Antwerp', 'place:Ghent']);
    assert.deepEqual(showSpans(paired, given), ['place:Ghent']);
  });
});
