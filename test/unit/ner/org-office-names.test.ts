import * as assert from 'node:assert/strict';
import { withOfficeNames } from '../../../src/core/ner/org-office-names';
import { showSpans, spanAt } from '../helpers/spans';

describe('bodies named by their head word and their field', () => {
  it('finds an office "of" or "for" its field where the model found nothing, with "the" inside the field', () => {
    const text = 'A report by the Office of Rail Safety and a letter to the Office of the Water Regulator were published; Office for Students staff agreed.';
    assert.deepEqual(showSpans(text, withOfficeNames(text, [])), ['organization:Office of Rail Safety', 'organization:Office of the Water Regulator', 'organization:Office for Students']);
  });

  it('goes on over "on" and a field of two words after a committee the model cut at its head', () => {
    const text = 'The African Union Committee on Child Welfare met in Accra.';
    const spans = [spanAt(text, 'African Union Committee', 'organization'), spanAt(text, 'Accra', 'place')];
    assert.deepEqual(showSpans(text, withOfficeNames(text, spans)), ['organization:African Union Committee on Child Welfare', 'place:Accra']);
  });

  it('leaves a day or a name after "on", a longer name before "Office", and a body after "and"', () => {
    const text = 'The Commission on Tuesday fined Acme. The Council on Acme Holdings spoke. The Federal Office of Energy and the Office of Roads and Kerry County Council met.';
    const spans = [spanAt(text, 'Acme', 'organization'), spanAt(text, 'Acme Holdings', 'organization'), spanAt(text, 'Kerry County Council', 'organization')];
    assert.deepEqual(showSpans(text, withOfficeNames(text, spans)), ['organization:Acme', 'organization:Acme Holdings', 'organization:Office of Roads', 'organization:Kerry County Council']);
  });
});
