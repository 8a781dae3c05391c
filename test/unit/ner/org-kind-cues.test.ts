import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withoutPartyLeads } from '../../../src/core/ner/org-party-leads';
import { withThinkTanks } from '../../../src/core/ner/org-think-tanks';
import { withAgencyCredits } from '../../../src/core/ner/org-agency-credits';
import { withElidedEnds } from '../../../src/core/ner/elided-ends';
import { withUnitsOfBodies } from '../../../src/core/ner/org-unit-of-bodies';
import { withGerundNames } from '../../../src/core/ner/org-gerund-names';

describe("a party's standing before its name", () => {
  it('cuts "opposition", "ruling" and the like off an organisation, and leaves other spans', () => {
    const text = 'The opposition Democratic Alliance and the ruling Unity Party met; the junior coalition Green League and opposition Tom spoke.';
    const spans = withoutPartyLeads(text, [spanAt(text, 'opposition Democratic Alliance', 'organization'), spanAt(text, 'ruling Unity Party', 'organization'), spanAt(text, 'junior coalition Green League', 'organization'), spanAt(text, 'opposition Tom', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Democratic Alliance', 'organization:Unity Party', 'organization:Green League', 'person:opposition Tom']);
  });
});

describe('think tanks named beside their kind', () => {
  it('finds the capitalised words before or after the kind', () => {
    const text = 'An analyst at the Policy-Lab think tank said so; the think tank Novak Forum, in Riga, agreed. Think tanks and Moldova think-tanks said no. The Riga Gap thinktank spoke.';
    const spans = withThinkTanks(text, [spanAt(text, 'Riga', 'place'), spanAt(text, 'Riga', 'place', 1)]);
    assert.deepEqual(showSpans(text, spans), ['organization:Policy-Lab', 'organization:Novak Forum', 'place:Riga', 'organization:Riga Gap']);
  });

  it('reads the kind only as a word of its own after a space, not inside a word nor after a quote', () => {
    const text = 'The Orla think tank met; a Vela rethink tank plan, the Bram "think tank" and Kora think tanker failed.';
    assert.deepEqual(showSpans(text, withThinkTanks(text, [])), ['organization:Orla']);
  });
});

describe('agencies that write their name in lower case', () => {
  it('finds the name alone, not in a section line nor a company name', () => {
    const text = 'dpa World | Europe\nBERLIN (dpa) - A report seen by dpa said so. © dpa-infocom, mail news@dpa.com';
    assert.deepEqual(showSpans(text, withAgencyCredits(text, [])), ['organization:dpa', 'organization:dpa']);
    assert.deepEqual(withAgencyCredits('', []), []);
  });
});

describe('organisations cut before an elision', () => {
  it('runs the name over the elided word', () => {
    const text = "The Bank of Côte d'Ivoire and the Council of Val d’Oise met. Paris d'Artagnan came.";
    const spans = withElidedEnds(text, [spanAt(text, 'Bank of Côte', 'organization'), spanAt(text, 'Council of Val', 'organization'), spanAt(text, 'Paris', 'person')]);
    assert.deepEqual(showSpans(text, spans), ["organization:Bank of Côte d'Ivoire", 'organization:Council of Val d’Oise', 'person:Paris']);
  });
});

describe("a unit named with its body", () => {
  it('cuts the unit from the body whose initials follow, and keeps a name the initials stand for whole', () => {
    const text = 'The Data Analysis Centre of the Regional Commission for River Basins (RCRB) and the Court of Justice of the Andean Community (CJAC) ruled.';
    const spans = withUnitsOfBodies(text, [spanAt(text, 'Data Analysis Centre of the Regional Commission for River Basins', 'organization'), spanAt(text, 'RCRB', 'organization'), spanAt(text, 'Court of Justice of the Andean Community', 'organization'), spanAt(text, 'CJAC', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Data Analysis Centre', 'organization:Regional Commission for River Basins', 'organization:RCRB', 'organization:Court of Justice of the Andean Community', 'organization:CJAC']);
  });
});

describe('bodies named for what they do', () => {
  it('runs the name over a capitalised "-ing" verb after "for" and what it names', () => {
    const text = 'The Regional Fund for Restoring the Caspian Shore met, as did the Society for Protecting Old Mills. Voters for Leaving were few.';
    const spans = withGerundNames(text, [spanAt(text, 'Caspian Shore', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Regional Fund for Restoring the Caspian Shore', 'organization:Society for Protecting Old Mills']);
  });

  it('reads a text a second time with other spans, the bodies it added the first time left as they were', () => {
    const text = 'The Trust for Mapping Tidal Marshes said so.';
    const first = withGerundNames(text, []);
    assert.deepEqual(showSpans(text, first), ['organization:Trust for Mapping Tidal Marshes']);
    first[0].start += 4;
    assert.deepEqual(showSpans(text, withGerundNames(text, [spanAt(text, 'Tidal Marshes', 'place')])), ['organization:Trust for Mapping Tidal Marshes']);
  });

  it('reads " for " after the end of the last "for" and verb it read, not inside them', () => {
    const text = 'The Fund for Saving for Building Homes met; the League for Keeping\tfor Hiring Staff too.';
    assert.deepEqual(showSpans(text, withGerundNames(text, [])), []);
    const other = 'The Society for Protecting Old Mills and the Fund for Keeping for Building Homes met.';
    assert.deepEqual(showSpans(other, withGerundNames(other, [])), ['organization:Society for Protecting Old Mills']);
  });
});
