import * as vscode from 'vscode';
import { DEFAULT_DETECTION_SETTINGS, type DetectionSettings } from '../core/article/file-filter';

/** Reads Byline's detection settings for a resource. */
export function readDetectionSettings(scope?: vscode.Uri): DetectionSettings {
  const config = vscode.workspace.getConfiguration('byline.detection', scope);
  return {
    enabled: config.get<boolean>('enabled', DEFAULT_DETECTION_SETTINGS.enabled),
    include: config.get<string[]>('include', []),
    exclude: config.get<string[]>('exclude', []),
  };
}
