import * as assert from 'node:assert/strict';
import { showSpans, spanAt } from '../helpers/spans';
import { withGroupCompanies } from '../../../src/core/ner/org-company-groups';

describe("a group's letters and the words after them", () => {
  it('makes the letters and capitalised trade words one company, over the spans the model cut', () => {
    const text = 'Shares of KT Power Systems rose, while KT Chem fell and JN Vorlan gained.';
    const spans = withGroupCompanies(text, [spanAt(text, 'KT', 'organization'), spanAt(text, 'Power', 'organization'), spanAt(text, 'KT', 'organization', 1), spanAt(text, 'JN', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:KT Power Systems', 'organization:KT Chem', 'organization:JN Vorlan']);
  });

  it('takes a short function word that ends the name before a comma or "and"', () => {
    const text = 'Rivals DK On, a unit of DK Innovation, and DK On and others agreed. DK In a statement said no.';
    const spans = withGroupCompanies(text, [spanAt(text, 'DK', 'place'), spanAt(text, 'DK', 'place', 1), spanAt(text, 'DK', 'place', 2), spanAt(text, 'DK', 'organization', 3)]);
    assert.deepEqual(showSpans(text, spans), ['organization:DK On', 'organization:DK Innovation', 'organization:DK On', 'organization:DK']);
  });

  it('joins letters no span holds to the name after them, unless that is a well-known place', () => {
    const text = 'A poll by RTC Marlow showed a lead, AFP Paris said.';
    const spans = withGroupCompanies(text, [spanAt(text, 'Marlow', 'place'), spanAt(text, 'AFP', 'organization'), spanAt(text, 'Paris', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:RTC Marlow', 'organization:AFP', 'place:Paris']);
  });

  it('leaves "NGO" before a name apart: it says what the body is', () => {
    const text = 'The Dutch NGO Riverkeep filed the complaint.';
    const spans = [spanAt(text, 'Riverkeep', 'organization')];
    assert.deepEqual(showSpans(text, withGroupCompanies(text, spans)), ['organization:Riverkeep']);
  });

  it("leaves country and job letters, titles, people's names, events, laws, regional offices and title-case headlines", () => {
    const text = [
      'The US Army and UK Midlands were cited, CEO Tamsin Vorle said.',
      'The IMF Managing Director spoke, as did JD Vance at the FIFA World Cup and the IHF Champions League.',
      'A BJP Lok Sabha MP and a GOP Senate candidate watched the NFL Draft under the MACC Act.',
      'OCD Tandra director Rosa Uy spoke of aid sent to Tandra.',
      'Tacoma Shares Jump 14% as AI Data Orders Lift',
    ].join('\n');
    const spans = [spanAt(text, 'US', 'place'), spanAt(text, 'UK', 'place'), spanAt(text, 'Tamsin Vorle', 'person'), spanAt(text, 'IMF', 'organization'), spanAt(text, 'JD Vance', 'person'), spanAt(text, 'FIFA', 'organization'), spanAt(text, 'IHF', 'organization'), spanAt(text, 'BJP', 'organization'), spanAt(text, 'GOP', 'organization'), spanAt(text, 'NFL', 'organization'), spanAt(text, 'MACC', 'organization'), spanAt(text, 'OCD', 'organization'), spanAt(text, 'Rosa Uy', 'person'), spanAt(text, 'Tandra', 'place', 1), spanAt(text, 'AI', 'organization')];
    assert.deepEqual(showSpans(text, withGroupCompanies(text, spans)), showSpans(text, spans));
  });
});
