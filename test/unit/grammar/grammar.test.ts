import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { readFixture, repoRoot } from '../helpers/fixtures';

const syntaxes = path.join(repoRoot, 'syntaxes');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) =>
      scope === 'text.news-article'
        ? textmate.parseRawGrammar(readFileSync(path.join(syntaxes, 'news-article.tmLanguage.json'), 'utf8'), 'news-article.tmLanguage.json')
        : null,
  });
  const grammar = await registry.loadGrammar('text.news-article');
  assert.ok(grammar);
  return grammar;
}

/** The scopes of each token whose text contains `needle`, per line. */
function scopesOf(grammar: textmate.IGrammar, text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let state = textmate.INITIAL;
  for (const line of text.split(/\r?\n/)) {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) {
      const piece = line.slice(t.startIndex, t.endIndex);
      if (piece.trim()) out.set(piece, t.scopes);
    }
    state = result.ruleStack;
  }
  return out;
}

describe('news-article grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  const has = (scopes: Map<string, string[]>, text: string, scope: string) =>
    assert.ok(scopes.get(text)?.some((s) => s.startsWith(scope)), `${text}: ${scopes.get(text)?.join(' ')}`);

  it('colours headline, date line, caption, credit and source footer of a clean article', () => {
    const scopes = scopesOf(grammar, readFixture('articles', 'markdown-clean.txt'));
    has(scopes, '# Georgian Parliament Passes Budget Amid Opposition Boycott', 'markup.heading.headline');
    has(scopes, 'November 24, 2022', 'constant.other.date.published');
    has(scopes, '*Reuters contributed reporting.*', 'comment.block.documentation.credit');
    has(scopes, 'https://www.tbilisiherald.ge/2022/11/24/budget-a55120', 'markup.underline.link.source');
    has(scopes, 'https://www.parliament.ge', 'markup.underline.link');
    has(scopes, '"We will not legitimise this farce,"', 'string.quoted.double');
  });

  it('dims scraped furniture and marks the dateline and caption of a wire story', () => {
    const scopes = scopesOf(grammar, readFixture('articles', 'scraped-wire.txt'));
    for (const line of ['Skip to main content', 'Clear icon', '21º', 'Recommended Videos', '___']) has(scopes, line, 'comment.line.boilerplate');
    has(scopes, 'SANTIAGO, Chile', 'entity.name.tag.dateline');
    has(scopes, '(AP)', 'entity.name.type.agency');
    has(scopes, 'Chile votes on new constitution draft after years of protest', 'markup.heading.headline');
    const caption = [...scopes.keys()].find((k) => k.startsWith('FILE - In this Sunday'));
    assert.ok(caption && scopes.get(caption)?.some((s) => s.startsWith('markup.italic.caption')));
  });

  it('leaves ordinary body sentences unstyled', () => {
    const scopes = scopesOf(grammar, 'Polls suggested the draft would be rejected by a wide margin.');
    assert.deepEqual(scopes.get('Polls suggested the draft would be rejected by a wide margin.'), ['text.news-article']);
  });
});
