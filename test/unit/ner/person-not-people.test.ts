import * as assert from 'node:assert/strict';
import { withoutNonPeople } from '../../../src/core/ner/person-not-people';
import { showSpans, spanAt } from '../helpers/spans';

describe('spans read as people whose shape names something else', () => {
  it('makes a Persian or Urdu "-e-" name an organisation and a name led by a street word a place', () => {
    const text = 'Hizb-e-Wahdat marched down Calzada Independencia to meet Ana Ruiz.';
    const spans = [spanAt(text, 'Hizb-e-Wahdat', 'person'), spanAt(text, 'Calzada Independencia', 'person'), spanAt(text, 'Ana Ruiz', 'person')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['organization:Hizb-e-Wahdat', 'place:Calzada Independencia', 'person:Ana Ruiz']);
  });

  it('makes one word after "the" before a verb of speech a body, but keeps a family, a full name and a name with no "the"', () => {
    const text = 'The Quirinale said talks would resume. The Marlows said no, the Ana Ruiz said so, and Quirinale told us.';
    const spans = [spanAt(text, 'Quirinale', 'person'), spanAt(text, 'Marlows', 'person'), spanAt(text, 'Ana Ruiz', 'person'), { ...spanAt(text, 'Quirinale', 'person'), start: text.lastIndexOf('Quirinale'), end: text.lastIndexOf('Quirinale') + 9 }];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['organization:Quirinale', 'person:Marlows', 'person:Ana Ruiz', 'person:Quirinale']);
  });

  it('makes a name led by a utility word after capitals the company, and keeps a person after capitals', () => {
    const text = 'NOVA Gas Manitoba said supply was safe. MP Grace Power disagreed; Power Lee spoke.';
    const spans = [spanAt(text, 'Gas Manitoba', 'person'), spanAt(text, 'Grace Power', 'person'), spanAt(text, 'Power Lee', 'person')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['organization:NOVA Gas Manitoba', 'person:Grace Power', 'person:Power Lee']);
  });

  it('drops one word after a capitalised word and "du" outside any span, and keeps a name whose given name was found', () => {
    const text = 'The Rallye du Vercors starts today; Faf du Plessis will watch.';
    const spans = [spanAt(text, 'Vercors', 'person'), spanAt(text, 'Faf', 'person'), spanAt(text, 'Plessis', 'person')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['person:Faf', 'person:Plessis']);
  });

  it('makes a name in apposition to an organisation\'s name that organisation, with its other mentions', () => {
    const text = 'Funds came from Kivu, the Water Alliance, this year. Kivu said more would follow.';
    const spans = [spanAt(text, 'Kivu', 'person'), spanAt(text, 'Water Alliance', 'organization'), spanAt(text, 'Kivu', 'person', 1)];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['organization:Kivu, the Water Alliance', 'organization:Kivu']);
  });

  it('leaves people in apposition to a description in lower case or to a person', () => {
    const text = 'Ruiz, the union leader, met Lopez, the Party Chairman Gomez.';
    const spans = [spanAt(text, 'Ruiz', 'person'), spanAt(text, 'Lopez', 'person'), spanAt(text, 'Gomez', 'person')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['person:Ruiz', 'person:Lopez', 'person:Gomez']);
  });

  it('keeps a person whose apposition names the body they work for', () => {
    const text = 'Okoro, the Gates Foundation director, said so.';
    const spans = [spanAt(text, 'Okoro', 'person'), spanAt(text, 'Gates Foundation', 'organization')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['person:Okoro', 'organization:Gates Foundation']);
  });

  it('keeps a person whose name is joined by "-e-" but holds no body’s word', () => {
    const text = 'Noor-e-Hasan and Zill-e-Huma spoke.';
    const spans = [spanAt(text, 'Noor-e-Hasan', 'person'), spanAt(text, 'Zill-e-Huma', 'person')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['person:Noor-e-Hasan', 'person:Zill-e-Huma']);
  });

  it('keeps a person whose given name is also a street word needing a particle', () => {
    const text = 'Rue Alder walked down Rue du Bac and Jalan Merdeka.';
    const spans = [spanAt(text, 'Rue Alder', 'person'), spanAt(text, 'Rue du Bac', 'person'), spanAt(text, 'Jalan Merdeka', 'person')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['person:Rue Alder', 'place:Rue du Bac', 'place:Jalan Merdeka']);
  });

  it('drops a word of thanks in another language, and keeps a name holding one', () => {
    const text = '"Danke, Dresden!" she wrote. Ole Danke spoke.';
    const spans = [spanAt(text, 'Danke', 'person'), spanAt(text, 'Ole Danke', 'person')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['person:Ole Danke']);
  });

  it('drops a word of thanks from the one name it addresses', () => {
    const text = 'She posted: "Asante Wanjiru, merci Sierre! Hvala, Bled!" Asante Kotoko won.';
    const spans = [spanAt(text, 'Asante Wanjiru', 'person'), spanAt(text, 'Hvala', 'person'), spanAt(text, 'Asante Kotoko', 'organization')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['person:Wanjiru', 'organization:Asante Kotoko']);
  });

  it('keeps a surname after "du" and a capitalised word when a verb of speech follows it', () => {
    const text = 'Hendrik du Preez said no; the Critérium du Dauphiné began.';
    const spans = [spanAt(text, 'Preez', 'person'), spanAt(text, 'Dauphiné', 'person')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['person:Preez']);
  });

  it('makes a "person" led by "St" or "Saint" a place, but keeps a surname so written after a given name', () => {
    const text = 'Mains in St Ambrose and Saint Keld were laid, Dora St Clement said.';
    const spans = [spanAt(text, 'St Ambrose', 'person'), spanAt(text, 'Saint Keld', 'person'), spanAt(text, 'Dora St Clement', 'person')];
    assert.deepEqual(showSpans(text, withoutNonPeople(text, spans)), ['place:St Ambrose', 'place:Saint Keld', 'person:Dora St Clement']);
  });
});
