import * as assert from 'node:assert/strict';
import { withChurches } from '../../../src/core/ner/org-churches';
import { showSpans, spanAt } from '../helpers/spans';

describe('churches named by their denomination', () => {
  it('finds a church with its nationality as one organisation, over what the model found in it', () => {
    const text = 'The Serbian Orthodox Church objected, and the Roman Catholic Church and United Methodist Church agreed.';
    const spans = withChurches(text, [spanAt(text, 'Serbian', 'place')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Serbian Orthodox Church', 'organization:Roman Catholic Church', 'organization:United Methodist Church']);
  });

  it('finds a church at the text\'s start, but not a denomination ending a longer word nor a plural', () => {
    const text = 'Coptic Church leaders met; the NonAnglican Church group did not, nor the Reformed Churches.';
    assert.deepEqual(showSpans(text, withChurches(text, [])), ['organization:Coptic Church']);
  });

  it("leaves a saint's church, a church's building words and a text without churches", () => {
    const text = "St Anne's Church hosted it. Catholic Churchill fans met. The Baptist Church of Kenya spoke.";
    assert.deepEqual(showSpans(text, withChurches(text, [])), []);
    assert.deepEqual(withChurches('No church here.', []), []);
  });

  it('finds a national church or a named faith\'s church as an organisation, over a place or a person inside it', () => {
    const text = 'Bishops of the Church of Sweden wrote to the Church of Jesus Christ of Latter-day Saints and the Church of God.';
    const spans = withChurches(text, [spanAt(text, 'Church of Sweden', 'place'), spanAt(text, 'Jesus Christ', 'person')]);
    assert.deepEqual(showSpans(text, spans), ['organization:Church of Sweden', 'organization:Church of Jesus Christ of Latter-day Saints', 'organization:Church of God']);
  });

  it('leaves a church of a saint or of a town, and a longer word before "Church of"', () => {
    const text = 'The Church of St Anne in Swedenborg and the Church of Swedenville; a MegaChurch of God.';
    assert.deepEqual(showSpans(text, withChurches(text, [])), []);
  });
});
