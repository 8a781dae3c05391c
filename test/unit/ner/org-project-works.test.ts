import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withoutProjectWorks } from '../../../src/core/ner/org-project-works';

describe('projects and pipelines named as works', () => {
  it('drops a project, a pipeline system and its short form in brackets as organisations', () => {
    const text = 'Flows in the Northern Canal Project fell. The Andean Gas Pipeline System (AGPS) was shut, and crews reached the AGPS on Monday. The Andean Gas Board said so.';
    const spans = [spanAt(text, 'Northern Canal Project', 'organization'), spanAt(text, 'Andean Gas Pipeline System', 'organization'), spanAt(text, 'AGPS', 'organization'), spanAt(text, 'AGPS', 'organization', 1), spanAt(text, 'Andean Gas Board', 'organization')];
    assert.deepEqual(showSpans(text, withoutProjectWorks(text, spans)), ['organization:Andean Gas Board']);
  });

  it('drops the bracketed short form of a pipeline the model left unnamed but keeps the company named after it', () => {
    const text = 'The Coastal Crude Pipeline (CCP) stopped. CCP Peru, which runs it, said a CCP engineer was there.';
    const spans = [spanAt(text, 'CCP', 'organization'), spanAt(text, 'CCP Peru', 'organization'), spanAt(text, 'CCP', 'organization', 2)];
    assert.deepEqual(showSpans(text, withoutProjectWorks(text, spans)), ['organization:CCP Peru', 'organization:CCP']);
  });

  it('keeps a project that acts as a body, also after a clause between commas', () => {
    const text = 'The Upper Basin Project, which carries water to three towns, warned farmers of cuts.';
    const spans = [spanAt(text, 'Upper Basin Project', 'organization')];
    assert.deepEqual(showSpans(text, withoutProjectWorks(text, spans)), ['organization:Upper Basin Project']);
  });

  it('leaves texts without a work head, places and people alone', () => {
    const text = 'Project Lead Ana Ruiz visited Pipeline Road.\r\n';
    const spans = [spanAt(text, 'Ana Ruiz', 'person'), spanAt(text, 'Pipeline Road', 'place')];
    assert.deepEqual(showSpans(text, withoutProjectWorks(text, spans)), ['person:Ana Ruiz', 'place:Pipeline Road']);
    assert.deepEqual(withoutProjectWorks('', []), []);
  });
});
