import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, waitFor, workspaceRoot } from './helpers';

const ARTICLE = '005_c3f8a2e61b9d4707.txt';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function hoverText(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

describe('claims that follow the article', () => {
  const sidecar = () => vscode.Uri.joinPath(workspaceRoot(), `${ARTICLE}.byline.yaml`);
  const quote = 'Selic rate at 13.75%';

  it('shows a claim in a hover card with its note and its actions', async () => {
    const editor = await openSample(ARTICLE);
    const start = editor.document.getText().indexOf(quote);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + quote.length));
    const id = await vscode.commands.executeCommand<string>('byline.tagClaim', { label: 'statistic', note: 'Compare with the [central bank](http://example.com) minutes.' });
    await vscode.commands.executeCommand('byline.claim.setStatus', { article: editor.document.uri.toString(), id }, 'verified');
    const card = await waitFor('the claim card', async () => {
      const text = await hoverText(editor.document, start + 3);
      return /statistic\*\* · verified/.test(text) && text;
    });
    assert.match(card, /Compare with the \\\[central bank\\\]\\\(http:\/\/example\\\.com\\\) minutes\\\./, 'the note is shown as text, its link inert');
    assert.match(card, /\[Set status\]\(command:byline\.claim\.setStatus\?/);
    assert.match(card, /\[Edit note\]\(command:byline\.claim\.editNote\?/);
  });

  it('records where the claims are when the article is saved', async () => {
    const editor = await openSample(ARTICLE);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATE: corrected figures.\n'));
    assert.ok(await editor.document.save());
    const start = editor.document.getText().indexOf(quote);
    const written = await waitFor('the new offsets in the sidecar', async () => {
      const text = await readText(sidecar());
      return text?.includes(`start: ${start}`) && text;
    });
    assert.ok(written.includes(`end: ${start + quote.length}`));
    assert.match(written, /status: verified/);
  });

  it('turns a verified claim whose words changed into needs-recheck, showing old and new words', async () => {
    const editor = await openSample(ARTICLE);
    const at = editor.document.getText().indexOf('13.75%');
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 6)), '13.25%'));
    const card = await waitFor('the changed-words card', async () => {
      const text = await hoverText(editor.document, at - 3);
      return /needs\\-recheck/.test(text) && text;
    });
    assert.match(card, /Quoted: “Selic rate at 13\\\.75%”/);
    assert.match(card, /Now: “Selic rate at 13\\\.25%”/);
    assert.ok(await editor.document.save());
    const written = await waitFor('needs-recheck in the sidecar', async () => {
      const text = await readText(sidecar());
      return text?.includes('status: needs-recheck') && text;
    });
    assert.match(written, /previousQuote: Selic rate at 13\.75%/);
    assert.match(written, /quote: Selic rate at 13\.25%/);
  });

  it('reports a broken labels file in Problems and clears it once fixed', async () => {
    const labels = vscode.Uri.joinPath(workspaceRoot(), '.byline', 'labels.yaml');
    await vscode.workspace.fs.writeFile(labels, new TextEncoder().encode('labels:\n  - name: promise\n    color: not-a-colour\n'));
    const problems = await waitFor('a labels problem', () => {
      const d = vscode.languages.getDiagnostics(labels);
      return d.length > 0 && d;
    });
    assert.equal(problems[0].source, 'Byline');
    assert.match(problems[0].message, /colou?r/i);
    await vscode.workspace.fs.writeFile(labels, new TextEncoder().encode('labels:\n  - name: promise\n    color: "#0891b2"\n'));
    await waitFor('the problem to clear', () => vscode.languages.getDiagnostics(labels).length === 0);
  });
});
