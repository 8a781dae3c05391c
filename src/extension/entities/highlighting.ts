import * as vscode from 'vscode';
import { ENTITY_TYPES } from '../../core/entities-view/entity-groups';
import type { EntityType } from '../../core/model/types';
import type { DocumentEntities } from './document-entities';
import { affectsHighlightSettings, type HighlightSettings, readHighlightSettings, toggleHighlightSetting } from './highlight-settings';

/** Command ids that toggle one type's highlighting: `byline.toggleHighlightPerson`, ... */
export const TOGGLE_TYPE_COMMANDS: Record<EntityType, string> = {
  person: 'byline.toggleHighlightPerson',
  place: 'byline.toggleHighlightPlace',
  organization: 'byline.toggleHighlightOrganization',
  date: 'byline.toggleHighlightDate',
};

/** One decoration type per entity kind, coloured by theme colours (`byline.personBackground`, ...). */
function createDecorationType(type: EntityType): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`byline.${type}Background`),
    borderColor: new vscode.ThemeColor(`byline.${type}Underline`),
    borderStyle: 'none none solid none',
    borderWidth: '1px',
    overviewRulerColor: new vscode.ThemeColor(`byline.${type}Ruler`),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    // Typing at either edge of a name must not stretch its highlight over the new text.
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

/**
 * Highlights entities in visible editors of detected articles. Decorations are replaced only when the
 * entities of the current version are ready; until then VS Code keeps the old ones in place.
 */
export function registerHighlighting(entities: DocumentEntities): vscode.Disposable {
  const decorationTypes = Object.fromEntries(ENTITY_TYPES.map((t) => [t, createDecorationType(t)])) as Record<EntityType, vscode.TextEditorDecorationType>;
  let settings: HighlightSettings = readHighlightSettings();
  const setContext = () => void vscode.commands.executeCommand('setContext', 'byline:highlightEnabled', settings.enabled);

  const clear = (editor: vscode.TextEditor) => {
    for (const t of ENTITY_TYPES) editor.setDecorations(decorationTypes[t], []);
  };

  const apply = (editor: vscode.TextEditor) => {
    const doc = editor.document;
    let result = entities.peek(doc);
    // An editor just shown gets its highlights now (a few milliseconds), not after other work queued.
    if (!result || result.version !== doc.version) result = entities.current(doc);
    if (!result) return;
    if (!result.isArticle || !settings.enabled) {
      clear(editor);
      return;
    }
    const ranges: Record<EntityType, vscode.Range[]> = { person: [], place: [], organization: [], date: [] };
    for (const e of result.entities) {
      if (settings.types[e.type]) ranges[e.type].push(new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)));
    }
    for (const t of ENTITY_TYPES) editor.setDecorations(decorationTypes[t], ranges[t]);
  };

  const applyTo = (doc: vscode.TextDocument) => {
    const uri = doc.uri.toString();
    vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri).forEach(apply);
  };
  const applyAll = () => vscode.window.visibleTextEditors.forEach(apply);
  setContext();
  applyAll();

  return vscode.Disposable.from(
    ...Object.values(decorationTypes),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(apply)),
    entities.onDidChange(applyTo),
    // Giving a document the `news-article` language reopens it under the same editor.
    vscode.workspace.onDidOpenTextDocument(applyTo),
    entities.onDidReset(applyAll),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsHighlightSettings(e)) return;
      settings = readHighlightSettings();
      setContext();
      applyAll();
    }),
    vscode.commands.registerCommand('byline.toggleHighlighting', () => toggleHighlightSetting('enabled')),
    ...ENTITY_TYPES.map((t) => vscode.commands.registerCommand(TOGGLE_TYPE_COMMANDS[t], () => toggleHighlightSetting(t))),
  );
}
