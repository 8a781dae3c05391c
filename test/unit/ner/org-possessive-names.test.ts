import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withMembersOrganisations } from '../../../src/core/ner/org-possessive-names';

describe('organisations named for their members', () => {
  it("makes capitalised words, a plural possessive and an organisation's word one organisation, over the spans inside", () => {
    const text = "The chair of the Northern Mayors' Forum met the National Teachers’ Union.";
    const spans = withMembersOrganisations(text, [spanAt(text, 'Northern Mayors', 'person'), spanAt(text, 'National Teachers', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ["organization:Northern Mayors' Forum", 'organization:National Teachers’ Union']);
  });

  it('leaves plural possessives in lower case and those before other words', () => {
    const text = "The players' union and the Farmers' Market reopened. Governors' pay rose.";
    assert.deepEqual(showSpans(text, withMembersOrganisations(text, [])), []);
  });

  it('leaves a span that reaches out of the name as it is', () => {
    const text = "The Western Ranchers' Association Hall opened.";
    const spans = [spanAt(text, "Western Ranchers' Association Hall", 'place')];
    assert.deepEqual(showSpans(text, withMembersOrganisations(text, spans)), ["place:Western Ranchers' Association Hall"]);
  });
});
