import type { Entity, EntityType } from '../model/types';
import { escapeMarkdown } from '../text/markdown';
import { describeDate } from '../dates/describe-date';
import { type EntityGroup, typeLabel } from './entity-groups';

/** The only commands a hover card may link to (its `isTrusted.enabledCommands`). */
export const HOVER_COMMANDS = {
  openArticle: 'byline.openArticle',
  revealEntity: 'byline.revealEntity',
  markNotEntity: 'byline.markNotEntity',
  changeEntityType: 'byline.changeEntityType',
} as const;

const ICONS: Record<EntityType, string> = { person: 'person', place: 'location', organization: 'organization', date: 'calendar' };
/** Long lists would make the card taller than the editor. */
const MAX_FORMS = 8;
const MAX_ARTICLES = 8;

/** Mentions of the entity in other articles, with the labels to show for them. */
export interface HoverElsewhere {
  /** Mentions in all counted articles, this one included. */
  total: number;
  /** `open articles` until a workspace index is available, then `workspace`. */
  coverage: 'open articles' | 'workspace';
  /** Other articles only, most mentions first. */
  articles: Array<{ uri: string; label: string; count: number }>;
}

export interface HoverContentInput {
  entity: Entity;
  /** The entity's mentions in this article. */
  group: EntityGroup;
  /** URI of this article (for the reveal link). */
  uri: string;
  elsewhere?: HoverElsewhere;
}

/**
 * Text from a file made inert for a hover. The card renders theme icons, so `$(icon)` gets the
 * backslash VS Code's icon renderer reads as "literal" (itself escaped for Markdown), as
 * `MarkdownString.appendText` does.
 */
export function escapeHoverText(text: string): string {
  return escapeMarkdown(text.replace(/\$\(/gu, '\\$('));
}

/**
 * A `command:` link target. Arguments are JSON, percent-encoded including parentheses so a path with
 * `(` or `)` cannot end the Markdown link early.
 */
export function commandUri(command: string, args: readonly unknown[]): string {
  const query = encodeURIComponent(JSON.stringify(args)).replace(/\(/gu, '%28').replace(/\)/gu, '%29');
  return `command:${command}?${query}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The hover card of an entity mention as Markdown (render with HTML off and only `HOVER_COMMANDS`
 * trusted). Every string taken from a file is escaped.
 */
export function buildEntityHover(input: HoverContentInput): string {
  const { entity, group, elsewhere } = input;
  const lines: string[] = [];
  const dateWords = entity.type === 'date' && entity.value ? describeDate(entity.value) : null;
  const title = dateWords ?? group.name;
  lines.push(`$(${ICONS[entity.type]}) **${escapeHoverText(title)}** · ${typeLabel(entity.type)}`);
  if (entity.type === 'date') {
    lines.push(entity.value ? `ISO ${escapeHoverText(entity.value)}` : 'Date not resolved');
  }

  const otherForms = group.forms.filter((f) => f !== entity.text && f !== title);
  const shown = otherForms.slice(0, MAX_FORMS);
  if (shown.length > 0) {
    const more = otherForms.length > shown.length ? `, and ${otherForms.length - shown.length} more` : '';
    lines.push(`Also written: ${shown.map((f) => `“${escapeHoverText(f)}”`).join(', ')}${more}`);
  }

  let counts = `${plural(group.mentions.length, 'mention')} in this article`;
  if (elsewhere && elsewhere.articles.length > 0) {
    const articleCount = elsewhere.articles.length + 1;
    counts += ` · ${plural(elsewhere.total, 'mention')} in ${articleCount} ${elsewhere.coverage === 'workspace' ? 'articles in the workspace' : 'open articles'}`;
  }
  const reveal = `[Show in Entities view](${commandUri(HOVER_COMMANDS.revealEntity, [input.uri, group.key])} "Reveal in the Byline sidebar")`;
  lines.push(`${counts} · ${reveal}`);
  const mention = [{ uri: input.uri, start: entity.start, end: entity.end }];
  lines.push(
    `[Not an entity](${commandUri(HOVER_COMMANDS.markNotEntity, mention)} "Record that this is not an entity, in every article") · ` +
      `[Change type](${commandUri(HOVER_COMMANDS.changeEntityType, mention)} "Record the right type, in every article")`,
  );

  if (elsewhere && elsewhere.articles.length > 0) {
    const items = elsewhere.articles
      .slice(0, MAX_ARTICLES)
      .map((a) => `- [${escapeHoverText(a.label)}](${commandUri(HOVER_COMMANDS.openArticle, [a.uri, group.key])} "Open this article") (${a.count})`);
    const rest = elsewhere.articles.length - MAX_ARTICLES;
    if (rest > 0) items.push(`- and ${plural(rest, 'other article')}`);
    lines.push(`Also in:\n\n${items.join('\n')}`);
  }
  return lines.join('\n\n');
}
