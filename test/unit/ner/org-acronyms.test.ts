import * as assert from 'node:assert/strict';
import { withAcronyms } from '../../../src/core/ner/org-acronyms';
import { showSpans, spanAt } from '../helpers/spans';

describe('organisations known by their initials', () => {
  it('makes widely known parties’ and sports bodies’ initials organisations, over a wrong type', () => {
    const text = 'The BJP and the ANC sent observers; the UCI and FIFA did not. Kim, of the SNP, agreed.';
    const spans = [spanAt(text, 'ANC', 'place'), spanAt(text, 'Kim', 'person')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['organization:BJP', 'organization:ANC', 'organization:UCI', 'organization:FIFA', 'person:Kim', 'organization:SNP']);
  });

  it('reads international bodies written in title case and national utilities', () => {
    const text = 'Ministers met at a Nato summit, and Eskom cut power.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:Nato', 'organization:Eskom']);
  });

  it('leaves known initials inside a compound or a longer name', () => {
    const text = 'The ANC-led council and the UEFA Champions League Trust met.';
    const spans = [spanAt(text, 'UEFA Champions League Trust', 'organization')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['organization:UEFA Champions League Trust']);
  });

  it('makes a continent and the initials after it one organisation', () => {
    const text = 'Doctors from Asia PHA flew in; Europe CDC and Africa sent staff.';
    const spans = [spanAt(text, 'Asia', 'place'), spanAt(text, 'PHA', 'organization'), spanAt(text, 'Europe', 'place'), spanAt(text, 'Africa', 'place')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['organization:Asia PHA', 'organization:Europe CDC', 'place:Africa']);
  });

  it('makes a region\'s adjective and the body initials after it one organisation', () => {
    const text = 'The Welsh RU fined him. Officers of the Central DCU met the Irish FA. Tom Irish FA coach spoke. Kenya Welsh RU.';
    const spans = [spanAt(text, 'RU', 'organization'), spanAt(text, 'DCU', 'organization'), spanAt(text, 'FA', 'organization'), spanAt(text, 'FA', 'organization', 1), spanAt(text, 'Kenya', 'place'), spanAt(text, 'RU', 'organization', 1)];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['organization:Welsh RU', 'organization:Central DCU', 'organization:Irish FA', 'organization:FA', 'place:Kenya', 'organization:RU']);
  });

  it('leaves a faith\'s adjective and a word that is no region\'s alone', () => {
    const text = 'The Sunni SWC left. The Scottish Ferries HQ opened.';
    const spans = [spanAt(text, 'SWC', 'organization'), spanAt(text, 'HQ', 'organization')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['organization:SWC', 'organization:HQ']);
  });

  it('leaves the lower-case words before a long name defined by another language\'s acronym out of it', () => {
    const text = 'On the Harbin Grain Exchange (BZL), soy rose. BZL closed.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:Harbin Grain Exchange', 'organization:BZL', 'organization:BZL']);
  });

  it('defines an acronym from another language by the bracket after a long name, in all its mentions', () => {
    const text = 'The Movement for Justice (MpJ) and the Party of Labour (PdA) met. The MpJ then left.';
    const spans = [spanAt(text, 'Justice', 'person')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), [
      'organization:Movement for Justice',
      'organization:MpJ',
      'organization:Party of Labour',
      'organization:PdA',
      'organization:MpJ',
    ]);
  });

  it('leaves a place’s acronym, an owner before the long name and a long form the model found whole', () => {
    const text = 'Saudi Arabia (KSA) and Peru’s Water Authority (ANA) agreed, as did the Lumen Group (GLS).';
    const spans = [spanAt(text, 'Saudi Arabia', 'place'), spanAt(text, 'Peru', 'place'), spanAt(text, 'Lumen Group', 'organization')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['place:Saudi Arabia', 'place:Peru', 'organization:Water Authority', 'organization:ANA', 'organization:Lumen Group']);
  });

  it('leaves a name turned modifier out of the long form before a bracketed acronym', () => {
    const text = 'She works at the Lyon-based Centre for Alpine Research (CIRA), which trains rangers.';
    const spans = [spanAt(text, 'Centre', 'organization')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['organization:Centre for Alpine Research', 'organization:CIRA']);
  });

  it('leaves an acronym its English initials define, with a capitalised word before the long form', () => {
    const text = '12 - Number of Harbour and Coast Service (HCS) staff.';
    const spans = [spanAt(text, 'Harbour and Coast Service', 'organization')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['organization:Harbour and Coast Service']);
  });

  it('handles empty text, CRLF and emoji', () => {
    assert.deepEqual(withAcronyms('', []), []);
    const text = '🏉 Nato\r\nmet.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:Nato']);
  });

  it('reads air forces, emergency services and trade unions known by one name or their initials', () => {
    const text = 'An RAAF transport flew in as SES crews and the RFS worked, and the Teamsters and the AFL-CIO sent help. RAAFS is no name.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:RAAF', 'organization:SES', 'organization:RFS', 'organization:Teamsters', 'organization:AFL-CIO']);
  });

  it('defines an acronym of a foreign name after a long English name that opens with a body’s word and runs over "for the" and "against"', () => {
    const text = 'The Central Bureau for the Struggle against Smuggling and Fraud (OCLCF) raided a port. The OCLCF said little.';
    const spans = [spanAt(text, 'Central Bureau for the Struggle', 'organization')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['organization:Central Bureau for the Struggle against Smuggling and Fraud', 'organization:OCLCF', 'organization:OCLCF']);
  });

  it("defines the acronym after a holder's office, keeping the holder's possessive in the long name", () => {
    const text = "The Economic Crimes Prosecutor's Office (PCE) said on Monday that the PCE would appeal.";
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ["organization:Economic Crimes Prosecutor's Office", 'organization:PCE', 'organization:PCE']);
  });

  it('makes unlisted initials after "the" an organisation when a verb, a possessive or a clause end follows', () => {
    const text = 'Ministers said the KRB would appeal, the TWL had left and the ZPA’s chief quit; voters punished the NLQ.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:KRB', 'organization:TWL', 'organization:ZPA', 'organization:NLQ']);
  });

  it('leaves initials after "the" that qualify a noun or take a preposition, a job or a measure, and a found span', () => {
    const text = 'The QVX increase hit shops near the BRT with buses, the CEO said the GDP rose, and the HMT was in Rome.';
    const spans = [spanAt(text, 'HMT', 'place'), spanAt(text, 'Rome', 'place')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['place:HMT', 'place:Rome']);
  });

  it('leaves initials after "the" that the text mentions again: its other mentions tell what they are', () => {
    const text = 'Crews flew to the KSV. The KSV Agreement was signed.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), []);
  });

  it("makes unlisted initials before a head's role and the holder's name an organisation", () => {
    const text = 'QRT director general Ana Vale spoke, then LMX national president Dr Ivo Sand and said KDF Chief Executive Tom Reyes.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:QRT', 'organization:LMX', 'organization:KDF']);
  });

  it("makes unlisted bare initials opening a clause before a body's verb an organisation", () => {
    const text = 'QWR will publish its figures.\n• ZLD says supply is back\nOfficials said TNQA would appeal, and KBM now expects a ruling.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:QWR', 'organization:ZLD', 'organization:TNQA', 'organization:KBM']);
  });

  it("reads a list's dash before bare initials as a line's start, and a body's present-tense verb after \"the\" initials", () => {
    const text = '- QMV cancels all ferries\n- ZRB warns of cuts\nThe KTRA expects more rain, and later the PVQ confirms it.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:QMV', 'organization:ZRB', 'organization:KTRA', 'organization:PVQ']);
  });

  it('leaves initials after "the" before a plural noun that could be a verb', () => {
    const text = 'The HRQ issues were raised, and the VTQ plans changed.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), []);
  });

  it('leaves bare initials after a capitalised word or an article, before "be" or a conjunction, an office holder\'s and a found span', () => {
    const text = 'Port Vale FKC said no. An EVQ charged slowly. PPEQ will be needed, gas on HPQ may and/or may not flow. The CM said yes, and AG said so. Then KRB said yes.';
    const spans = [spanAt(text, 'KRB', 'person')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['person:KRB']);
  });

  it('makes unlisted initials of three letters or more owning something an organisation, opening a clause', () => {
    const text = 'ZRQA’s lawyer spoke. Officials said KWM\'s plan failed, and TRV\'s chief left.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:ZRQA', 'organization:KWM', 'organization:TRV']);
  });

  it('leaves two letters alone owning or acting, a person known by initials, a capitalised word before, and a name after the possessive', () => {
    const text = 'QE\'s versions fell and QE could fall. Critics recalled MLK\'s speech. Port KWM\'s plan failed. TRV\'s Annual Report came.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), []);
  });

  it("makes unlisted initials before a body's people or organ an organisation, after an article too", () => {
    const text = 'An XRN physicist spoke. QLMB senior engineer Tom Vale and a TWSA regional president met; the PKV board voted; ZDR deputy Ana Ruiz left.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:XRN', 'organization:QLMB', 'organization:TWSA', 'organization:PKV', 'organization:ZDR']);
  });

  it("makes unlisted initials opening a sentence after \"The\" before a body's people an organisation, not a job's", () => {
    const text = 'The ZKT director resigned. The HR manager stayed.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:ZKT']);
  });

  it("leaves a field's, a job's or a state's initials before people, and initials after a capitalised word", () => {
    const text = 'STEM officials, the HR manager and UP officials met. Port Vale KMR director spoke.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), []);
  });

  it('leaves a state before its premier', () => {
    const text = 'WNT Premier Ana Vale spoke.';
    const spans = [spanAt(text, 'WNT', 'place'), spanAt(text, 'Ana Vale', 'person')];
    assert.deepEqual(showSpans(text, withAcronyms(text, spans)), ['place:WNT', 'person:Ana Vale']);
  });

  it('finds Italian and French union confederations, with a sector federation\'s initials before a hyphen', () => {
    const text = 'Drivers of SLC-CGIL and FISASCAT-CISL walked out; the UIL and the CFDT backed them, unlike X-Y-CGIL2.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:SLC-CGIL', 'organization:FISASCAT-CISL', 'organization:UIL', 'organization:CFDT']);
  });

  it("finds a French fire and rescue service with its département's code", () => {
    const text = 'Crews of SDIS 2A and SDIS 83 came, as did the SDIS.';
    assert.deepEqual(showSpans(text, withAcronyms(text, [])), ['organization:SDIS 2A', 'organization:SDIS 83', 'organization:SDIS']);
  });
});
