import * as assert from 'node:assert/strict';
import { withWholeCellNames } from '../../../src/core/ner/org-table-cells';
import { showSpans, spanAt } from '../helpers/spans';

describe('organisations cut inside a table cell', () => {
  it("takes the capitalised words before an organisation's head word into the cell's name, with the spans found there", () => {
    const text = '| Rank | Club |\n|---|---|\n| 1 | Westbay Rowing Club | Leith |\n| 2 | Ara Tōtara Sailing Club | Nelson |';
    const spans = [spanAt(text, 'Rowing Club', 'organization'), spanAt(text, 'Leith', 'place'), spanAt(text, 'Ara', 'person'), spanAt(text, 'Tōtara Sailing Club', 'organization'), spanAt(text, 'Nelson', 'place')];
    assert.deepEqual(showSpans(text, withWholeCellNames(text, spans)), ['organization:Westbay Rowing Club', 'place:Leith', 'organization:Ara Tōtara Sailing Club', 'place:Nelson']);
  });

  it('leaves names outside tables, names not ending their cell, people and function words alone', () => {
    const text = 'Members of Westbay Rowing Club met.\n| 1 | Westbay Rowing Club team | Leith |\n| 2 | The Sailing Club | Dan Ross |';
    const spans = [spanAt(text, 'Rowing Club', 'organization'), spanAt(text, 'Rowing Club', 'organization', 1), spanAt(text, 'Sailing Club', 'organization'), spanAt(text, 'Ross', 'person')];
    assert.deepEqual(showSpans(text, withWholeCellNames(text, spans)), showSpans(text, spans));
  });

  it('reads the "From" and "To" columns of a transfers table as clubs, but no loan or free agent, and no travel table', () => {
    const text = '| Player | From | To | Fee |\n|---|---|---|---|\n| Ana Ruiz | Kolding | Port Vale | £2m |\n| Ben Oyelaran | Free agent | Mirren Hill | Free |\n\n| From | To | Time |\n|---|---|---|\n| Kolding | Aarhus | 9:00 |';
    const spans = [spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Kolding', 'place'), spanAt(text, 'Port Vale', 'place'), spanAt(text, 'Ben Oyelaran', 'person'), spanAt(text, 'Mirren Hill', 'person'), spanAt(text, 'Kolding', 'place', 1), spanAt(text, 'Aarhus', 'place')];
    assert.deepEqual(showSpans(text, withWholeCellNames(text, spans)), ['person:Ana Ruiz', 'organization:Kolding', 'organization:Port Vale', 'person:Ben Oyelaran', 'organization:Mirren Hill', 'place:Kolding', 'place:Aarhus']);
  });

  it('reads every cell of a column headed "Party" or "Club" as an organisation, and no other column', () => {
    const text = 'Results:\n\n| Party | Seats | Leader |\n|---|---|---|\n| United Norland | 12 | Ana Ruiz |\n| For a Free Lorsa | 3 | Ben Oyelaran |\n| 12 | 4 | Dan Ross |';
    const spans = [spanAt(text, 'Norland', 'place'), spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Lorsa', 'place'), spanAt(text, 'Ben Oyelaran', 'person'), spanAt(text, 'Dan Ross', 'person')];
    assert.deepEqual(showSpans(text, withWholeCellNames(text, spans)), ['organization:United Norland', 'person:Ana Ruiz', 'organization:For a Free Lorsa', 'person:Ben Oyelaran', 'person:Dan Ross']);
  });

  it('makes a person in a cell of a column headed "Home" a place, and leaves the people of other columns', () => {
    const text = '| Pos | Rider | Home |\n|---|---|---|\n| 1 | Ana Ruiz | Porto-Vello, Tarsia |\n| 2 | Dan Ross | Lemsford |';
    const spans = [spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Porto-Vello', 'person'), spanAt(text, 'Tarsia', 'place'), spanAt(text, 'Dan Ross', 'person'), spanAt(text, 'Lemsford', 'person')];
    assert.deepEqual(showSpans(text, withWholeCellNames(text, spans)), ['person:Ana Ruiz', 'place:Porto-Vello', 'place:Tarsia', 'person:Dan Ross', 'place:Lemsford']);
  });

  it('reads each cell of a column headed "Ward" as one whole place, but not its header, a title or a vote', () => {
    const text = '| Councillor | Ward | Vote |\n|---|---|---|\n| Ana Ruiz | Mayor | Yes |\n| Dan Ross | Harriet Okoro | No |\n| Ben Lyle | North Kelby-Ashdown | Yes |\n| Eve Marr | Point Vance | Yes |';
    const spans = [spanAt(text, 'Ward', 'person'), spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Dan Ross', 'person'), spanAt(text, 'Harriet Okoro', 'person'), spanAt(text, 'Ben Lyle', 'person'), spanAt(text, 'Kelby-Ashdown', 'place'), spanAt(text, 'Eve Marr', 'person'), spanAt(text, 'Vance', 'place')];
    assert.deepEqual(showSpans(text, withWholeCellNames(text, spans)), ['person:Ana Ruiz', 'person:Dan Ross', 'place:Harriet Okoro', 'person:Ben Lyle', 'place:North Kelby-Ashdown', 'person:Eve Marr', 'place:Point Vance']);
  });
});
