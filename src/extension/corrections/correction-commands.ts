import * as vscode from 'vscode';
import type { Entity, EntityType } from '../../core/model/types';
import type { CorrectionsStore } from './corrections-store';

/** Where the commands find the entities of a document (the same ones the editor highlights). */
export interface EntityLookup {
  entitiesOf(doc: vscode.TextDocument): readonly Entity[];
}

/** What a hover link or tree item passes: the document and the mention's offsets. */
export interface MentionArgs {
  uri: string;
  start: number;
  end: number;
}

const TYPE_ITEMS: Array<vscode.QuickPickItem & { type: EntityType }> = [
  { label: '$(person) Person', type: 'person' },
  { label: '$(globe) Place', type: 'place' },
  { label: '$(organization) Organisation', type: 'organization' },
  { label: '$(calendar) Date', type: 'date' },
];

async function pickType(title: string, current?: EntityType): Promise<EntityType | undefined> {
  const items = TYPE_ITEMS.filter((i) => i.type !== current);
  return (await vscode.window.showQuickPick(items, { title, placeHolder: 'Entity type' }))?.type;
}

/** The mention named by the arguments, or the one under the cursor of the active editor. */
async function mentionFrom(lookup: EntityLookup, args?: MentionArgs): Promise<{ doc: vscode.TextDocument; entity: Entity } | undefined> {
  const doc = args ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : vscode.window.activeTextEditor?.document;
  if (!doc) return undefined;
  const offset = args ? args.start : doc.offsetAt(vscode.window.activeTextEditor!.selection.active);
  const entity = lookup.entitiesOf(doc).find((e) => (args ? e.start === args.start && e.end === args.end : e.start <= offset && offset <= e.end));
  return entity && { doc, entity };
}

/**
 * Commands for correcting the recogniser: "not an entity", "change type" and "add entity". They
 * record the decision in `.byline/entities.yaml`, which applies to every article in the folder.
 */
export function registerCorrectionCommands(store: Pick<CorrectionsStore, 'add'>, lookup: EntityLookup): vscode.Disposable {
  const noEntity = () => void vscode.window.showInformationMessage('Byline: put the cursor on a highlighted entity first.');
  return vscode.Disposable.from(
    vscode.commands.registerCommand('byline.markNotEntity', async (args?: MentionArgs) => {
      const found = await mentionFrom(lookup, args);
      if (!found) return noEntity();
      await store.add(found.doc.uri, { action: 'reject', text: found.entity.text, type: found.entity.type });
    }),
    vscode.commands.registerCommand('byline.changeEntityType', async (args?: MentionArgs) => {
      const found = await mentionFrom(lookup, args);
      if (!found) return noEntity();
      const type = await pickType(`Change the type of “${found.entity.text}”`, found.entity.type);
      if (type) await store.add(found.doc.uri, { action: 'retype', text: found.entity.text, type });
    }),
    vscode.commands.registerCommand('byline.addEntity', async () => {
      const editor = vscode.window.activeTextEditor;
      const text = editor && editor.document.getText(editor.selection).trim();
      if (!editor || !text) {
        void vscode.window.showInformationMessage('Byline: select the name the recogniser missed first.');
        return;
      }
      if (text.length > 120 || /\n/u.test(text)) {
        void vscode.window.showWarningMessage('Byline: select a single name (one line, at most 120 characters).');
        return;
      }
      const type = await pickType(`Add “${text}” as an entity`);
      if (type) await store.add(editor.document.uri, { action: 'add', text, type });
    }),
  );
}
