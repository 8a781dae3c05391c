import * as assert from 'node:assert/strict';
import { isCapitalisedJob, isStyleOnly, leadingStyleLength } from '../../../src/core/ner/honorifics';
import { refineSpans } from '../../../src/core/ner/refine-spans';
import { showSpans, spanAt } from '../helpers/spans';

const noTitle = (): boolean => false;
const cut = (name: string): string => name.slice(leadingStyleLength(name, noTitle));

describe('honorifics and styles before a name', () => {
  it('cuts Malaysian styles of one and two words off a name', () => {
    assert.equal(cut('Datuk Hasnul Azmi Abdul Wahab'), 'Hasnul Azmi Abdul Wahab');
    assert.equal(cut('Datuk Seri V. Rajendran Pillai'), 'V. Rajendran Pillai');
    assert.equal(cut("Dato' Sri Najib Razak"), 'Najib Razak');
    assert.equal(cut('Tan Sri Muhyiddin Yassin'), 'Muhyiddin Yassin');
    assert.equal(cut('Toh Puan Aishah Ali'), 'Aishah Ali');
    assert.equal(cut('Ir Mohd Faizal Rosli'), 'Mohd Faizal Rosli');
    assert.equal(cut('Datin Rozita Hamzah'), 'Rozita Hamzah');
    assert.equal(cut('Haji Abdul Rahman'), 'Abdul Rahman');
  });

  it('reads a style before any white space, a tab or a no-break space among them, and knows styles alone so written', () => {
    assert.equal(cut('Datuk\tHasnul Wahab'), 'Hasnul Wahab');
    assert.equal(cut('Tan\u00a0Sri Muhyiddin Yassin'), 'Muhyiddin Yassin');
    assert.equal(isStyleOnly('Tan\u00a0Sri'), true);
    assert.equal(isStyleOnly('Datuk\nHasnul'), false);
  });

  it("cuts other traditions' styles and a capitalised job", () => {
    assert.equal(cut('Alhaji Aliko Dangote'), 'Aliko Dangote');
    assert.equal(cut('Smt Nirmala Sitharaman'), 'Nirmala Sitharaman');
    assert.equal(cut('Sir Alistair Penhaligon'), 'Alistair Penhaligon');
    assert.equal(cut('Lawyer Tan Mei Ling'), 'Tan Mei Ling');
    assert.equal(cut('Counsel Ruth Aldane'), 'Ruth Aldane');
    assert.equal(cut('Cr Bronwyn Tate'), 'Bronwyn Tate');
    assert.equal(cut('Sheikha Mariam bint Saeed Al Hosani'), 'Mariam bint Saeed Al Hosani');
  });

  it('cuts the Commonwealth\'s "Rt. Hon." and "Hon." and a barrister\'s "Barr." off a name, but keeps the surname Barr', () => {
    assert.equal(cut('Rt. Hon. Adaeze Nwankwo-Eze'), 'Adaeze Nwankwo-Eze');
    assert.equal(cut('Hon. Tunde Bakare'), 'Tunde Bakare');
    assert.equal(cut('Barr. Ifeoma Chukwu'), 'Ifeoma Chukwu');
    assert.equal(isStyleOnly('Barr'), false);
    assert.equal(isStyleOnly('Rt.'), true);
  });

  it('cuts French and German styles off a name: a lawyer\'s "Maître", "Herr", "Frau"', () => {
    assert.equal(cut('Maître Hélène de Villiers-Roux'), 'Hélène de Villiers-Roux');
    assert.equal(cut('Herr Klaus Brandt'), 'Klaus Brandt');
    assert.equal(cut('Frau Merkel'), 'Merkel');
  });

  it('cuts a play\'s "Fräulein" and the Spanish, Portuguese and Italian courtesy styles off a name', () => {
    assert.equal(cut('Fräulein Huber'), 'Huber');
    assert.equal(cut('Mademoiselle Claire Dufresne'), 'Claire Dufresne');
    assert.equal(cut('Señora Ortega'), 'Ortega');
    assert.equal(cut('Senhor Almeida'), 'Almeida');
    assert.equal(cut('Signora Bellandi'), 'Bellandi');
    assert.equal(isStyleOnly('Fräulein'), true);
  });

  it('cuts "H.E.", "H/W" and the Cambodian "Oknha" and "Lok Chumteav" off a name, and knows them alone as no one', () => {
    assert.equal(cut('H.E. Prak Sokhon'), 'Prak Sokhon');
    assert.equal(cut('H/W Grace Nabirye-Okello'), 'Grace Nabirye-Okello');
    assert.equal(cut('Oknha Ly Yong Phat'), 'Ly Yong Phat');
    assert.equal(cut('Lok Chumteav Men Sam An'), 'Men Sam An');
    assert.equal(cut('Lok Sabha'), 'Lok Sabha');
    assert.equal(isStyleOnly('Oknha'), true);
    assert.equal(isStyleOnly('Lok Chumteav'), true);
  });

  it('cuts the Bhutanese "Dasho" and "Lyonpo" off a name, and knows them alone as no one', () => {
    assert.equal(cut('Dasho Kinley Wangmo'), 'Kinley Wangmo');
    assert.equal(cut('Lyonpo Sonam Tobgay'), 'Sonam Tobgay');
    assert.equal(isStyleOnly('Lyonpo'), true);
  });

  it('cuts a military rank off a name but keeps the surname Major', () => {
    assert.equal(cut('Major Tiyamike Banda'), 'Tiyamike Banda');
    assert.equal(cut('Sergeant Ruth Okafor'), 'Ruth Okafor');
    assert.equal(cut('John Major'), 'John Major');
    assert.equal(isStyleOnly('Major'), false);
  });

  it('leaves names that only look like styles: the surname Tan, the given names Son and Tun Tun', () => {
    assert.equal(cut('Tan Mei Ling'), 'Tan Mei Ling');
    assert.equal(cut('Son Heung-min'), 'Son Heung-min');
    assert.equal(cut('Tun Tun Oo'), 'Tun Tun Oo');
    assert.equal(cut('Datuk'), 'Datuk');
  });

  it('cuts styles and the titles the caller names in any order', () => {
    const name = 'Tun Dr Mahathir Mohamad';
    assert.equal(name.slice(leadingStyleLength(name, (w) => w === 'Dr')), 'Mahathir Mohamad');
  });

  it('knows a style alone from a name', () => {
    assert.ok(isStyleOnly('Datuk'));
    assert.ok(isStyleOnly('Tan Sri'));
    assert.ok(isStyleOnly('Datuk Seri'));
    assert.ok(!isStyleOnly('Tan'));
    assert.ok(!isStyleOnly('Haji'));
    assert.ok(!isStyleOnly('Datuk Hasnul'));
    assert.ok(!isStyleOnly(''));
  });

  it('refines spans: a style is cut off a person, and a style alone is dropped', () => {
    const text = 'A Datuk and Ir Mohd Faizal Rosli, 46, were charged. Lawyer Tan Mei Ling said so.';
    const spans = refineSpans(text, [spanAt(text, 'Datuk', 'person'), spanAt(text, 'Ir Mohd Faizal Rosli', 'person'), spanAt(text, 'Lawyer Tan Mei Ling', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['person:Mohd Faizal Rosli', 'person:Tan Mei Ling']);
  });

  it('leaves a style at the head of a place or an organisation', () => {
    const text = 'The Tun Razak Exchange opened.';
    const spans = refineSpans(text, [spanAt(text, 'Tun Razak Exchange', 'organization')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Tun Razak Exchange']);
  });

  it('cuts the Burmese "Daw" and the jobs of herders, fishermen and a crew\'s stroke off a name', () => {
    assert.equal(cut('Daw Nu Nu Win'), 'Nu Nu Win');
    assert.equal(isStyleOnly('Daw'), false);
    assert.equal(cut('Herder Bat-Erdene Ganbold'), 'Bat-Erdene Ganbold');
    assert.equal(cut('Fisherman Tevita Lomu'), 'Tevita Lomu');
    assert.equal(cut('Stroke Callum Reid'), 'Callum Reid');
    assert.equal(cut('Stroke'), 'Stroke');
  });

  it('tells a capitalised job word from longer words and names of several words', () => {
    assert.equal(isCapitalisedJob('Barrister'), true);
    assert.equal(isCapitalisedJob('Spokeswoman'), true);
    assert.equal(isCapitalisedJob('Barristers Chambers of Leeds'), false);
    assert.equal(isCapitalisedJob('Counterintelligence'), false);
    assert.equal(isCapitalisedJob('BARRISTER'), false);
  });
});
