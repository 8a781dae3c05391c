import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, uiCheckpoint, waitFor, waitForLanguage, workspaceRoot } from './helpers';

const ARTICLE = '001_4f2a9c1e7b3d5a60.txt';
const MARKDOWN_ARTICLE = '003_e7c41b08d2f9a316.md';

describe('Byline in VS Code', () => {
  it('activates without error', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'byline');
    assert.ok(ext, 'the Byline extension is loaded');
    await ext.activate();
    assert.ok(ext.isActive);
  });

  it('gives a detected plain-text article the News Article language', async () => {
    const editor = await openSample(ARTICLE);
    await waitForLanguage(editor.document.uri, 'news-article');
  });

  it('keeps Markdown articles in Markdown', async () => {
    const md = await openSample(MARKDOWN_ARTICLE);
    assert.equal(md.document.languageId, 'markdown');
  });

  it('leaves a plain-text file that is not an article in Plain Text', async () => {
    const notes = vscode.Uri.joinPath(workspaceRoot(), 'notes.txt');
    await vscode.workspace.fs.writeFile(notes, new TextEncoder().encode('shopping list\n- milk\n- bread\n'));
    const doc = await vscode.workspace.openTextDocument(notes);
    await vscode.window.showTextDocument(doc);
    // Documents are checked in the order they open: once a later article has its language, the
    // notes have been judged too.
    const later = await openSample('002_9b1e6d3c2a7f4e85.txt');
    await waitForLanguage(later.document.uri, 'news-article');
    const notesNow = vscode.workspace.textDocuments.find((d) => d.uri.toString() === notes.toString());
    assert.equal(notesNow?.languageId, 'plaintext');
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['byline.showArticleInfo', 'byline.toggleHighlighting', 'byline.markNotEntity', 'byline.addEntity', 'byline.reindexWorkspace']) {
      assert.ok(commands.includes(id), id);
    }
  });

  it('outlines an article: headline, date and paragraphs', async () => {
    const editor = await openSample(ARTICLE);
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return s?.find((x) => x.name.startsWith('Baltic Ministers'));
    });
    assert.ok(symbols.children.some((c) => c.detail === 'date'));
    assert.ok(symbols.children.filter((c) => c.detail.startsWith('¶')).length >= 5);
  });

  it('shows a hover card with the canonical name of an entity', async () => {
    const editor = await openSample(ARTICLE);
    const text = editor.document.getText();
    const offset = text.indexOf('Kallas said');
    const hovers = await waitFor('a hover on Kallas', async () => {
      const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset + 2));
      const all = (h ?? []).flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return all.includes('Kaja Kallas') && all;
    });
    assert.match(hovers, /Person/);
  });

  it('finds entities across the workspace with Go to Symbol in Workspace', async () => {
    const symbols = await waitFor('workspace symbols for Ruto', async () => {
      const s = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Ruto');
      return s && s.length > 0 && s;
    }, 45_000);
    assert.ok(symbols.some((s) => s.name === 'William Ruto'));
  });

  it('records "not an entity" in .byline/entities.yaml', async () => {
    const editor = await openSample(ARTICLE);
    const text = editor.document.getText();
    const start = text.indexOf('Elering');
    await vscode.commands.executeCommand('byline.markNotEntity', { uri: editor.document.uri.toString(), start, end: start + 'Elering'.length });
    const file = vscode.Uri.joinPath(workspaceRoot(), '.byline', 'entities.yaml');
    const written = await waitFor('entities.yaml', async () => {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      } catch {
        return undefined;
      }
    });
    assert.match(written, /action: reject/);
    assert.match(written, /text: Elering/);
  });

  it('keeps the article on screen for the UI checks', async () => {
    await openSample(ARTICLE);
    await uiCheckpoint();
  });
});
