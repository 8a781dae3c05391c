import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, waitFor, workspaceRoot } from './helpers';

const ARTICLE = '006_7d2b5f0c9e4a1833.txt';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

describe('claim annotations in VS Code', () => {
  const sidecar = () => vscode.Uri.joinPath(workspaceRoot(), `${ARTICLE}.byline.yaml`);

  it('tags the selection as a claim and writes the sidecar beside the article', async () => {
    const editor = await openSample(ARTICLE);
    const text = editor.document.getText();
    const quote = 'closed last fall after drivers waited for up to ten days';
    const start = text.indexOf(quote);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + quote.length));
    const id = await vscode.commands.executeCommand<string>('byline.tagClaim', { label: 'claim', status: 'unverified', note: 'Check the border agency figures.' });
    assert.match(id ?? '', /^[a-z2-9]{6}$/);
    const written = await waitFor('the sidecar', () => readText(sidecar()));
    assert.match(written, /^byline: 1$/m);
    assert.ok(written.includes(`quote: ${quote}`));
    assert.ok(written.includes(`start: ${start}`));
  });

  it('changes the status of a claim and deletes it, in the sidecar', async () => {
    const editor = await openSample(ARTICLE);
    const text = editor.document.getText();
    const quote = 'Polish Infrastructure Minister';
    const start = text.indexOf(quote);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + quote.length));
    const id = await vscode.commands.executeCommand<string>('byline.tagClaim', { label: 'attribution' });
    const ref = { article: editor.document.uri.toString(), id };
    await vscode.commands.executeCommand('byline.claim.setStatus', ref, 'verified');
    assert.match((await readText(sidecar())) ?? '', new RegExp(`id: ${id}\\n    label: attribution\\n    status: verified`));
    await vscode.commands.executeCommand('byline.claim.delete', ref);
    assert.ok(!((await readText(sidecar())) ?? '').includes(`id: ${id}`));
    assert.ok(((await readText(sidecar())) ?? '').includes('closed last fall'), 'the other claim is kept');
  });

  it('moves the sidecar when the article is renamed', async () => {
    const from = vscode.Uri.joinPath(workspaceRoot(), ARTICLE);
    const to = vscode.Uri.joinPath(workspaceRoot(), `renamed_${ARTICLE}`);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const moved = vscode.Uri.joinPath(workspaceRoot(), `renamed_${ARTICLE}.byline.yaml`);
    await waitFor('the sidecar at its new name', () => readText(moved));
    assert.equal(await readText(sidecar()), undefined);
  });

  it('reports a broken sidecar in Problems and never overwrites it', async () => {
    const article = `renamed_${ARTICLE}`;
    const file = vscode.Uri.joinPath(workspaceRoot(), `${article}.byline.yaml`);
    const broken = 'byline: 1\nannotations:\n  - id: x1\n    quote: "unterminated\n';
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(broken));
    const problems = await waitFor('a Problems entry', () => {
      const d = vscode.languages.getDiagnostics(file);
      return d.length > 0 && d;
    });
    assert.equal(problems[0].source, 'Byline');
    const editor = await openSample(article);
    editor.selection = new vscode.Selection(new vscode.Position(0, 0), new vscode.Position(0, 7));
    const id = await vscode.commands.executeCommand<string | undefined>('byline.tagClaim', { label: 'claim' });
    assert.equal(id, undefined);
    assert.equal(await readText(file), broken);
  });
});
