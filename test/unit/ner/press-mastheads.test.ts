import * as assert from 'node:assert/strict';
import { withPressMastheads } from '../../../src/core/ner/press-mastheads';
import { showSpans, spanAt } from '../helpers/spans';

const listedPlace = (name: string): boolean => name === 'Leeds' || name === 'Halifax';

describe('newspapers named after their city', () => {
  it('makes a place and the masthead word after it one organisation', () => {
    const text = 'She told the Halifax Courier on Monday, and the Bristol Post\'s editor agreed (Dover Evening Star).';
    const spans = [spanAt(text, 'Halifax', 'place'), spanAt(text, 'Bristol', 'place'), spanAt(text, 'Dover', 'place')];
    assert.deepEqual(showSpans(text, withPressMastheads(text, spans, listedPlace)), ['organization:Halifax Courier', 'organization:Bristol Post', 'organization:Dover Evening Star']);
  });

  it('takes a listed place the model typed otherwise, and a span over the masthead word alone', () => {
    const text = 'The Leeds Gazette reported it first.';
    const spans = [spanAt(text, 'Leeds', 'person'), spanAt(text, 'Gazette', 'organization')];
    assert.deepEqual(showSpans(text, withPressMastheads(text, spans, listedPlace)), ['organization:Leeds Gazette']);
  });

  it('makes a masthead word and "of" before a place the paper, over a span of the word alone, but not other words before "of"', () => {
    const text = 'She told Times of Leeds on Monday, the Gazette of Halifax agreed, and the Mayor of Leeds did not.';
    const spans = [spanAt(text, 'Leeds', 'place'), spanAt(text, 'Gazette', 'organization'), spanAt(text, 'Halifax', 'place'), spanAt(text, 'Leeds', 'place', 1)];
    assert.deepEqual(showSpans(text, withPressMastheads(text, spans, listedPlace)), ['organization:Times of Leeds', 'organization:Gazette of Halifax', 'place:Leeds']);
  });

  it('leaves a longer name, a masthead word inside a word, and unlisted people alone', () => {
    const text = 'Crowds filled Ashford Times Square and the Ashford Post Office; Ashford Postal workers met Jo Star.';
    const spans = [spanAt(text, 'Ashford', 'place'), spanAt(text, 'Ashford', 'place', 1), spanAt(text, 'Ashford', 'place', 2), spanAt(text, 'Jo', 'person')];
    const out = withPressMastheads(text, spans, listedPlace);
    assert.equal(out, spans);
  });

  it('leaves a masthead word that begins another name', () => {
    const text = 'Fans in Leeds Star Wars costumes queued.';
    const spans = [spanAt(text, 'Leeds', 'place'), spanAt(text, 'Star Wars', 'organization')];
    assert.deepEqual(showSpans(text, withPressMastheads(text, spans, listedPlace)), ['place:Leeds', 'organization:Star Wars']);
  });

  it('makes "the Post" the paper once the article has named a paper ending in "Post"', () => {
    const text = 'The Halifax Post reported it. "We waited," she told the Post. The Post Office and the Postal union did not. The Times did not.';
    const spans = [spanAt(text, 'Halifax', 'place')];
    assert.deepEqual(showSpans(text, withPressMastheads(text, spans, listedPlace)), ['organization:Halifax Post', 'organization:Post']);
  });

  it('makes "the Post" the paper when a masthead line atop the page names it, outside any span', () => {
    const text = 'The Halifax Post\nSubscribe | Log in\n\nRain fell. "We waited," she told the Post on Monday at the Post Office.';
    assert.deepEqual(showSpans(text, withPressMastheads(text, [], listedPlace)), ['organization:Post']);
  });

  it('takes no masthead from a line of prose or a line too long for a paper\'s name', () => {
    const text = 'Readers of the Halifax Post\nThe Paper That Brings Every Street The News Of The Halifax Post\n\nShe told the Post.';
    assert.deepEqual(withPressMastheads(text, [], listedPlace), []);
  });

  it('adds no short form where no paper was named', () => {
    const text = 'She told the Post and the Star nothing.';
    assert.deepEqual(withPressMastheads(text, [], listedPlace), []);
  });

  it('drops a place in capitals that opens a masthead in capitals, but not one in a headline or in title case', () => {
    const text = '# KALAHARI SPORT\n**DELTA TRADE REVIEW** | Ports\nFLOODS HIT KALAHARI TOWNS\nKalahari Sport fans cheered.';
    const spans = [spanAt(text, 'KALAHARI', 'place'), spanAt(text, 'DELTA', 'place'), spanAt(text, 'KALAHARI', 'place', 1), spanAt(text, 'Kalahari', 'place')];
    assert.deepEqual(showSpans(text, withPressMastheads(text, spans, listedPlace)), ['place:KALAHARI', 'place:Kalahari']);
  });

  it('finds a French regional morning paper named by its region over the place read in it', () => {
    const text = 'Var-Matin reported it first; Le Matin and the Matin-Express did not.';
    const spans = [spanAt(text, 'Var', 'place')];
    assert.deepEqual(showSpans(text, withPressMastheads(text, spans, () => false)), ['organization:Var-Matin']);
  });
});
