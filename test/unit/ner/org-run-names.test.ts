import * as assert from 'node:assert/strict';
import { withOrganisationRuns } from '../../../src/core/ner/org-run-names';
import { showSpans, spanAt } from '../helpers/spans';

const noPlace = () => false;

describe('organisations the model found a part of, read whole', () => {
  it('takes the whole party name after "of" or "of the" ("of Harbour Voice", "of the Neo Liberals")', () => {
    const text = 'Wendy Ho of Harbour Voice and Sam Lee of the Neo Liberals won seats.';
    const spans = [spanAt(text, 'Wendy Ho', 'person'), spanAt(text, 'Harbour', 'organization'), spanAt(text, 'Sam Lee', 'person'), spanAt(text, 'Liberals', 'organization')];
    assert.deepEqual(showSpans(text, withOrganisationRuns(text, spans, noPlace)), ['person:Wendy Ho', 'organization:Harbour Voice', 'person:Sam Lee', 'organization:Neo Liberals']);
  });

  it('joins a party’s name over the possessive inside it ("of Free People\'s Party")', () => {
    const text = "Ann Yip of Free People's Party lost.";
    const spans = [spanAt(text, 'Ann Yip', 'person'), spanAt(text, 'People', 'organization'), spanAt(text, 'Party', 'organization')];
    assert.deepEqual(showSpans(text, withOrganisationRuns(text, spans, noPlace)), ['person:Ann Yip', "organization:Free People's Party"]);
  });

  it('reads a title with "and" inside after a capital "The" in a sentence ("of The Herald and Times")', () => {
    const text = 'Jo Marsh of The Herald and Times wrote it.';
    const spans = [spanAt(text, 'Jo Marsh', 'person'), spanAt(text, 'Herald', 'organization')];
    assert.deepEqual(showSpans(text, withOrganisationRuns(text, spans, noPlace)), ['person:Jo Marsh', 'organization:Herald and Times']);
  });

  it('takes in the capitalised words between "the" and a name of several words the model cut', () => {
    const text = 'The Clear Water Harbour Trust met. Later the Old Mill Rowing Club agreed.';
    const spans = [spanAt(text, 'Harbour Trust', 'organization'), spanAt(text, 'Rowing Club', 'organization')];
    assert.deepEqual(showSpans(text, withOrganisationRuns(text, spans, noPlace)), ['organization:Clear Water Harbour Trust', 'organization:Old Mill Rowing Club']);
  });

  it('leaves out a title, a nationality word or a place between "the" and the name, and a one-word name', () => {
    const text = 'Then the Russian Defence Ministry, the Dover Port Authority and the Blue Rovers met.';
    const spans = [spanAt(text, 'Defence Ministry', 'organization'), spanAt(text, 'Port Authority', 'organization'), spanAt(text, 'Rovers', 'organization')];
    assert.deepEqual(withOrganisationRuns(text, spans, (name) => name === 'Dover'), spans);
  });

  it('leaves a name alone without "of" before it, beside another name, before a place, or going on', () => {
    const text = 'Harbour Voice said so. Ed Roe of Harbour Ann Lee said. He joined the chief of Interpol Kenya, then Tom of Ace Big Red Team.';
    const spans = [
      spanAt(text, 'Harbour', 'organization'),
      spanAt(text, 'Ed Roe', 'person'),
      spanAt(text, 'Harbour', 'organization', 1),
      spanAt(text, 'Ann Lee', 'person'),
      spanAt(text, 'Interpol', 'organization'),
      spanAt(text, 'Kenya', 'place'),
      spanAt(text, 'Tom', 'person'),
      spanAt(text, 'Ace', 'organization'),
    ];
    assert.deepEqual(withOrganisationRuns(text, spans, (name) => name === 'Kenya'), spans);
  });

  it('keeps all-capital names next to each other apart ("of NPP DAB")', () => {
    const text = 'Tim Ko of NPP DAB spoke.';
    const spans = [spanAt(text, 'Tim Ko', 'person'), spanAt(text, 'NPP', 'organization'), spanAt(text, 'DAB', 'organization')];
    assert.deepEqual(withOrganisationRuns(text, spans, noPlace), spans);
    assert.deepEqual(withOrganisationRuns('', [], noPlace), []);
  });

  it('adds no word after a name that stands alone elsewhere ("of Acme Online"), and none over a describing word ("Vale-based")', () => {
    const text = 'Acme said so. Access to the gas segment of Acme Online was cut. Ed Roe of the Vale-based Harbour Voice spoke.';
    const spans = [spanAt(text, 'Acme', 'organization'), spanAt(text, 'Acme', 'organization', 1), spanAt(text, 'Ed Roe', 'person'), spanAt(text, 'Harbour', 'organization')];
    assert.deepEqual(showSpans(text, withOrganisationRuns(text, spans, noPlace)), ['organization:Acme', 'organization:Acme', 'person:Ed Roe', 'organization:Harbour']);
  });
});
