import * as assert from 'node:assert/strict';
import { withPortBodies } from '../../../src/core/ner/org-port-bodies';
import { showSpans, spanAt } from '../helpers/spans';

const listed = (name: string) => name === 'Port of Spain';

describe('ports and the bodies that run them', () => {
  it('reads a bare "Port of ..." as the port authority and "the Port of ..." as the port', () => {
    const text = 'Port of Rotterdam signed a deal with Delfzijl to expand the Port of Eemshaven by 2030.';
    const spans = [spanAt(text, 'Rotterdam', 'place'), spanAt(text, 'Delfzijl', 'place')];
    assert.deepEqual(showSpans(text, withPortBodies(text, spans, listed)), ['organization:Port of Rotterdam', 'place:Delfzijl', 'place:Port of Eemshaven']);
  });

  it('makes a port name ending in a company or authority word an organisation, whole', () => {
    const text = 'The Port of Tema Company and the Port of Walvis Bay Authority said ships in Port of Lomé waited.';
    const spans = [spanAt(text, 'Tema Company', 'organization'), spanAt(text, 'Walvis Bay', 'place')];
    assert.deepEqual(showSpans(text, withPortBodies(text, spans, listed)), ['organization:Port of Tema Company', 'organization:Port of Walvis Bay Authority', 'place:Port of Lomé']);
  });

  it('reads a consortium named "Consortium of ..." as an organisation over a place the model found', () => {
    const text = 'a venture with the Consortium of Ghent Port, agreed in Ghent.';
    const spans = [spanAt(text, 'Ghent Port', 'place'), spanAt(text, 'Ghent', 'place', 1)];
    assert.deepEqual(showSpans(text, withPortBodies(text, spans, listed)), ['organization:Consortium of Ghent Port', 'place:Ghent']);
  });

  it('leaves a listed city named "Port of ..." and a port body after a contact title', () => {
    const text = 'Port of Spain hosted it.\nPress Officer, Port of Felixstowe\nTel: 123';
    const spans = [spanAt(text, 'Port of Spain', 'place')];
    assert.deepEqual(showSpans(text, withPortBodies(text, spans, listed)), ['place:Port of Spain', 'organization:Port of Felixstowe']);
  });

  it('leaves texts without such names, and handles CRLF and emoji', () => {
    const text = 'Newport of old 🚢\r\nThe port of call was Dover.';
    const spans = [spanAt(text, 'Dover', 'place')];
    assert.deepEqual(withPortBodies(text, spans, listed), spans);
    assert.deepEqual(withPortBodies('', [], listed), []);
  });
});
