import * as assert from 'node:assert/strict';
import { isBoilerplateLine } from '../../../src/core/article/line-patterns';

describe('section bars opened by a lower-case brand, share rows and category lines', () => {
  it('takes a section bar whose brand is written in lower case as page furniture', () => {
    assert.equal(isBoilerplateLine('afp World | Europe | Climate'), true);
    assert.equal(isBoilerplateLine('dpa Newsroom | Africa'), true);
  });

  it('keeps a sentence with a bar in it', () => {
    assert.equal(isBoilerplateLine('the council said | Europe | Climate talks resumed on Monday after a long pause'), false);
  });

  it('takes a share row with a word before "page" or "blog" as page furniture', () => {
    assert.equal(isBoilerplateLine('Share this live page: Facebook | X | WhatsApp | Copy link'), true);
    assert.equal(isBoilerplateLine('Share this live blog: Facebook | Telegram'), true);
  });

  it('takes a category line with a view count as page furniture', () => {
    assert.equal(isBoilerplateLine('Category: Press Releases | Views: 2,310'), true);
    assert.equal(isBoilerplateLine('Category: Roads and Transport'), true);
  });
});
