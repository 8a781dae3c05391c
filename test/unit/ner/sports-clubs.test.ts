import * as assert from 'node:assert/strict';
import { isSportsReport, withSportsClubs } from '../../../src/core/ner/sports-clubs';
import { showSpans, spanAt } from '../helpers/spans';

const LISTED_PLACES = new Set(['Valencia', 'Braga', 'Sheffield', 'Madrid', 'Sweden', 'South Korea', 'Mexico City']);
const isPlace = (name: string) => LISTED_PLACES.has(name);
/** A match report's opening, which makes the text around it a sports report. */
const REPORT = 'The striker scored in stoppage time. ';

describe('sports clubs named after places', () => {
  it('reads an article with two of the game’s words as a sports report, and one without as none', () => {
    assert.equal(isSportsReport('The midfielder was booked before half-time.'), true);
    assert.equal(isSportsReport('A 3-0 defeat at Bilbao left the striker angry.'), true);
    assert.equal(isSportsReport('The minister said the penalty for the striker in the strike was fair.'), false);
    assert.equal(isSportsReport('Strikers and more strikers.'), false);
    // A word of sport inside a longer word, after a letter outside ASCII, is none.
    assert.equal(isSportsReport('Theästriker saw theümidfielder.'), false);
  });

  it('reads a score\'s result by its dash, with a digit or two on each side and a whole word after it', () => {
    assert.equal(isSportsReport('9-2 loss for the striker.'), true);
    assert.equal(isSportsReport('The striker saw the 12–10 victory from the bench.'), true);
    assert.equal(isSportsReport('The striker saw a 2-1-0 draw-in and 4-3 wins, 2-1 winning, x3-1 win and 113-1 win.'), false);
    assert.equal(isSportsReport('The striker - and 3- 1 win, a 3 -1 draw - came late.'), false);
  });

  it('finds the words of sport in either spelling of a league, and scores, but no word after a hyphen', () => {
    assert.equal(isSportsReport('Osasuna sit ninth in LaLiga after a 2-1 win over Getafe.'), true);
    assert.equal(isSportsReport('Two La Liga clubs met the referee on Monday.'), true);
    assert.equal(isSportsReport('The ward vote ended in a 1-1 draw, and the recount in another 1-1 draw.'), false);
    assert.equal(isSportsReport('The right-winger spoke of a derby of ideas.'), false);
  });

  it('makes a place after a match’s or a transfer’s words the club, in every mention but after a word of place', () => {
    const text = `${REPORT}Betis beat Valencia, and Vuković joined from Braga. Braga fans waited. He grew up in Valencia.`;
    const spans = [spanAt(text, 'Betis', 'organization'), spanAt(text, 'Valencia', 'place'), spanAt(text, 'Vuković', 'person'), spanAt(text, 'Braga', 'place'), spanAt(text, 'Braga', 'place', 1), spanAt(text, 'Valencia', 'place', 1)];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Betis', 'organization:Valencia', 'person:Vuković', 'organization:Braga', 'organization:Braga', 'place:Valencia']);
  });

  it('makes the seller after a signed player or a bid’s fee and "from" a club, also a name read as a person', () => {
    const text = `${REPORT}Rovers have signed the Swiss winger Luca Brunner from Zug Athletic. A bid of about €3m from Dynamo Brest was turned down. Dynamo Brest fans were angry.`;
    const spans = [spanAt(text, 'Rovers', 'organization'), spanAt(text, 'Luca Brunner', 'person'), spanAt(text, 'Zug', 'place'), spanAt(text, 'Dynamo Brest', 'person'), spanAt(text, 'Dynamo Brest', 'person', 1)];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Rovers', 'person:Luca Brunner', 'organization:Zug Athletic', 'organization:Dynamo Brest', 'organization:Dynamo Brest']);
  });

  it('keeps a person after "from" with no transfer’s words before it', () => {
    const text = `${REPORT}The midfielder took a pass from Luca Brunner and a bid of praise from Anna Holm.`;
    const spans = [spanAt(text, 'Luca Brunner', 'person'), spanAt(text, 'Anna Holm', 'person')];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['person:Luca Brunner', 'person:Anna Holm']);
  });

  it('makes countries the teams around a match’s verb, also with a score between the verb and its word', () => {
    const text = `${REPORT}Tunisia lost 1 – 2 to Sweden, and Sweden faced South Korea at the stadium.`;
    const spans = ['Tunisia', 'Sweden', 'Sweden', 'South Korea'].map((n, k) => spanAt(text, n, 'place', n === 'Sweden' ? k - 1 : 0));
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Tunisia', 'organization:Sweden', 'organization:Sweden', 'organization:South Korea']);
  });

  it('makes the side a team plays next and the team a final was lost to teams, but not a place visited', () => {
    const text = `${REPORT}Sweden beat Madrid. Sweden play Valencia on Sunday and lost the 2019 final to Braga. They play in Mexico City.`;
    const spans = ['Sweden', 'Madrid', 'Sweden', 'Valencia', 'Braga', 'Mexico City'].map((n, k) => spanAt(text, n, 'place', n === 'Sweden' ? k / 2 : 0));
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Sweden', 'organization:Madrid', 'organization:Sweden', 'organization:Valencia', 'organization:Braga', 'place:Mexico City']);
  });

  it('makes every team of a list a match\'s words lead teams, but not a list no cue leads', () => {
    const text = `${REPORT}They play qualifiers against Sweden, Valencia and Braga. Fans flew from Madrid and Mexico City.`;
    const spans = ['Sweden', 'Valencia', 'Braga', 'Madrid', 'Mexico City'].map((n) => spanAt(text, n, 'place'));
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Sweden', 'organization:Valencia', 'organization:Braga', 'place:Madrid', 'place:Mexico City']);
  });

  it('joins a town and a club’s word into the club ("Sheffield" + "Wednesday"), but not a weekday’s time', () => {
    const text = `${REPORT}He came on loan from Sheffield Wednesday. Fans met in Madrid Wednesday night, and Hull City lost.`;
    const spans = [spanAt(text, 'Sheffield', 'place'), spanAt(text, 'Madrid', 'place'), spanAt(text, 'Hull City', 'place')];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Sheffield Wednesday', 'place:Madrid', 'organization:Hull City']);
  });

  it('keeps a listed city whose name ends in a club’s word a place without a cue', () => {
    const text = `${REPORT}The team flew to Mexico City, then beat Braga.`;
    const spans = [spanAt(text, 'Mexico City', 'place'), spanAt(text, 'Braga', 'place')];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['place:Mexico City', 'organization:Braga']);
  });

  it('adds the short names clubs go by in a sports report', () => {
    const text = `${REPORT}Brighton beat Wolves, and Spurs drew with Hearts.`;
    const spans = [spanAt(text, 'Brighton', 'place')];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Brighton', 'organization:Wolves', 'organization:Spurs', 'organization:Hearts']);
  });

  it('leaves places alone outside sports reports, whatever the verbs', () => {
    const text = 'Sanctions against Valencia hurt; Madrid beat the deadline, and wolves roamed. Wolves were seen near Braga.';
    const spans = [spanAt(text, 'Valencia', 'place'), spanAt(text, 'Madrid', 'place'), spanAt(text, 'Braga', 'place')];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), showSpans(text, spans));
  });

  it('never makes a person a club after a match’s verb, nor a person’s surname after a team’s word', () => {
    const text = `${REPORT}Nadal beat Federer. Harry Kane scored, and Kane fans sang.`;
    const spans = [spanAt(text, 'Nadal', 'person'), spanAt(text, 'Federer', 'person'), spanAt(text, 'Harry Kane', 'person'), spanAt(text, 'Kane', 'person', 1)];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), showSpans(text, spans));
  });

  it('reads a transfer’s words after a club’s name and around it ("have signed", "sold ... to")', () => {
    const text = `${REPORT}Middlesbrough have already signed a defender. Spurs sold the winger Jo Reid to Valencia in August.`;
    const spans = [spanAt(text, 'Middlesbrough', 'place'), spanAt(text, 'Jo Reid', 'person'), spanAt(text, 'Valencia', 'place')];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Middlesbrough', 'organization:Spurs', 'person:Jo Reid', 'organization:Valencia']);
  });

  it('adds a club the model found nothing of after any of a match’s verbs ("faced", "edged", "hosts")', () => {
    const text = `${REPORT}Porto faced Sporting, then edged Maritimo, and Benfica hosts Vizela.`;
    const spans = [spanAt(text, 'Porto', 'organization'), spanAt(text, 'Benfica', 'organization')];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Porto', 'organization:Sporting', 'organization:Maritimo', 'organization:Benfica', 'organization:Vizela']);
  });

  it('adds a club the model found nothing of after a match’s words, but no person’s name', () => {
    const text = `${REPORT}Porto’s 3-1 win over Sporting came after a foul against Ruiz by Ana Ruiz.`;
    const spans = [spanAt(text, 'Porto', 'organization'), spanAt(text, 'Ana Ruiz', 'person')];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Porto', 'organization:Sporting', 'person:Ana Ruiz']);
  });

  it('reads the cues of a mixed page’s other stories, far from the words of sport, as no club’s', () => {
    const politics = 'Ministers met in Brussels to discuss the budget and the rules for farms. '.repeat(10);
    const text = `${REPORT}Betis beat Valencia.\n\n${politics}\n\nThe bloc agreed sanctions against Sweden.`;
    const spans = [spanAt(text, 'Betis', 'organization'), spanAt(text, 'Valencia', 'place'), spanAt(text, 'Sweden', 'place')];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Betis', 'organization:Valencia', 'place:Sweden']);
  });

  it('reads rugby, cricket and basketball reports as sports reports, by their positions and competitions', () => {
    assert.equal(isSportsReport('The scrum-half left for the Top 14 in June.'), true);
    assert.equal(isSportsReport('A lineout win set up the try before the Six Nations.'), true);
    assert.equal(isSportsReport('The bowlers struggled and the innings ended early.'), true);
    assert.equal(isSportsReport('The point guard had ten rebounds.'), true);
    assert.equal(isSportsReport('The lock on the door broke, and the prop was a chair.'), false);
  });

  it('reads a rowing report as a sports report, and makes the states its crews row for the crews', () => {
    assert.equal(isSportsReport("The coxswain called the last strokes and the women's eight won."), true);
    assert.equal(isSportsReport('Single sculls: the sculler from Perth won.'), true);
    assert.equal(isSportsReport('A men’s four of the board met; the eight of them agreed.'), false);
    const text = "Ontario won the men's eight, beating Quebec by a second; the coxswain lives in Ontario.";
    const spans = [spanAt(text, 'Ontario', 'place'), spanAt(text, 'Quebec', 'place'), spanAt(text, 'Ontario', 'place', 1)];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Ontario', 'organization:Quebec', 'place:Ontario']);
  });

  it('makes clubs of a rugby report’s places before a position, a transfer’s verb or a club’s description', () => {
    const text = 'The fly-half joins the Premiership. Bath land Munster lock Cathal Brennan. Gloucester lose a wing to Toulouse, the European champions. Ollie Hart joins Montpellier.';
    const spans = ['Bath', 'Munster', 'Cathal Brennan', 'Gloucester', 'Toulouse', 'Ollie Hart', 'Montpellier'].map((n) => spanAt(text, n, /\s/u.test(n) ? 'person' : 'place'));
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Bath', 'organization:Munster', 'person:Cathal Brennan', 'organization:Gloucester', 'organization:Toulouse', 'person:Ollie Hart', 'organization:Montpellier']);
  });

  it('adds a club the model found nothing of before its people’s possessive ("Sale’s director of rugby")', () => {
    const text = 'The scrum-half was in the Premiership squad. Sale’s director of rugby confirmed it.';
    assert.deepEqual(showSpans(text, withSportsClubs(text, [], isPlace)), ['organization:Sale']);
  });

  it('adds a club before its people’s possessive after an accented capital or either apostrophe, but not inside a longer word', () => {
    const text = "The scrum-half was in the Premiership squad. Ávila's coach, Zaragoza’s fans and O'Brien's manager spoke; McCann's captain, Île's lock and DoBbs's fans too.";
    assert.deepEqual(showSpans(text, withSportsClubs(text, [], isPlace)), ['organization:Ávila', 'organization:Zaragoza', 'organization:Île']);
  });

  it('keeps a ground and a town’s part a place in a sports report ("at Ashton Gate", "the Tuffley area of Gloucester")', () => {
    const text = 'The scrum-half starred in the Premiership. Bristol lost at Ashton Gate. Gloucester fans cheered; he grew up in the Tuffley area of Gloucester.';
    const spans = [spanAt(text, 'Bristol', 'place'), spanAt(text, 'Ashton Gate', 'place'), spanAt(text, 'Gloucester', 'place'), spanAt(text, 'Tuffley', 'place'), spanAt(text, 'Gloucester', 'place', 1)];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Bristol', 'place:Ashton Gate', 'organization:Gloucester', 'place:Tuffley', 'place:Gloucester']);
  });

  it('makes a place that paid a fee for a player the club', () => {
    const text = `${REPORT}It beat the sum Braga paid for a midfielder in 2019.`;
    assert.deepEqual(showSpans(text, withSportsClubs(text, [spanAt(text, 'Braga', 'place')], isPlace)), ['organization:Braga']);
  });

  it('keeps a place a player comes from a place when a match’s verb follows it ("the 24-year-old from Napier beat")', () => {
    const text = `${REPORT}Napier beat Valencia last year. The 24-year-old from Napier beat three tacklers.`;
    const spans = [spanAt(text, 'Napier', 'place'), spanAt(text, 'Valencia', 'place'), spanAt(text, 'Napier', 'place', 1)];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), ['organization:Napier', 'organization:Valencia', 'place:Napier']);
  });

  it('keeps a country before a possessive and an athlete’s name a place after a match’s words', () => {
    const text = `${REPORT}Novak went clean to beat Sweden's Lina Falk by a second.`;
    const spans = [spanAt(text, 'Novak', 'person'), spanAt(text, 'Sweden', 'place'), spanAt(text, 'Lina Falk', 'person')];
    assert.deepEqual(showSpans(text, withSportsClubs(text, spans, isPlace)), showSpans(text, spans));
  });

  it('hands on the spans a sports report leaves as they are, and changes none it was given', () => {
    const text = `${REPORT}Arsenal beat Leeds United at the Emirates, and Ana Costa watched from Lisbon.`;
    const at = (name: string, type: 'person' | 'place' | 'organization') => ({ type, start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const lisbon = at('Lisbon', 'place');
    const leeds = at('Leeds', 'place');
    const given = [at('Arsenal', 'organization'), leeds, at('Ana Costa', 'person'), lisbon];
    const before = JSON.stringify(given);
    const out = withSportsClubs(text, given, isPlace);
    assert.equal(out.find((s) => s.start === lisbon.start), lisbon);
    assert.deepEqual(out.find((s) => s.start === leeds.start), { type: 'organization', start: leeds.start, end: text.indexOf('United') + 'United'.length });
    assert.equal(JSON.stringify(given), before);
  });
});
