import * as assert from 'node:assert/strict';
import { withLegislatureWords, withPublicBodies } from '../../../src/core/ner/org-public-bodies';
import { showSpans, spanAt } from '../helpers/spans';

describe('public bodies', () => {
  it('adds a legislature named in its own language where nothing was found, and leaves a longer name', () => {
    const text = 'The Storting voted before the Sejm did; the Sejm Marshal spoke. Bundesrats are rare.';
    const spans = [spanAt(text, 'Sejm Marshal', 'person')];
    assert.deepEqual(showSpans(text, withLegislatureWords(text, spans)), ['organization:Storting', 'organization:Sejm', 'person:Sejm Marshal']);
  });

  it("finds Taiwan's Legislative Yuan, which the model misses, by its whole name", () => {
    const text = 'She chairs a committee of the Legislative Yuan in Taipei.';
    assert.deepEqual(showSpans(text, withLegislatureWords(text, [spanAt(text, 'Taipei', 'place')])), ['organization:Legislative Yuan', 'place:Taipei']);
  });

  it('takes a nation’s adjective into a federal body’s name, found or not', () => {
    const text = 'He will appeal to the Austrian Federal Administrative Court, and the Canadian Federal Police will testify.';
    const spans = [spanAt(text, 'Federal Administrative Court', 'organization')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['organization:Austrian Federal Administrative Court', 'organization:Canadian Federal Police']);
  });

  it('finds a federal force named alone after a possessive, "the" or nothing, but not after another capitalised word', () => {
    const text = "Chile's Federal Police raided it; the Federal Guard waited. Federal Police agents left. Kestrel Federal Police Union and the Federal Government did not.";
    assert.deepEqual(showSpans(text, withPublicBodies(text, [])), ['organization:Federal Police', 'organization:Federal Guard', 'organization:Federal Police']);
  });

  it('leaves "Federal" after a word that is no nation’s, and a federal phrase without an organisation word', () => {
    const text = 'The Kestrel Federal Credit union and the German Federal elections.';
    assert.deepEqual(showSpans(text, withPublicBodies(text, [])), []);
  });

  it('makes an office named after its holder one organisation, over the holder alone', () => {
    const text = 'The Ombudsman’s Office and the Attorney General\'s Office agreed; Maria Lopez\'s Office did not.';
    const spans = [spanAt(text, 'Ombudsman', 'organization'), spanAt(text, 'Maria Lopez', 'person')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['organization:Ombudsman’s Office', "organization:Attorney General's Office", 'person:Maria Lopez']);
  });

  it('makes "the Commons" an organisation, but not a longer name', () => {
    const text = 'She entered the Commons in 2019, and spoke at the Commons Select Committee.';
    assert.deepEqual(showSpans(text, withPublicBodies(text, [])), ['organization:Commons']);
  });

  it('makes "Keys" alone an organisation where the House of Keys is named, but not another place\'s "Keys" or a text without it', () => {
    const text = 'The House of Keys voted; two Keys members in the Florida Keys objected, and Keys Street closed.';
    assert.deepEqual(showSpans(text, withPublicBodies(text, [spanAt(text, 'House of Keys', 'organization')])), ['organization:House of Keys', 'organization:Keys']);
    const other = 'Two Keys members objected.';
    assert.deepEqual(showSpans(other, withPublicBodies(other, [])), []);
  });

  it('reads "the Commission" as the commission named in full before, and not otherwise', () => {
    const named = 'The Trade Commission met. The Commission said the Commission on Ports and the Commission President were not consulted.';
    const spans = [spanAt(named, 'Trade Commission', 'organization')];
    assert.deepEqual(showSpans(named, withPublicBodies(named, spans)), ['organization:Trade Commission', 'organization:Commission']);
    const unnamed = 'The Commission said no.';
    assert.deepEqual(showSpans(unnamed, withPublicBodies(unnamed, [])), []);
  });

  it('reads "the Corps" as the corps named in full before with its "of" name, but not a head named alone before "of"', () => {
    const text = 'The Royal Marine Corps of Signals met. The Corps said the Commission of Trade and the Commission agreed.';
    const spans = [spanAt(text, 'Royal Marine Corps of Signals', 'organization'), spanAt(text, 'Commission of Trade', 'organization')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['organization:Royal Marine Corps of Signals', 'organization:Corps', 'organization:Commission of Trade']);
  });

  it('reads a body\'s head at its own end when an "of" comes only after it or in a name outside it', () => {
    const text = 'The Harbour Authority met. The Authority said the mayor of Dunmore and the Board of Pilots agreed.';
    const spans = [spanAt(text, 'Harbour Authority', 'organization'), spanAt(text, 'Board of Pilots', 'organization')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['organization:Harbour Authority', 'organization:Authority', 'organization:Board of Pilots']);
  });

  it('takes a ministry’s other fields into its name over a field found apart, but not a list of names', () => {
    const text = 'The Ministry of Land, Water and Energy said so, as did the Society of Poets, and Lantern Guild Group.';
    const spans = [spanAt(text, 'Ministry of Land', 'organization'), spanAt(text, 'Energy', 'organization'), spanAt(text, 'Society of Poets', 'organization'), spanAt(text, 'Lantern Guild Group', 'organization')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['organization:Ministry of Land, Water and Energy', 'organization:Society of Poets', 'organization:Lantern Guild Group']);
    const country = 'A deal between the Government of Lesotho and Anglo Gold was signed.';
    assert.deepEqual(showSpans(country, withPublicBodies(country, [spanAt(country, 'Government of Lesotho', 'organization')])), ['organization:Government of Lesotho']);
  });

  it('makes capitalised words ending in an organisation word before a member’s job and name a body', () => {
    const text = 'Gulf Monetary Fund director Amal Haddad and Lantern chief Ben Ito spoke.';
    const spans = [spanAt(text, 'Amal Haddad', 'person'), spanAt(text, 'Ben Ito', 'person')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['organization:Gulf Monetary Fund', 'person:Amal Haddad', 'person:Ben Ito']);
  });

  it('finds the body before a job when a style stands between the job and the name', () => {
    const text = 'Gulf Monetary Fund director Sheikha Mariam Al Hosani and Sahel Water Authority chairman Dr Idris Bello spoke.';
    const spans = [spanAt(text, 'Mariam Al Hosani', 'person'), spanAt(text, 'Idris Bello', 'person')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['organization:Gulf Monetary Fund', 'person:Mariam Al Hosani', 'organization:Sahel Water Authority', 'person:Idris Bello']);
  });

  it('makes capitalised words after "the" ending in a body’s word a body where nothing was found', () => {
    const text = 'The Special Fraud Unit will look into it, the Lowveld Water Board said, and the Summer Games Corporation agreed.';
    assert.deepEqual(showSpans(text, withPublicBodies(text, [])), ['organization:Special Fraud Unit', 'organization:Lowveld Water Board', 'organization:Summer Games Corporation']);
  });

  it('finds an administration or a bureau after "the", with two fields joined by "and"', () => {
    const text = 'The Seed and Grain Administration wrote to the Coastal Survey Bureau, not to Norland\'s Seed and Fish Agency.';
    assert.deepEqual(showSpans(text, withPublicBodies(text, [])), ['organization:Seed and Grain Administration', 'organization:Coastal Survey Bureau']);
  });

  it('leaves a body’s word that a name goes on after, and a name the model found there', () => {
    const text = 'The Lowveld Water Board of Directors met; the Coastal Unit Team left; the Kora Water Board agreed.';
    const spans = [spanAt(text, 'Kora', 'place')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['place:Kora']);
  });

  it('makes a museum a body where someone works at it, and leaves one things are taken to', () => {
    const text = 'Ana Cruz, a curator at the Harbour Sea Museum, said the boat would go to the Lakeside Rail Museum.';
    const spans = [spanAt(text, 'Ana Cruz', 'person')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['person:Ana Cruz', 'organization:Harbour Sea Museum']);
  });

  it('joins two fields the model cut at "and" into one body, unless the first is named alone elsewhere', () => {
    const joined = 'It reported to the Markets and Competition Authority.';
    const cut = [spanAt(joined, 'Markets', 'organization'), spanAt(joined, 'Competition Authority', 'organization')];
    assert.deepEqual(showSpans(joined, withPublicBodies(joined, cut)), ['organization:Markets and Competition Authority']);
    const apart = 'The Treasury said so. It reported to the Treasury and Revenue Service.';
    const spans = [spanAt(apart, 'Treasury', 'organization'), spanAt(apart, 'Treasury', 'organization', 1), spanAt(apart, 'Revenue Service', 'organization')];
    assert.deepEqual(showSpans(apart, withPublicBodies(apart, spans)), ['organization:Treasury', 'organization:Treasury', 'organization:Revenue Service']);
  });

  it('makes an auditor’s office of a country and a municipality with a name in lower case first bodies', () => {
    const text = 'The Auditor-General of Namibia and the uMhlathuze Municipality agreed.';
    const spans = [spanAt(text, 'Namibia', 'place')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['organization:Auditor-General of Namibia', 'organization:uMhlathuze Municipality']);
  });

  it('handles empty text, CRLF and emoji', () => {
    assert.deepEqual(withPublicBodies('', []), []);
    assert.deepEqual(withLegislatureWords('', []), []);
    const text = '🏛️ the Commons\r\nand the Knesset';
    assert.deepEqual(showSpans(text, withLegislatureWords(text, withPublicBodies(text, []))), ['organization:Commons', 'organization:Knesset']);
  });

  it('adds a legislature known by two words whose last alone is no name ("Lok Sabha", "Vidhan Sabha"), but not the word alone', () => {
    const text = 'She sat in the Lok Sabha, then in the Vidhan Sabha; Sabha is her village and Rada her surname.';
    assert.deepEqual(showSpans(text, withLegislatureWords(text, [])), ['organization:Lok Sabha', 'organization:Vidhan Sabha']);
  });

  it('reads "the Assembly" and "the 450-seat Assembly" after the article named the National Assembly, not a lower-case assembly', () => {
    const text = 'The bill went to the National Assembly. It needs 226 votes in the 450-seat Assembly, and the Assembly sits on Monday; the assembly election is in May.';
    const spans = [spanAt(text, 'National Assembly', 'organization')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ['organization:National Assembly', 'organization:Assembly', 'organization:Assembly']);
  });

  it("reads a prosecutor's office with the words of its field or seat before the holder, not a person's office", () => {
    const text = "The Regional Anti-Fraud Prosecutor's Office opened a case, the Westbury County Attorney's Office said. Mark Hale's Office was shut.";
    const spans = [spanAt(text, 'Mark Hale', 'person')];
    assert.deepEqual(showSpans(text, withPublicBodies(text, spans)), ["organization:Regional Anti-Fraud Prosecutor's Office", "organization:Westbury County Attorney's Office", 'person:Mark Hale']);
  });

  it("reads a body's name after its country's possessive, an office only there and not after \"the\"", () => {
    const text = "Canada's Competition Bureau and the UK's Insolvency Office met in the Oval Office.";
    const spans = withPublicBodies(text, [spanAt(text, 'Canada', 'place'), spanAt(text, 'UK', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['place:Canada', 'organization:Competition Bureau', 'place:UK', 'organization:Insolvency Office']);
    const person = "Dana Reyes's Review Board met.";
    assert.deepEqual(showSpans(person, withPublicBodies(person, [spanAt(person, 'Dana Reyes', 'person')])), ['person:Dana Reyes']);
  });

  it("finds an office-holder's department as one body with the holder", () => {
    const text = "A letter from the Surveyor-General's Department reached the Coroner’s Department on Monday.";
    assert.deepEqual(showSpans(text, withPublicBodies(text, [spanAt(text, 'Surveyor-General', 'organization')])), ["organization:Surveyor-General's Department", 'organization:Coroner’s Department']);
  });
});
