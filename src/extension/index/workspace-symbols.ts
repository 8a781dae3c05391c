import * as vscode from 'vscode';
import type { EntityType } from '../../core/model/types';
import type { WorkspaceIndex } from './workspace-index';

const KIND: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  place: vscode.SymbolKind.Namespace,
  organization: vscode.SymbolKind.Class,
  date: vscode.SymbolKind.Event,
};
const MAX_RESULTS = 500;

/** A symbol that knows which mention to open once the user picks it. */
class MentionSymbol extends vscode.SymbolInformation {
  constructor(name: string, kind: vscode.SymbolKind, container: string, uri: vscode.Uri, readonly start: number, readonly end: number) {
    super(name, kind, container, new vscode.Location(uri, new vscode.Position(0, 0)));
  }
}

/** Go to Symbol in Workspace (Ctrl+T) finds entities across all indexed articles. */
export function registerWorkspaceSymbols(workspaceIndex: WorkspaceIndex): vscode.Disposable {
  const provider: vscode.WorkspaceSymbolProvider<MentionSymbol> = {
    async provideWorkspaceSymbols(query) {
      await workspaceIndex.usable();
      const needle = query.toLowerCase();
      const out: MentionSymbol[] = [];
      for (const summary of workspaceIndex.index.summarize()) {
        if (needle && !summary.canonical.toLowerCase().includes(needle) && !summary.forms.some((f) => f.toLowerCase().includes(needle))) continue;
        // A date's summary is named by its value when it has one, else by its canonical text.
        const asValue = { type: summary.type, canonical: summary.canonical, value: summary.type === 'date' ? summary.canonical : undefined };
        const asName = { type: summary.type, canonical: summary.canonical };
        for (const { file } of summary.articles) {
          const mention = workspaceIndex.index.firstMention(file, asValue) ?? (summary.type === 'date' ? workspaceIndex.index.firstMention(file, asName) : undefined);
          if (!mention) continue;
          const where = workspaceIndex.index.titleOf(file) ?? vscode.workspace.asRelativePath(vscode.Uri.parse(file));
          out.push(new MentionSymbol(summary.canonical, KIND[summary.type], where, vscode.Uri.parse(file), mention.start, mention.end));
          if (out.length >= MAX_RESULTS) return out;
        }
      }
      return out;
    },
    // Positions need the file's text, so they are worked out only for the symbol the user picks.
    async resolveWorkspaceSymbol(symbol) {
      const doc = await vscode.workspace.openTextDocument(symbol.location.uri);
      symbol.location = new vscode.Location(symbol.location.uri, new vscode.Range(doc.positionAt(symbol.start), doc.positionAt(symbol.end)));
      return symbol;
    },
  };
  return vscode.languages.registerWorkspaceSymbolProvider(provider);
}
