import * as vscode from 'vscode';
import { buildClaimHover, CLAIM_HOVER_COMMANDS } from '../../core/claims-view/claim-hover';
import type { ClaimsStore } from './claims-store';

/**
 * Hover cards on claims: label, status, note, speaker, sources, old and new words when the article
 * changed under a claim, and links to change its status, edit its note or delete it. Sidecar text
 * is escaped; only the claim commands are trusted.
 */
export function registerClaimHover(store: ClaimsStore): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    provideHover(doc, position) {
      const claims = store.get(doc.uri);
      if (!claims) return undefined;
      const offset = doc.offsetAt(position);
      const here = claims.anchored.filter((a) => a.result.start !== null && a.result.start <= offset && offset < a.result.end!);
      if (here.length === 0) return undefined;
      const text = doc.getText();
      const cards = here.map((claim) => {
        const markdown = new vscode.MarkdownString(buildClaimHover({ claim, currentText: text.slice(claim.result.start!, claim.result.end!), articleUri: doc.uri.toString() }), true);
        markdown.supportHtml = false;
        markdown.isTrusted = { enabledCommands: Object.values(CLAIM_HOVER_COMMANDS) };
        return markdown;
      });
      const first = here[0].result;
      return new vscode.Hover(cards, new vscode.Range(doc.positionAt(first.start!), doc.positionAt(first.end!)));
    },
  };
  return vscode.languages.registerHoverProvider([{ language: 'news-article' }, { language: 'markdown' }, { language: 'plaintext' }], provider);
}
