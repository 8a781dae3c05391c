import * as assert from 'node:assert/strict';
import { brokenByline, runRunner } from './broken-byline';

describe('the UI test runner', function () {
  this.timeout(240_000);

  it('exits non-zero when Byline activates but shows nothing', async () => {
    // Activation succeeds, but no language, status item or decoration is ever shown.
    const silent = brokenByline('exports.activate = () => {};\n');
    const { code, output } = await runRunner('run-e2e.js', ['--extension', silent, '--grep', 'outlet and date'], { BYLINE_UI_WAIT_MS: '8000' });
    assert.equal(code, 1, output);
    assert.match(output, /0 passed, 1 failed/);
    assert.match(output, /News Article language mode/);
  });
});
