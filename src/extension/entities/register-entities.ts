import * as vscode from 'vscode';
import type { ArticleDocuments } from '../articles/article-documents';
import { registerEntityHover } from '../hover/entity-hover';
import { registerEntitiesView } from '../tree/entities-view';
import { type CorrectionsSource, DocumentEntities } from './document-entities';
import { registerEntityCommands } from './entity-commands';
import { registerHighlighting } from './highlighting';
import { OpenArticleMentions, type WorkspaceMentions } from './workspace-mentions';
import { registerCorrectionCommands } from '../corrections/correction-commands';
import type { CorrectionsStore } from '../corrections/corrections-store';

export interface EntityFeatureOptions {
  /** The analyst's corrections, applied to the editor's entities as the index applies them. */
  corrections?: CorrectionsSource & Pick<CorrectionsStore, 'add'>;
  /** Workspace-wide counts (an index); the open articles are counted when absent. */
  workspaceMentions?: WorkspaceMentions;
}

/** The reading features built on entities: highlighting, hover cards, the Entities view and their commands. */
export function registerEntityFeatures(articles: ArticleDocuments, options: EntityFeatureOptions = {}): vscode.Disposable {
  const entities = new DocumentEntities(articles, options.corrections);
  const openMentions = options.workspaceMentions ? undefined : new OpenArticleMentions(entities);
  const mentions = options.workspaceMentions ?? openMentions!;
  return vscode.Disposable.from(
    entities,
    ...(openMentions ? [openMentions] : []),
    registerEntityCommands(entities),
    ...(options.corrections ? [registerCorrectionCommands(options.corrections, { entitiesOf: (doc) => entities.current(doc)?.entities ?? [] })] : []),
    registerHighlighting(entities),
    registerEntityHover(articles, entities, mentions),
    registerEntitiesView(articles, entities, mentions),
  );
}
