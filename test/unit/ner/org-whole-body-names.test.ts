import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withWholeBodyNames } from '../../../src/core/ner/org-whole-body-names';

const noPlace = () => false;

describe("bodies' names mended whole after the other readings", () => {
  it('joins an academy\'s institute and its academy into one name, and leaves a ministry after a service apart', () => {
    const text = 'The Institute of Botany of the Slovak Academy of Sciences and the Forest Service of the Ministry of Agriculture agreed.';
    const spans = [spanAt(text, 'Institute of Botany', 'organization'), spanAt(text, 'Slovak Academy of Sciences', 'organization'), spanAt(text, 'Forest Service', 'organization'), spanAt(text, 'Ministry of Agriculture', 'organization')];
    assert.deepEqual(showSpans(text, withWholeBodyNames(text, spans, noPlace)), ['organization:Institute of Botany of the Slovak Academy of Sciences', 'organization:Forest Service', 'organization:Ministry of Agriculture']);
  });

  it("puts a nation's word back at the start of a federation's name", () => {
    const text = 'The Estonian Chess Federation will name its team. The French club agreed.';
    const spans = [spanAt(text, 'Chess Federation', 'organization')];
    assert.deepEqual(showSpans(text, withWholeBodyNames(text, spans, noPlace)), ['organization:Estonian Chess Federation']);
  });

  it('joins a chamber to the country it serves and types its bracketed short name at every mention', () => {
    const text = 'The Chamber of Commerce of Montenegro (PKCG) said prices rose. A PKCG official agreed.';
    const spans = [spanAt(text, 'Chamber of Commerce', 'organization'), spanAt(text, 'Montenegro', 'place'), spanAt(text, 'PKCG', 'person', 1)];
    assert.deepEqual(showSpans(text, withWholeBodyNames(text, spans, noPlace)), ['organization:Chamber of Commerce of Montenegro', 'organization:PKCG', 'organization:PKCG']);
  });

  it('joins a confederation to "of the" and a region when a short name follows in brackets', () => {
    const text = 'The Federation of Farmers of the Northern Andes (FEFANA) marched.';
    const spans = [spanAt(text, 'Federation of Farmers', 'organization'), spanAt(text, 'Northern Andes', 'organization')];
    assert.deepEqual(showSpans(text, withWholeBodyNames(text, spans, noPlace)), ['organization:Federation of Farmers of the Northern Andes', 'organization:FEFANA']);
  });

  it('leaves a unit of a body and the body after "of the" apart', () => {
    const text = 'The Research Centre of the Regional Commission for Rivers (RCR) said.';
    const spans = [spanAt(text, 'Research Centre', 'organization'), spanAt(text, 'Regional Commission for Rivers', 'organization')];
    assert.deepEqual(showSpans(text, withWholeBodyNames(text, spans, noPlace)).slice(0, 2), ['organization:Research Centre', 'organization:Regional Commission for Rivers']);
  });

  it("takes in a unit's word left before the field the model read as the name", () => {
    const text = "The Ministry of Health's Sector for Disease Control said. The Sector for";
    const spans = [spanAt(text, 'Ministry of Health', 'organization'), spanAt(text, 'Disease Control', 'organization')];
    assert.deepEqual(showSpans(text, withWholeBodyNames(text, spans, noPlace)), ['organization:Ministry of Health', 'organization:Sector for Disease Control']);
  });

  it('finds a forum named after a place, and a long name defined in brackets at its other mentions', () => {
    const text = 'An economist at the Oman Policy Forum said so. Rail Infrastructure Kent says more. Rail Infrastructure Kent (RIK) runs the line.';
    const spans = [spanAt(text, 'Oman', 'place'), spanAt(text, 'Kent', 'place'), spanAt(text, 'Rail Infrastructure Kent', 'organization', 1)];
    assert.deepEqual(showSpans(text, withWholeBodyNames(text, spans, noPlace)), ['organization:Oman Policy Forum', 'organization:Rail Infrastructure Kent', 'organization:Rail Infrastructure Kent', 'organization:RIK']);
  });

  it('finds a forum named after a place at the start of a sentence, before a title', () => {
    const text = 'Talks ended. The Baltic Sea Forum chair said more would follow.';
    const spans = [spanAt(text, 'Baltic Sea', 'place')];
    assert.deepEqual(showSpans(text, withWholeBodyNames(text, spans, noPlace)), ['organization:Baltic Sea Forum']);
  });

  it('takes in the "Isle of" before a council named after an island', () => {
    const text = 'The Isle of Wight Council said the ferry would run.';
    const spans = [spanAt(text, 'Wight Council', 'organization')];
    assert.deepEqual(showSpans(text, withWholeBodyNames(text, spans, noPlace)), ['organization:Isle of Wight Council']);
  });

  it("leaves a person's name after a body, a listed place in brackets and a nationality before a company alone", () => {
    const text = 'The Board of Trustees of Maria Lopez met. The Bank of Scotland (UK) lent. The British Vodafone Group grew.';
    const spans = [spanAt(text, 'Board of Trustees', 'organization'), spanAt(text, 'Maria Lopez', 'person'), spanAt(text, 'Bank of Scotland', 'organization'), spanAt(text, 'Vodafone Group', 'organization')];
    const isPlace = (name: string) => name === 'UK';
    assert.deepEqual(showSpans(text, withWholeBodyNames(text, spans, isPlace)), ['organization:Board of Trustees', 'person:Maria Lopez', 'organization:Bank of Scotland', 'organization:Vodafone Group']);
  });

  it('returns the spans as they are in an empty text or one with CRLF', () => {
    assert.deepEqual(withWholeBodyNames('', [], noPlace), []);
    const text = 'Plain news.\r\nThe Union said.';
    const spans = [spanAt(text, 'Union', 'organization')];
    assert.deepEqual(withWholeBodyNames(text, spans, noPlace), spans);
  });
});
