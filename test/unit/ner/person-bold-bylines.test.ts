import * as assert from 'node:assert/strict';
import { withBoldBylines } from '../../../src/core/ner/person-bold-bylines';
import { showSpans } from '../helpers/spans';

describe('a bold Markdown byline', () => {
  it("puts in the writer's name before \"at\" or \"in\" and a place ending the line", () => {
    const text = '# Final report\n\n**Marta Oyelaran-Fisk** at Centre Court\r\n**Tom Ferris** in Kyiv\n\nThe match began.';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), ['person:Marta Oyelaran-Fisk', 'person:Tom Ferris']);
  });

  it('leaves bold headings, organisations and bold names inside a sentence', () => {
    const text = '**The Results** in Full\n**Central Bank** in London\n**Tom Ferris** in Kyiv said the war would go on.\nWe met **Ann Lee** at Leeds';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), []);
  });

  it('puts in every writer of a line of bylines joined by "and" or commas', () => {
    const text = '# Deal done\n\n**Jana Özkan-Weiß** in Köln, **Omar Selby** in Doha and **Lia Brandt** at Anfield\n\nThe club said.';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), ['person:Jana Özkan-Weiß', 'person:Omar Selby', 'person:Lia Brandt']);
  });

  it('leaves a line where only the first bold name has a place after it', () => {
    const text = '# Deal done\n\n**Jana Brandt** in Köln and **Omar Selby** wrote this.\n';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), []);
  });

  it('puts in a name after "By" in the bold, before a bar and a place, and two names joined by "and" before a reading time', () => {
    const text = '# Rains return\n\n**By Kofi Adomako Mensah** | Tamale\n\n**Lê Văn Tùng** and **Ruth Okafor** · 4 min read\n\nThe rains came.';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), ['person:Kofi Adomako Mensah', 'person:Lê Văn Tùng', 'person:Ruth Okafor']);
  });

  it('puts in a name before a dot and a date line', () => {
    const text = '# Rains return\n\n**Ruth Okafor-Lamb** · Updated: 2026-03-02 10:15 WAT\n\nThe rains came.';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), ['person:Ruth Okafor-Lamb']);
  });

  it('leaves a bold line of two capitalised words alone, which is a heading', () => {
    const text = '# Rains return\n\n**Key Findings**\n\nThe rains came.';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), []);
  });

  it('puts in the writers of a plain byline line naming two writers, each with a place, also with CRLF', () => {
    const text = 'Polls close in Thuringia\r\n\r\nLena Voß-Hartmann in Erfurt and Piet Oduya in Berlin\r\n\r\nVoters queued.';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), ['person:Lena Voß-Hartmann', 'person:Piet Oduya']);
  });

  it('leaves a plain line with one name and a place, or with a function or organisation word', () => {
    const text = 'Floods in Texas\n\nThe Rain in Bonn and Ann Lee in Oslo\nCentral Bank in Rome and Ann Lee in Oslo\n';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), []);
  });

  it('puts in the writer of a bold byline before a dot and an ISO date line with its time and offset', () => {
    const text = '# Final\n\n**Ioanna Petrakis-Moore** · 2026-05-02T21:10:00+03:00\n\nThe match began.';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), ['person:Ioanna Petrakis-Moore']);
  });

  it('puts in a byline after a bold tag of the piece\'s kind, before a place and a date line', () => {
    const text = '# Rents\n\n**OPINION** · By **Iker Etxeberria Goñi** · Vitoria - 3 MAR 2026 - 09:00 CET\n\nRents rose.';
    assert.deepEqual(showSpans(text, withBoldBylines(text, [])), ['person:Iker Etxeberria Goñi']);
  });
});
