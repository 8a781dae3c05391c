import * as assert from 'node:assert/strict';
import { withParties } from '../../../src/core/ner/org-parties';
import { showSpans, spanAt } from '../helpers/spans';

const noPlace = () => false;

describe('political parties', () => {
  it('makes plural party names organisations, with the word that qualifies them', () => {
    const text = 'The Social Democrats and the Free Democrats backed it; the Greens and the Tories did not, and Nationals MP Ruth Ames abstained.';
    const spans = [spanAt(text, 'Ruth Ames', 'person')];
    assert.deepEqual(showSpans(text, withParties(text, spans, noPlace)), [
      'organization:Social Democrats',
      'organization:Free Democrats',
      'organization:Greens',
      'organization:Tories',
      'organization:Nationals',
      'person:Ruth Ames',
    ]);
  });

  it('leaves members of a party named alone ("Democrats in Congress") and the adjective "Green"', () => {
    const text = 'Democrats and Republicans in Congress disagreed. Green groups protested.';
    assert.deepEqual(showSpans(text, withParties(text, [], noPlace)), []);
  });

  it('takes a name before a lower-case "party" and marks its other mentions, over the model’s parts of it', () => {
    const text = 'The governing Blue Horizon party won 48%. Officials said Blue Horizon would form a government.';
    const spans = [spanAt(text, 'Horizon', 'person'), spanAt(text, 'Blue Horizon', 'person', 1)];
    assert.deepEqual(showSpans(text, withParties(text, spans, noPlace)), ['organization:Blue Horizon', 'organization:Blue Horizon']);
  });

  it('does not take a party adjective or a nationality alone before "party" as a name', () => {
    const text = 'The Republican party split, the Italian party walked out and the Lebanese Shiite party stayed.';
    assert.deepEqual(showSpans(text, withParties(text, [], noPlace)), []);
  });

  it('does not take a celebration before "party" as a name', () => {
    const text = 'Staff left the Christmas party early, before the New Year party and the Friday party.';
    assert.deepEqual(showSpans(text, withParties(text, [], noPlace)), []);
  });

  it('reads "Conservatives" and "Liberals" opening a sentence as people of a view, inside one as the party', () => {
    const opening = 'Conservatives argue that taxes are high. Liberals disagree.';
    assert.deepEqual(showSpans(opening, withParties(opening, [], noPlace)), []);
    const inside = 'Polls say the Liberals lead.';
    assert.deepEqual(showSpans(inside, withParties(inside, [], noPlace)), ['organization:Liberals']);
  });

  it('makes initials before a party member’s role a party, in all their mentions', () => {
    const text = 'Among them were the PNK, with ward councillor Ana Melo, and the TRP. PNK regional chairperson Jo Dube spoke, as did a TRP MLA.';
    const spans = [spanAt(text, 'Ana Melo', 'person'), spanAt(text, 'Jo Dube', 'person')];
    assert.deepEqual(showSpans(text, withParties(text, spans, noPlace)), [
      'organization:PNK',
      'person:Ana Melo',
      'organization:TRP',
      'organization:PNK',
      'person:Jo Dube',
      'organization:TRP',
    ]);
  });

  it('leaves initials that name a place or a kind of group before a role', () => {
    const text = 'US lawmakers met NGO candidates and UK MPs.';
    const spans = [spanAt(text, 'US', 'place'), spanAt(text, 'UK', 'place')];
    assert.deepEqual(showSpans(text, withParties(text, spans, (n) => n === 'US' || n === 'UK')), ['place:US', 'place:UK']);
  });

  it('makes "the Coalition" a party, but not a longer name that starts with it', () => {
    const text = 'She said the Coalition had called for it. The group joined the Coalition for Change.';
    assert.deepEqual(showSpans(text, withParties(text, [], noPlace)), ['organization:Coalition']);
  });

  it('keeps a longer name around a party’s name', () => {
    const text = 'The Young Greens Network met.';
    const spans = [spanAt(text, 'Young Greens Network', 'organization')];
    assert.deepEqual(showSpans(text, withParties(text, spans, noPlace)), ['organization:Young Greens Network']);
  });

  it('handles empty text, CRLF and emoji', () => {
    assert.deepEqual(withParties('', [], noPlace), []);
    const text = '🎉 The Greens\r\nwon.';
    assert.deepEqual(showSpans(text, withParties(text, [], noPlace)), ['organization:Greens']);
  });

  it('reads a European party named in ordinary words and the initials in brackets after it, in each mention', () => {
    const text = 'The far-right National Rally (RN) abstained, and RN deputies left. Law and Justice voted no.';
    assert.deepEqual(showSpans(text, withParties(text, [], noPlace)), ['organization:National Rally', 'organization:RN', 'organization:RN', 'organization:Law and Justice']);
  });

  it('finds parties named in words of another language, which read like people or places', () => {
    const text = 'Die Linke gained, Québec solidaire held its seat, and the Kuomintang (KMT) and Chadema spoke.';
    assert.deepEqual(showSpans(text, withParties(text, [spanAt(text, 'Linke', 'person')], noPlace)), ['organization:Die Linke', 'organization:Québec solidaire', 'organization:Kuomintang', 'organization:KMT', 'organization:Chadema']);
  });

  it('finds the Nordic parties named in their own language, also where the model read a person', () => {
    const text = 'Arbeiderpartiet lost seats while Høyre and Sverigedemokraterna gained.';
    assert.deepEqual(showSpans(text, withParties(text, [spanAt(text, 'Høyre', 'person')], noPlace)), ['organization:Arbeiderpartiet', 'organization:Høyre', 'organization:Sverigedemokraterna']);
  });

  it('reads "the Socialists" as the party where the article names the Socialist Party, not members counted, nor without it', () => {
    const text = 'The Socialist Party filed a motion, and the Socialists expect to win; three Socialists abstained.';
    assert.deepEqual(showSpans(text, withParties(text, [spanAt(text, 'Socialist Party', 'organization')], noPlace)), ['organization:Socialist Party', 'organization:Socialists']);
    const other = 'Socialists in the valley held a picnic.';
    assert.deepEqual(showSpans(other, withParties(other, [], noPlace)), []);
  });
});

describe('parties after "the ruling" or "the opposition", and with a faction in brackets', () => {
  it('types a one-word name after "the opposition" as a party at each mention, but not a ruling family', () => {
    const text = 'The opposition Sangharsh, led by Ravi Kant, lost. Sangharsh said so. The ruling Varma family and the ruling Kenyan elite stayed.';
    const spans = withParties(text, [spanAt(text, 'Sangharsh', 'person'), spanAt(text, 'Ravi Kant', 'person'), spanAt(text, 'Sangharsh', 'person', 1), spanAt(text, 'Varma', 'person')], () => false);
    assert.deepEqual(showSpans(text, spans), ['organization:Sangharsh', 'person:Ravi Kant', 'organization:Sangharsh', 'person:Varma']);
  });

  it('keeps a party with its faction in brackets whole, by its name or its initials', () => {
    const text = 'Lok Morcha (Secular) and the LM(S) backed him; the Workers Party (WP) did not.';
    const spans = withParties(text, [spanAt(text, 'Lok Morcha', 'organization'), spanAt(text, 'Secular', 'organization'), spanAt(text, 'LM', 'person'), spanAt(text, 'Workers Party', 'organization'), spanAt(text, 'WP', 'organization')], () => false);
    assert.deepEqual(showSpans(text, spans), ['organization:Lok Morcha (Secular)', 'organization:LM(S)', 'organization:Workers Party', 'organization:WP']);
  });

  it('takes "Labour" or "Labor" before a political verb, its leader or a member\'s role as the party, and its other mentions, but not the common noun', () => {
    const text = 'Labour has pledged to cut fees. Labour campaigners knocked on doors.';
    assert.deepEqual(showSpans(text, withParties(text, [], noPlace)), ['organization:Labour', 'organization:Labour']);
    const other = 'Labour costs rose and Labor shortages grew, so Labor won few friends in industry.';
    assert.deepEqual(showSpans(other, withParties(other, [], noPlace)), ['organization:Labor', 'organization:Labor']);
    const roles = 'Labour leader Ann Prior spoke, and two Labour MPs and the Labour government agreed.';
    assert.deepEqual(showSpans(roles, withParties(roles, [spanAt(roles, 'Ann Prior', 'person')], noPlace)), ['organization:Labour', 'person:Ann Prior', 'organization:Labour', 'organization:Labour']);
    const noun = 'Labour costs rose sharply.';
    assert.deepEqual(showSpans(noun, withParties(noun, [], noPlace)), []);
  });
});
