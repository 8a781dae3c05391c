import * as vscode from 'vscode';
import type { ArticleDocuments } from '../articles/article-documents';
import { ClaimComments } from './claim-comments';
import { registerClaimCommands } from './claim-commands';
import { registerClaimHover } from './claim-hover';
import { registerClaimDecorations } from './claims-decorations';
import { ClaimsStore } from './claims-store';
import { registerClaimsView } from './claims-view';
import { LabelSets } from './label-sets';
import { registerTagClaim } from './tag-claim';

/** Claim annotations: sidecars and labels, editor marks, hovers, notes in place, the Claims view and commands. */
export function registerClaims(articles: ArticleDocuments, context: vscode.ExtensionContext): vscode.Disposable {
  const store = new ClaimsStore();
  const labels = new LabelSets();
  const comments = new ClaimComments(store);
  return vscode.Disposable.from(
    store,
    labels,
    comments,
    registerTagClaim(store, articles, labels),
    registerClaimCommands(store, labels, comments),
    registerClaimDecorations(store, articles, labels, context),
    registerClaimHover(store),
    registerClaimsView(store, labels, context),
  );
}
