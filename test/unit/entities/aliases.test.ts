import * as assert from 'node:assert/strict';
import { aliasOf } from '../../../src/core/entities/aliases';

describe('short forms of well-known names', () => {
  it('gives the full name of a listed short form, dotted or not', () => {
    assert.equal(aliasOf('U.N.'), 'United Nations');
    assert.equal(aliasOf('NATO'), 'North Atlantic Treaty Organization');
  });

  it('gives nothing for other names, longer ones and the names every object inherits included', () => {
    assert.equal(aliasOf('Unesco'), undefined);
    assert.equal(aliasOf('Kestrel Power Team'), undefined);
    assert.equal(aliasOf('constructor'), undefined);
    assert.equal(aliasOf('toString'), undefined);
    assert.equal(aliasOf(''), undefined);
  });
});
