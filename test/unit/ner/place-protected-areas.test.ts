import * as assert from 'node:assert/strict';
import { isProtectedAreaName, withProtectedAreas } from '../../../src/core/ner/place-protected-areas';
import { showSpans, spanAt } from '../helpers/spans';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';

const tagger = loadDefaultTagger();

describe('protected land and stadiums', () => {
  it('makes an Indigenous territory and a national park places, whatever the model made of them', () => {
    const text = 'Loggers entered the Kayapo Indigenous Territory and camped near Serengeti National Park.';
    const spans = [spanAt(text, 'Kayapo Indigenous Territory', 'organization')];
    assert.deepEqual(showSpans(text, withProtectedAreas(text, spans)), ['place:Kayapo Indigenous Territory', 'place:Serengeti National Park']);
  });

  it('finds a stadium the model missed and leaves a leading "The" out', () => {
    const text = 'The Wembley Stadium crowd sang. The match moved to Eden Park Stadium.';
    assert.deepEqual(showSpans(text, withProtectedAreas(text, [])), ['place:Wembley Stadium', 'place:Eden Park Stadium']);
  });

  it('keeps a central bank and a lone "Park" as they are', () => {
    const text = 'The Federal Reserve raised rates, and Hyde Park was busy.';
    const spans = [spanAt(text, 'Federal Reserve', 'organization')];
    assert.deepEqual(showSpans(text, withProtectedAreas(text, spans)), ['organization:Federal Reserve']);
  });

  it('does not guess where a name starts inside a Title Case heading', () => {
    const text = 'Rangers Patrol Kruger National Park\n\nMore later.';
    assert.deepEqual(showSpans(text, withProtectedAreas(text, [])), []);
  });

  it('reads a refuge named in five words whole, where the model read a body', () => {
    const text = 'Boats may not enter the Lower Kobuk River National Wildlife Refuge this summer.';
    const spans = [spanAt(text, 'Lower Kobuk River National Wildlife Refuge', 'organization')];
    assert.deepEqual(showSpans(text, withProtectedAreas(text, spans)), ['place:Lower Kobuk River National Wildlife Refuge']);
  });

  it('does not take a long span of the model as the name in a Title Case heading', () => {
    const text = 'Rangers Patrol Kruger National Park\n\nMore later.';
    const spans = [spanAt(text, 'Rangers Patrol Kruger National Park', 'organization')];
    assert.deepEqual(showSpans(text, withProtectedAreas(text, spans)), ['organization:Rangers Patrol Kruger National Park']);
  });

  it('needs two words of protected land after a name', () => {
    assert.equal(isProtectedAreaName('Pine Ridge Indian Reservation'), true);
    assert.equal(isProtectedAreaName('National Park'), false);
    assert.equal(isProtectedAreaName('Northern Territory'), false);
  });

  it('puts in a bridge of three words beside the stadium the model found', () => {
    const text = 'Fans left the Unity and Solidarity Stadium for the Lao-Myanmar Friendship Bridge.';
    const spans = [spanAt(text, 'Solidarity Stadium', 'place')];
    assert.deepEqual(showSpans(text, withProtectedAreas(text, spans)), ['place:Solidarity Stadium', 'place:Lao-Myanmar Friendship Bridge']);
  });

  it('reads a stadium named after two ideals whole in the whole chain', () => {
    const text = 'Fans left the Unity and Solidarity Stadium for the Lao-Myanmar Friendship Bridge.';
    assert.deepEqual(showSpans(text, tagger.find(text, [{ start: 0, end: text.length }])), ['place:Unity and Solidarity Stadium', 'place:Lao-Myanmar Friendship Bridge']);
  });

  it('leaves a person named Bridge and a list of two names before a stadium', () => {
    const text = 'Wayne Bridge played between Bristol and Ashton Gate Stadium.';
    const spans = withProtectedAreas(text, [spanAt(text, 'Wayne Bridge', 'person'), spanAt(text, 'Bristol', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['person:Wayne Bridge', 'place:Bristol', 'place:Ashton Gate Stadium']);
  });
});
