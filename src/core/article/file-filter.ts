import picomatch from 'picomatch';
import type { ArticleDetection } from '../model/types';

/** The user's detection settings. Globs match workspace-relative paths with forward slashes. */
export interface DetectionSettings {
  enabled: boolean;
  /** Files matching these are always articles. */
  include: string[];
  /** Files matching these are never articles (wins over `include`). */
  exclude: string[];
}

export const DEFAULT_DETECTION_SETTINGS: DetectionSettings = { enabled: true, include: [], exclude: [] };

/** Compiles the settings once into a decision function over (relative path, detection). */
export function createArticleFilter(settings: DetectionSettings): (relativePath: string, detection: ArticleDetection) => boolean {
  const options = { dot: true, nocase: true, matchBase: false };
  // A bare name such as `*.news.txt` should match in any folder, as in VS Code's own file globs.
  const widen = (glob: string) => (glob.includes('/') ? glob : `**/${glob}`);
  const include = settings.include.length ? picomatch(settings.include.map(widen), options) : () => false;
  const exclude = settings.exclude.length ? picomatch(settings.exclude.map(widen), options) : () => false;
  return (relativePath, detection) => {
    const path = relativePath.replace(/\\/gu, '/');
    if (!settings.enabled || exclude(path)) return false;
    return include(path) || detection.isArticle;
  };
}
