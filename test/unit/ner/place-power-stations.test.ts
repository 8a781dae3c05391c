import * as assert from 'node:assert/strict';
import { withPowerStations } from '../../../src/core/ner/place-power-stations';
import { showSpans, spanAt } from '../helpers/spans';

const listType = (name: string) => (name === 'Toyota' ? ('organization' as const) : null);

describe('places that name power stations, dams and substations', () => {
  it('makes the name before a power station a place, with its other mentions and a short name given to the plant', () => {
    const text = 'Power from the Burshtyn power station fell. The old Burshtyn plant, also known as BTPP, may close; the grid relied on Burshtyn for peaks.';
    const spans = [spanAt(text, 'Burshtyn', 'organization'), spanAt(text, 'Burshtyn', 'organization', 1), spanAt(text, 'BTPP', 'organization'), spanAt(text, 'Burshtyn', 'person', 2)];
    assert.deepEqual(showSpans(text, withPowerStations(text, spans, listType)), ['place:Burshtyn', 'place:Burshtyn', 'place:BTPP', 'place:Burshtyn']);
  });

  it('finds a missed one-word name before "hydroelectric", numbered or not, with its mentions and numbered siblings', () => {
    const text = 'Work on Ralung-II ends. The 700 MW Ralung-II hydroelectric plant joins the grid; Ralung-I, upstream, waits.\nHydropower exports rose, and the Dorokha hydropower plant opened.';
    assert.deepEqual(showSpans(text, withPowerStations(text, [], listType)), ['place:Ralung-II', 'place:Ralung-II', 'place:Ralung-I', 'place:Dorokha']);
  });

  it('drops a unit of power read as a name and cuts it off a plant\'s name', () => {
    const text = 'The 720 MW Ralung-II hydroelectric plant adds 720 MW to the grid.';
    const spans = [spanAt(text, 'MW Ralung-II', 'organization'), spanAt(text, 'MW', 'organization', 1)];
    assert.deepEqual(showSpans(text, withPowerStations(text, spans, listType)), ['place:Ralung-II']);
  });

  it('passes over a sentence\'s first word and a name already found before a hydro word', () => {
    const text = 'New hydroelectric plants are planned. Statkraft hydropower output rose.';
    const spans = [spanAt(text, 'Statkraft', 'organization')];
    assert.deepEqual(showSpans(text, withPowerStations(text, spans, listType)), ['organization:Statkraft']);
  });

  it('reads a dam and a substation as such words too', () => {
    const text = 'Water left the Inga dam for the Kolwezi substation.';
    const spans = [spanAt(text, 'Inga', 'organization'), spanAt(text, 'Kolwezi', 'person')];
    assert.deepEqual(showSpans(text, withPowerStations(text, spans, listType)), ['place:Inga', 'place:Kolwezi']);
  });

  it('leaves listed companies, initials and a plant without a power station named', () => {
    const text = 'The Toyota power plant, the BMW power station and the Acme plant reopened.';
    const spans = [spanAt(text, 'Toyota', 'organization'), spanAt(text, 'BMW', 'organization'), spanAt(text, 'Acme', 'organization')];
    assert.deepEqual(showSpans(text, withPowerStations(text, spans, listType)), ['organization:Toyota', 'organization:BMW', 'organization:Acme']);
  });

  it('makes a name the model took for a person’s a place before "plant" alone, unless the article shows the person', () => {
    const text = 'Crews shut Tarfaya and Jorf Lasfar plants. The Tarfaya plant restarted. Mr Benali runs the Benali plant; Benali said so.';
    const spans = [spanAt(text, 'Tarfaya', 'person'), spanAt(text, 'Jorf Lasfar', 'person'), spanAt(text, 'Tarfaya', 'person', 1), spanAt(text, 'Benali', 'person'), spanAt(text, 'Benali', 'person', 1), spanAt(text, 'Benali', 'person', 2)];
    assert.deepEqual(showSpans(text, withPowerStations(text, spans, listType)), ['place:Tarfaya', 'place:Jorf Lasfar', 'place:Tarfaya', 'person:Benali', 'person:Benali', 'person:Benali']);
  });

  it('reads a hydroelectric or nuclear plant as a power station', () => {
    const text = 'The Kandadji hydroelectric plant opened; Kandadji supplies Niamey.';
    const spans = [spanAt(text, 'Kandadji', 'organization'), spanAt(text, 'Kandadji', 'organization', 1), spanAt(text, 'Niamey', 'place')];
    assert.deepEqual(showSpans(text, withPowerStations(text, spans, listType)), ['place:Kandadji', 'place:Kandadji', 'place:Niamey']);
  });
});
