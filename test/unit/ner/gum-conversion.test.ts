import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { readGumNews } from '../../../scripts/ner/gum';
import type { GoldSentence } from '../../../scripts/ner/conll';

const dir = path.resolve(__dirname, '..', '..', 'fixtures', 'ner', 'gum');
const names = (s: GoldSentence) => s.spans.map((g) => `${g.type} ${s.text.slice(g.start, g.end)}`);

describe('GUM news conversion to flat names', () => {
  const [first, second] = readGumNews(dir);

  it('keeps a title and the organisation in front of a person out of the name', () => {
    assert.deepEqual(names(first), ['ORG NASA', 'PER Charles Bolden', 'LOC South Australia']);
  });

  it('gives the parts of a list one name each, and keeps a name that contains another', () => {
    assert.deepEqual(names(second), ['LOC Morocco', 'LOC Iran', 'ORG University of Sydney']);
  });

  it('keeps GUM dev and test documents out of training and returns them as the dev part', () => {
    assert.deepEqual(readGumNews(dir).map((s) => s.doc), ['GUM_news_sample.conllu', 'GUM_news_sample.conllu']);
    const dev = readGumNews(dir, 'dev');
    assert.deepEqual(dev.map((s) => s.doc), ['GUM_news_nasa.conllu']);
    assert.deepEqual(names(dev[0]), ['PER Julie Hahn']);
  });
});
