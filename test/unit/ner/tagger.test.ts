import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { loadDefaultTagger } from '../../../src/core/ner/default-tagger';
import { GAZ, Gazetteer } from '../../../src/core/ner/gazetteer';
import { createTagger, ModelError, type NamedSpan } from '../../../src/core/ner/index';
import { encodeModel } from '../../../src/core/ner/model-file';
import { STATE_ABBREVIATIONS } from '../../../src/core/ner/name-cues';
import { createRuleTagger } from '../../../src/core/ner/rule-tagger';
import { NUM_LABELS } from '../../../src/core/ner/sequence-model';
import { wrapsOnward } from '../../../src/core/ner/tokenize';
import { fixturesDir } from '../helpers/fixtures';

const tagger = loadDefaultTagger();
const whole = (text: string) => [{ start: 0, end: text.length }];
const find = (text: string) => tagger.find(text, whole(text)).map((s) => [s.type, text.slice(s.start, s.end)]);
const has = (spans: string[][], type: string, name: string) => spans.some(([t, s]) => t === type && s === name);
/** A name ending in a sentence's full stop, not in the last period of an abbreviation ("U.N.", "U.S."). */
/** A full stop the name does not own: initials ("U.N.") and AP state abbreviations ("Okla.") keep theirs. */
const endsInFullStop = (name: string) => name.endsWith('.') && !/(?:^|\s)(?:\p{L}\.){2,}$/u.test(name) && !STATE_ABBREVIATIONS.has(name.slice(0, -1));

/** A model with no trained weights at all, only a name list: the smallest thing createTagger accepts. */
function tinyModel(): Uint8Array {
  const lists = new Gazetteer();
  lists.add('Collective Security Treaty Organization', GAZ.organization);
  lists.add('Interfax', GAZ.agency);
  return encodeModel(10, 1, new Float32Array((NUM_LABELS + 1) * NUM_LABELS), new Int8Array((1 << 10) * NUM_LABELS), undefined, lists);
}

describe('the name tagger', () => {
  it('finds people with surnames it never saw, without their titles', () => {
    const spans = find('Armenian Prime Minister Nikol Pashinyan told lawmakers that he asked President Vladimir Putin for help.');
    assert.ok(has(spans, 'person', 'Nikol Pashinyan'), JSON.stringify(spans));
    assert.ok(has(spans, 'person', 'Vladimir Putin'), JSON.stringify(spans));
    assert.ok(!spans.some(([, s]) => /Minister|President|Armenian/.test(s)), JSON.stringify(spans));
  });

  it('leaves possessives out and nationality adjectives alone', () => {
    const spans = find("Russian peacekeepers arrived as Armenia's parliament met Nikol Pashinyan. Putin called Pashinyan's moves painful.");
    assert.ok(has(spans, 'place', 'Armenia'), JSON.stringify(spans));
    assert.ok(has(spans, 'person', 'Pashinyan'), JSON.stringify(spans));
    assert.ok(!spans.some(([, s]) => s === 'Russian' || /['’]s$/u.test(s)), JSON.stringify(spans));
  });

  it('keeps hyphenated places whole, marks names used as modifiers not at all, and splits comma lists', () => {
    const spans = find('The CSTO is a Russia-led alliance that includes Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan, and fought over Nagorno-Karabakh.');
    for (const place of ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Nagorno-Karabakh']) assert.ok(has(spans, 'place', place), `${place}: ${JSON.stringify(spans)}`);
    assert.ok(!spans.some(([, s]) => s.includes('Russia-led') || s === 'Russia'), JSON.stringify(spans));
  });

  it('keeps the periods of an abbreviation in a name but leaves a full stop out', () => {
    const spans = find('The U.N. refugee agency said on Tuesday that it had met Vladimir Putin.');
    assert.ok(spans.some(([, s]) => s === 'U.N.'), JSON.stringify(spans));
    assert.ok(has(spans, 'person', 'Vladimir Putin'), JSON.stringify(spans));
    assert.ok(!spans.some(([, s]) => endsInFullStop(s)), JSON.stringify(spans));
    assert.ok(endsInFullStop('Vladimir Putin.') && endsInFullStop('Putin.') && !endsInFullStop('U.N.') && !endsInFullStop('the U.S.'));
  });

  it('reads a headline with capitalised function words as a headline: only names known from the body count there', () => {
    const text = 'Ulaanbaatar Council Ousts District Governor Over Land Scandal\n\nThe city council in Ulaanbaatar voted on Tuesday to dismiss the governor.';
    const headline = tagger.find(text, whole(text)).filter((s) => s.end <= text.indexOf('\n')).map((s) => [s.type, text.slice(s.start, s.end)]);
    assert.deepEqual(headline, [['place', 'Ulaanbaatar']]);
  });

  it('reads a title-case line opening with a letter beyond ASCII as a headline, and one ending in a full stop as a sentence', () => {
    const headlineSpans = (text: string) => tagger.find(text, whole(text)).filter((s) => s.end <= text.indexOf('\n')).map((s) => [s.type, text.slice(s.start, s.end)]);
    const body = '\n\nThe city council in Łódź voted on Tuesday to dismiss the governor.';
    assert.deepEqual(headlineSpans(`Łódź Council Ousts District Governor Over Land Scandal${body}`), [['place', 'Łódź']]);
    const sentence = headlineSpans(`Łódź Council Ousts District Governor Over Land Scandal.${body}`);
    assert.ok(sentence.some(([, s]) => s.includes('Council')), JSON.stringify(sentence));
  });

  it('reads a title-case name linked inside a paragraph as a sentence of the paragraph, not as a headline', () => {
    const text = "Lorsan's [Committee on Fisheries, Forests and Rural Affairs](https://example.org/committees) on Monday backed the plan.";
    const regions = [{ start: 0, end: text.indexOf(']') }, { start: text.indexOf(') on') + 1, end: text.length }];
    const spans = tagger.find(text, regions).map((s) => [s.type, text.slice(s.start, s.end)]);
    assert.ok(has(spans, 'organization', 'Committee on Fisheries, Forests and Rural Affairs'), JSON.stringify(spans));
  });

  it('recognises a name everywhere in the article once it is known', () => {
    const text = 'Tigran Avetisyan, the mayor, spoke first. Later Avetisyan left. Avetisyan returned.';
    assert.equal(find(text).filter(([t]) => t === 'person').length, 3, JSON.stringify(find(text)));
  });

  it('tags every fixture article with spans that slice exactly inside the regions asked for', () => {
    const files = readdirSync(path.join(fixturesDir, 'ner')).filter((f) => /\.(txt|md)$/u.test(f));
    assert.ok(files.length >= 4);
    for (const f of files) {
      const text = readFileSync(path.join(fixturesDir, 'ner', f), 'utf8');
      const regions = [{ start: 10, end: Math.floor(text.length / 2) }, { start: Math.floor(text.length / 2) + 5, end: text.length }];
      const spans = tagger.find(text, regions);
      assert.ok(spans.length > 5, f);
      for (const s of spans) {
        assert.ok(regions.some((r) => s.start >= r.start && s.end <= r.end), `${f}: ${JSON.stringify(s)}`);
        const name = text.slice(s.start, s.end);
        assert.equal(name, name.trim(), `${f}: ${JSON.stringify(name)}`);
        assert.ok(!/[,;:'’]$/u.test(name) && !endsInFullStop(name), `${f}: ${JSON.stringify(name)}`);
        // A name goes on over a line break only where the line is wrapped prose.
        for (const lineBreak of name.matchAll(/\r\n|\r|\n/gu)) assert.ok(wrapsOnward(text, s.start + lineBreak.index), `${f}: ${JSON.stringify(name)}`);
      }
    }
  });

  it('ends a name at a heading in title case, however long, but runs it on through wrapped prose', () => {
    const text = 'About the Tasman Regional Council of Water Utilities\nTRCWU runs the region\'s dams and pipes.\n\nThe talks were hosted by the port authority and attended by the mayor, Ingrid\nSolberg, who spoke first.\n';
    assert.equal(wrapsOnward(text, text.indexOf('\nTRCWU')), false);
    assert.equal(wrapsOnward(text, text.indexOf('\nSolberg')), true);
    for (const s of tagger.find(text, whole(text))) assert.ok(!text.slice(s.start, s.end).includes('TRCWU') || !text.slice(s.start, s.end).includes('Council'), text.slice(s.start, s.end));
  });

  it('never joins a name across a blank line, with LF, CRLF or CR line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `By John Smith${eol}${eol}LAUSANNE, Switzerland (Reuters) - The court ruled on Wednesday.${eol}${eol}Vladimir Putin${eol}  ${eol}Nikol Pashinyan met in Moscow.`;
      const spans = tagger.find(text, whole(text));
      for (const s of spans) assert.ok(!/[\r\n]/u.test(text.slice(s.start, s.end)), JSON.stringify({ eol, span: text.slice(s.start, s.end) }));
      assert.ok(spans.some((s) => text.slice(s.start, s.end) === 'John Smith'), JSON.stringify(spans));
    }
  });

  it('joins a name over a single line break only in wrapped prose, never across short standalone lines', () => {
    const menu = 'Skip to content\nHome\nNews\nBusiness\nWorld Bank\nSign in\n\nThe talks were hosted by the foreign ministry and attended by Vladimir\nPutin, who spoke first.';
    for (const t of [tagger, createRuleTagger()]) {
      const spans = t.find(menu, [{ start: 8, end: menu.length }]);
      for (const s of spans) {
        const name = menu.slice(s.start, s.end);
        if (/[\r\n]/u.test(name)) assert.equal(name, 'Vladimir\nPutin', JSON.stringify(spans.map((x) => menu.slice(x.start, x.end))));
      }
    }
    assert.ok(tagger.find(menu, whole(menu)).some((s) => menu.slice(s.start, s.end) === 'Vladimir\nPutin'));
  });

  it('the rule tagger, used without a model, never joins a name across a blank line either', () => {
    const text = 'Talks with Vladimir Putin\r\n\r\nNikol Pashinyan said.';
    for (const s of createRuleTagger().find(text, whole(text))) assert.ok(!/[\r\n]/u.test(text.slice(s.start, s.end)), text.slice(s.start, s.end));
  });

  it('never joins names across the text between two regions', () => {
    const text = 'Vladimir Putin Nikol Pashinyan';
    const spans = tagger.find(text, [{ start: 0, end: 14 }, { start: 15, end: text.length }]);
    for (const s of spans) assert.ok(s.end <= 14 || s.start >= 15, JSON.stringify(spans));
  });

  it('keeps the same names inside many regions, given in text order or not', () => {
    const lines = ['Angela Merkel met Emmanuel Macron in Paris.', 'Olaf Scholz flew to Warsaw.', 'Reuters reported it.', 'Joe Biden spoke in Boston.'];
    const text = lines.join('\n\n');
    const regions = lines.map((line) => ({ start: text.indexOf(line), end: text.indexOf(line) + line.length }));
    const inOrder = tagger.find(text, regions);
    assert.ok(inOrder.length >= 6, JSON.stringify(inOrder));
    assert.deepEqual(tagger.find(text, [...regions].reverse()), inOrder);
    const some = [regions[0], regions[2]];
    const inSome = tagger.find(text, some);
    assert.ok(inSome.length > 0 && inSome.every((s) => some.some((r) => s.start >= r.start && s.end <= r.end)), JSON.stringify(inSome));
  });

  it('keeps exact offsets after a BOM, CRLF line ends and emoji', () => {
    const text = '\uFEFF😀 Talks in Moscow\r\nwith Vladimir Putin 🇦🇲 ended.\r\n';
    const spans = tagger.find(text, whole(text));
    assert.ok(spans.some((s) => s.type === 'person' && text.slice(s.start, s.end) === 'Vladimir Putin'), JSON.stringify(spans));
    assert.ok(spans.some((s) => s.type === 'place' && text.slice(s.start, s.end) === 'Moscow'), JSON.stringify(spans));
  });

  it('builds from a tiny model and finds the multi-word names its lists hold', () => {
    const tiny = createTagger(tinyModel());
    const text = 'Leaders of the Collective Security Treaty Organization met in Moscow.';
    const spans = tiny.find(text, whole(text)).map((s: NamedSpan) => [s.type, text.slice(s.start, s.end)]);
    assert.deepEqual(spans, [['organization', 'Collective Security Treaty Organization']]);
  });

  it('takes a listed single-word organisation the model missed, also first in its sentence', () => {
    const tiny = createTagger(tinyModel());
    const text = 'Interfax reported the talks. Officials told Interfax nothing, said interfax.com.';
    const spans = tiny.find(text, whole(text)).map((s: NamedSpan) => [s.type, s.start]);
    assert.deepEqual(spans, [['organization', 0], ['organization', text.indexOf('Interfax nothing')]]);
  });

  it('refuses bytes that are not a model, or a truncated model, with a prefixed error', () => {
    assert.throws(() => createTagger(new Uint8Array([1, 2, 3])), (e: unknown) => e instanceof ModelError && e.code === 'format' && /^byline model: /.test(e.message));
    const model = tinyModel();
    assert.throws(() => createTagger(model.subarray(0, model.length - 7)), (e: unknown) => e instanceof ModelError && e.code === 'size');
  });
});

describe('the name tagger on any input', () => {
  it('returns without throwing, each span non-empty and inside its region', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('\r\n', '\uFEFF', '😀', ' Putin', ' Moscow,', "'s", ' U.S.', ' E.', '-', ' The'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(60), fc.nat(60), (parts, a, b) => {
        const text = parts.join('');
        const start = Math.min(a, text.length);
        const end = Math.max(start, text.length - Math.min(b, text.length));
        for (const s of tagger.find(text, [{ start, end }])) assert.ok(s.start >= start && s.end <= end && s.start < s.end, JSON.stringify({ text, s }));
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty input and a single 1 MB line', function () {
    // About 2 s of CPU for 68,000 names; the bound is generous so a busy machine does not fail it.
    this.timeout(60_000);
    assert.deepEqual(tagger.find('', [{ start: 0, end: 0 }]), []);
    assert.deepEqual(tagger.find('abc', []), []);
    const huge = 'Putin met officials in Moscow, '.repeat(34_000);
    const spans = tagger.find(huge, whole(huge));
    assert.ok(spans.length > 0 && spans.every((s) => s.end <= huge.length));
  });
});
