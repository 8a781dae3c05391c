import * as assert from 'node:assert/strict';
import { isBoilerplateLine, isCaptionLine } from '../../../src/core/article/line-patterns';

describe('furniture and captions at the edges of their cheap tests', () => {
  it('takes a button drawn with many symbols as furniture, however long the row of symbols', () => {
    assert.ok(isBoilerplateLine(`${'☰'.repeat(250)} Menu`));
  });

  it('takes a listed line closed by a long run of dots as furniture', () => {
    assert.ok(isBoilerplateLine(`Read more${'.'.repeat(300)}`));
  });

  it('leaves a long paragraph that only opens like a standards link as prose', () => {
    assert.ok(!isBoilerplateLine(`Our standards of care, the hospital said, ${'were kept throughout the night '.repeat(8)}.`));
  });

  it('takes an acknowledgement of country, upper case or lower case, as furniture', () => {
    assert.ok(isBoilerplateLine('THE HARBOUR GAZETTE ACKNOWLEDGES THE TRADITIONAL OWNERS OF THE LAND ON WHICH WE WORK'));
    assert.ok(isBoilerplateLine('We at the Gazette acknowledge the Traditional Custodians of this land'));
    // The Kelvin sign case folds to "k", so a pattern reading case the Unicode way takes it as one.
    assert.ok(isBoilerplateLine('The Valley Post ac\u212Anowledges the Traditional Owners of the land'));
    assert.ok(!isBoilerplateLine(`${'A long opening before the word, '.repeat(5)}the paper acknowledges the Traditional Owners`));
  });

  it('takes breadcrumbs parted by bars, arrows or slashes as furniture, and a sentence with a bar as prose', () => {
    for (const line of ['Sport › Rugby union', 'News » Local', 'Home / Sport', 'News / Politics / Local government']) assert.ok(isBoilerplateLine(line), line);
    assert.ok(!isBoilerplateLine('The vote | a long night in the capital ended at dawn with no winner.'));
  });

  it('reads a caption ending in a bracketed credit and one ending in a bare credit', () => {
    assert.ok(isCaptionLine('Crews clear the road near the pass on Monday. (Ana Ruiz/Coast Times)'));
    assert.ok(isCaptionLine('Crews clear the road near the pass on Monday. Photo: Ana Ruiz'));
    assert.ok(isCaptionLine('Crews clear the road near the pass on Monday. Ana Ruiz via Getty Images'));
    assert.ok(!isCaptionLine('Crews cleared the road near the pass on Monday, the council said.'));
  });
});
