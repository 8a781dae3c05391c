import * as vscode from 'vscode';
import type { ArticleDocuments } from '../articles/article-documents';
import { registerClaimCommands } from './claim-commands';
import { registerClaimDecorations } from './claims-decorations';
import { ClaimsStore } from './claims-store';
import { registerClaimsView } from './claims-view';
import { registerTagClaim } from './tag-claim';

/** Claim annotations: the sidecar store, editor marks, the Claims view and the tagging command. */
export function registerClaims(articles: ArticleDocuments, context: vscode.ExtensionContext): vscode.Disposable {
  const store = new ClaimsStore();
  return vscode.Disposable.from(store, registerTagClaim(store, articles), registerClaimCommands(store), registerClaimDecorations(store, articles, context), registerClaimsView(store));
}
