import * as assert from 'node:assert/strict';
import { findTrailingPhotoCredits, isCaptionLine } from '../../../src/core/article/line-patterns';
import { parseArticle } from '../../../src/core/article/parse-article';

const creditsOf = (line: string) => findTrailingPhotoCredits(line).map((c) => line.slice(c.start, c.end));

describe('photo credits naming a photographer in capitals and an outlet', () => {
  it('takes a labelled credit after a dash ending the caption', () => {
    const line = 'Rescue boats on the Sungai Benut in Kluang on Tuesday. – Photo: AHMAD RAZALI/Selatan Times';
    assert.ok(isCaptionLine(line));
    assert.deepEqual(creditsOf(line), ['Photo: AHMAD RAZALI/Selatan Times']);
  });

  it('reads a caption in square brackets ending in a labelled credit in brackets, and leaves other bracketed lines', () => {
    assert.ok(isCaptionLine('[Hikers on the ridge above the lake. (Photo: Jana Novak / SITA)]'));
    assert.ok(!isCaptionLine('[Read the full report (PDF)]'));
    const text = 'Bears seen near Zuberec\n\nHikers were told to keep to marked trails.\n\n[Hikers on the ridge above the lake. (Photo: Jana Novak / SITA)]\n\nThe warning stays in force.\n';
    const credit = parseArticle(text, 'a.txt').photoCredits.map((c) => text.slice(c.start, c.end));
    assert.deepEqual(credit, ['(Photo: Jana Novak / SITA)']);
  });

  it('takes an unlabelled credit after a dash, and one in brackets', () => {
    assert.deepEqual(creditsOf('Rescue boats in Kluang on Tuesday. — AHMAD RAZALI/Selatan Times'), ['AHMAD RAZALI/Selatan Times']);
    assert.deepEqual(creditsOf('Rescue boats in Kluang on Tuesday. (AHMAD RAZALI/Selatan Times)'), ['(AHMAD RAZALI/Selatan Times)']);
  });

  it("takes an outlet's credit in AP style with \"photo\" in lower case", () => {
    const line = 'Volunteers fill sandbags in Kluang on Tuesday night. (Selatan Times photo / Ahmad Razali)';
    assert.ok(isCaptionLine(line));
    assert.deepEqual(creditsOf(line), ['(Selatan Times photo / Ahmad Razali)']);
  });

  it('takes a copyright credit naming a photographer and an agency parted by a comma', () => {
    const line = 'The minister leaves the Hôtel de Matignon after a cabinet meeting on May 4. © Chloé Garnier-Vidal, AFP';
    assert.ok(isCaptionLine(line));
    assert.deepEqual(creditsOf(line), ['© Chloé Garnier-Vidal, AFP']);
    assert.deepEqual(creditsOf('Crowds in Lyon on Sunday. Photo: Jane Doe, Reuters'), ['Photo: Jane Doe, Reuters']);
  });

  it('leaves a sentence ending in a comma and a name without a credit label', () => {
    assert.ok(!isCaptionLine('The talks were led by Jane Doe, Reuters reported. The minister left, Paris'));
  });

  it('leaves a sentence with a dash in it alone', () => {
    assert.ok(!isCaptionLine('The mayor said the water had gone down - and then it rose again.'));
  });

  for (const eol of ['\n', '\r\n']) {
    it(`keeps the outlet of the credit out of the searchable text (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      const text = [
        'Floods cut the road to Kluang for a second day',
        '',
        '5 March 2026',
        '',
        'Rescue boats on the Sungai Benut in Kluang on Tuesday. – Photo: AHMAD RAZALI/Selatan Times',
        '',
        'Floods cut the main road to Kluang for a second day on Wednesday, and schools in the district stayed shut.',
        '',
        'The district office said 1,200 people had moved to relief centres.',
        '',
      ].join(eol);
      const a = parseArticle(text, 'flood.txt');
      assert.deepEqual(a.photoCredits.map((c) => c.text), ['Photo: AHMAD RAZALI/Selatan Times']);
      const searched = a.searchable.map((r) => text.slice(r.start, r.end)).join('\n');
      assert.ok(searched.includes('Sungai Benut'));
      assert.ok(!searched.includes('Selatan'));
    });
  }
});
