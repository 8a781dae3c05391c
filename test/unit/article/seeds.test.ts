import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../../src/core/article/parse-article';
import { hasSeeds, seedsDir } from '../helpers/fixtures';

/** The two real example articles, when the shared folder is beside the repository. */
(hasSeeds ? describe : describe.skip)('parseArticle on the real examples', () => {
  const read = (name: string) => readFileSync(path.join(seedsDir, name), 'utf8');

  it('parses the Moscow Times article', () => {
    const a = parseArticle(read('000_c52a6572b33327a8.txt'), '000_c52a6572b33327a8.txt');
    assert.equal(a.detection.isArticle, true);
    assert.equal(a.title?.text, 'Putin Urges Post-Soviet Allies to Support Embattled Armenian PM');
    assert.equal(a.published, '2020-12-02');
    assert.equal(a.publishedInferred, false);
    assert.equal(a.url?.text, 'https://www.themoscowtimes.com/2020/12/02/armenia-a72212');
    assert.equal(a.outlet, 'themoscowtimes.com');
    assert.deepEqual(a.credits.map((c) => c.text), ['AFP contributed reporting.']);
    assert.deepEqual(a.photoCredits.map((c) => c.text), ['[Kremlin.ru](https://www.kremlin.ru)']);
    assert.equal(a.boilerplate.length, 0);
  });

  it('parses the scraped AP article', () => {
    const a = parseArticle(read('002_2c3641fba56d4181.txt'), '002_2c3641fba56d4181.txt');
    assert.equal(a.detection.isArticle, true);
    assert.equal(a.title?.text, 'Armenia asks for Russian help amid tensions with Azerbaijan');
    assert.equal(a.published, '2021-05-14');
    assert.equal(a.publishedInferred, true);
    assert.equal(a.url, null);
    assert.equal(a.dateline?.text, 'YEREVAN');
    assert.deepEqual(a.credits.map((c) => c.text), ['Vladimir Isachenkov in Moscow contributed to this report.']);
    assert.deepEqual(a.boilerplate.map((b) => b.text), ['Skip to main content', 'Clear icon', '33º', 'Recommended Videos', '___']);
    assert.deepEqual(a.photoCredits.map((c) => c.text), ['(Mikhail Klimentyev, Sputnik, Kremlin Pool Photo via AP, File)', '(Mikhail Klimentyev, Sputnik)']);
  });
});
