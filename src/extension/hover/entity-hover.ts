import * as vscode from 'vscode';
import { entityKey, entityName, findEntityAt } from '../../core/entities-view/entity-groups';
import { buildEntityHover, HOVER_COMMANDS, type HoverElsewhere } from '../../core/entities-view/hover-content';
import type { ArticleDocuments } from '../articles/article-documents';
import type { DocumentEntities } from '../entities/document-entities';
import type { WorkspaceMentions } from '../entities/workspace-mentions';

/** What an article is called in a hover: its workspace-relative path. */
function articleLabel(uri: string): string {
  try {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(uri, true));
  } catch {
    return uri;
  }
}

/**
 * Hover cards on entity mentions in detected articles: type, canonical name, other forms, counts here
 * and elsewhere, links to the other articles. Built only when asked; article text is escaped and only
 * Byline's own commands are trusted.
 */
export function registerEntityHover(articles: ArticleDocuments, entities: DocumentEntities, mentions?: WorkspaceMentions): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    provideHover(doc, position) {
      if (!articles.articleOf(doc)) return undefined;
      const result = entities.current(doc);
      const entity = result && findEntityAt(result.entities, doc.offsetAt(position));
      if (!result || !entity) return undefined;
      const key = entityKey(entity);
      const group = result.groups.find((g) => g.key === key);
      if (!group) return undefined;
      const uri = doc.uri.toString();
      let elsewhere: HoverElsewhere | undefined;
      if (mentions) {
        const counts = mentions.mentionsOf(entity.type, entityName(entity));
        elsewhere = {
          total: counts.total,
          coverage: mentions.coverage,
          articles: counts.articles.filter((a) => a.uri !== uri).map((a) => ({ uri: a.uri, label: articleLabel(a.uri), count: a.count })),
        };
      }
      const markdown = new vscode.MarkdownString(buildEntityHover({ entity, group, uri, elsewhere }), true);
      markdown.supportHtml = false;
      markdown.isTrusted = { enabledCommands: Object.values(HOVER_COMMANDS) };
      return new vscode.Hover(markdown, new vscode.Range(doc.positionAt(entity.start), doc.positionAt(entity.end)));
    },
  };
  return vscode.languages.registerHoverProvider([{ language: 'news-article' }, { language: 'markdown' }], provider);
}
