import * as assert from 'node:assert/strict';
import { withRiversOnWorks } from '../../../src/core/ner/place-on-rivers';
import { showSpans, spanAt } from '../helpers/spans';

const isListedOrganisation = (name: string) => name === 'Rosatom';

describe('rivers named by the works that stand on them', () => {
  it('makes the name after "dam on the" or "weir on the" a place, in its other mentions too, and adds one the model missed', () => {
    const text = 'Water from the Mondego falls. The old weir on the Mondego, near Coimbra, leaks, and the Kandadji dam on the Niger is late.';
    const spans = [spanAt(text, 'Mondego', 'organization'), spanAt(text, 'Mondego', 'person', 1), spanAt(text, 'Coimbra', 'place'), spanAt(text, 'Kandadji', 'place')];
    assert.deepEqual(showSpans(text, withRiversOnWorks(text, spans, isListedOrganisation)), ['place:Mondego', 'place:Mondego', 'place:Coimbra', 'place:Kandadji', 'place:Niger']);
  });

  it('reads "on the" twice in a row and a river at the text\'s end, and no capital after a lower-case word', () => {
    const text = 'A bridge on the on the Tagus, a town on the the Douro, and a lock on the Zêzere';
    assert.deepEqual(showSpans(text, withRiversOnWorks(text, [], isListedOrganisation)), ['place:Zêzere']);
    const twice = 'The weir on the Lima is old; a ferry on the Minho sank.';
    assert.deepEqual(showSpans(twice, withRiversOnWorks(twice, [], isListedOrganisation)), ['place:Lima', 'place:Minho']);
  });

  it('leaves a listed body, a person named in full, a longer name and a name without a work before "on the" alone', () => {
    const text = 'A plant on the Rosatom site. Ana Tejo spoke; the bridge on the Tejo, built by Tejo Group. The vote on the Budget failed.';
    const spans = [spanAt(text, 'Rosatom', 'organization'), spanAt(text, 'Ana Tejo', 'person'), spanAt(text, 'Tejo', 'person', 1), spanAt(text, 'Tejo Group', 'organization'), spanAt(text, 'Budget', 'organization')];
    assert.deepEqual(showSpans(text, withRiversOnWorks(text, spans, isListedOrganisation)), ['organization:Rosatom', 'person:Ana Tejo', 'person:Tejo', 'organization:Tejo Group', 'organization:Budget']);
  });
});
