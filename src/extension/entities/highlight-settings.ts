import * as vscode from 'vscode';
import { ENTITY_TYPES } from '../../core/entities-view/entity-groups';
import type { EntityType } from '../../core/model/types';

/** `byline.highlight.*`: highlighting altogether and per entity type. */
export interface HighlightSettings {
  enabled: boolean;
  types: Record<EntityType, boolean>;
}

const SECTION = 'byline.highlight';

export function readHighlightSettings(): HighlightSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const types = Object.fromEntries(ENTITY_TYPES.map((t) => [t, config.get<boolean>(t, true)])) as Record<EntityType, boolean>;
  return { enabled: config.get<boolean>('enabled', true), types };
}

/** Flips one `byline.highlight.*` setting where it is set (workspace if set there, else user settings). */
export async function toggleHighlightSetting(key: 'enabled' | EntityType): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const inspected = config.inspect<boolean>(key);
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await config.update(key, !config.get<boolean>(key, true), target);
}

export function affectsHighlightSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(SECTION);
}
