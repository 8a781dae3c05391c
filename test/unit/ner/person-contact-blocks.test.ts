import * as assert from 'node:assert/strict';
import { withContactNames } from '../../../src/core/ner/person-contact-blocks';
import { showSpans, spanAt } from '../helpers/spans';

describe('names heading media contact blocks', () => {
  it('puts in the name on the first line of each block above a phone or e-mail line', () => {
    const text = 'The line opens in May.\r\n\r\nPress contacts:\r\nLéa Moreau-Diop\r\nHead of Communications, Acme Transit\r\nTel: +33 1 00 00 00\r\n\r\nTomás de la Vega\r\nACME\r\nEmail: press@acme.example\r\n';
    const spans = [spanAt(text, 'Acme Transit', 'organization')];
    assert.deepEqual(showSpans(text, withContactNames(text, spans)), ['person:Léa Moreau-Diop', 'organization:Acme Transit', 'person:Tomás de la Vega']);
  });

  it('puts in the name under a heading written without a colon, such as "Media contact", not under another line of text', () => {
    const text = 'The line opens in May.\n\nMedia contact\nSílvia Chambule Macuácua\nPress Office\nTel: +258 21 000 000\n\nThe works ran late\nJoão Mabote\nEmail: a@b.example\n';
    assert.deepEqual(showSpans(text, withContactNames(text, [])), ['person:Sílvia Chambule Macuácua']);
  });

  it('leaves an organisation heading a block, and names inside a paragraph', () => {
    const text = 'Green Energy Agency\nTel: 555 0100\n\nShe said it would open soon, and Ann Lee agreed\nwith him.\nEmail: a@b.example\n';
    assert.deepEqual(showSpans(text, withContactNames(text, [])), []);
  });

  it('finds nothing in a text without contact lines', () => {
    assert.deepEqual(withContactNames('', []), []);
  });
});
