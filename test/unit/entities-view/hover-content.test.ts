import * as assert from 'node:assert/strict';
import { buildEntityHover, commandUri, HOVER_COMMANDS } from '../../../src/core/entities-view/hover-content';
import { groupEntities } from '../../../src/core/entities-view/entity-groups';
import type { Entity } from '../../../src/core/model/types';

// VS Code renders hovers with a CommonMark renderer and HTML off; markdown-it with html: false does the same.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(src: string): string };
const render = (md: string) => new MarkdownIt({ html: false, linkify: false }).render(md);

function hoverFor(entities: Entity[], index: number, elsewhere?: Parameters<typeof buildEntityHover>[0]['elsewhere']): string {
  const entity = entities[index];
  const group = groupEntities(entities).find((g) => g.mentions.includes(entity))!;
  return buildEntityHover({ entity, group, uri: 'file:///a.txt', elsewhere });
}

/** Every link target in rendered HTML. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/gu)].map((m) => m[1]);
}

const ALLOWED = Object.values(HOVER_COMMANDS) as string[];

describe('buildEntityHover', () => {
  it('renders a command link written in the article literally, linking only to Byline commands', () => {
    const evil = '[x](command:workbench.action.x)';
    const entities: Entity[] = [
      { type: 'person', text: evil, canonical: evil, start: 0, end: evil.length },
      { type: 'person', text: 'x', canonical: evil, start: 40, end: 41 },
    ];
    const html = render(hoverFor(entities, 1));
    assert.ok(html.includes(evil), html);
    for (const href of hrefs(html)) assert.ok(ALLOWED.some((c) => href.startsWith(`command:${c}?`)), href);
  });

  it('renders HTML and images from the article as text', () => {
    const evil = '<img src=x onerror=alert(1)>![i](https://e.x/p.png)';
    const html = render(hoverFor([{ type: 'organization', text: evil, canonical: evil, start: 0, end: evil.length }], 0));
    assert.doesNotMatch(html, /<img/u);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), html);
  });

  it('escapes theme icon syntax from the article so it shows as text', () => {
    // After Markdown, VS Code's icon renderer shows `\$(alert)` as the literal text `$(alert)`.
    const html = render(hoverFor([{ type: 'place', text: '$(alert) Town', canonical: '$(alert) Town', start: 0, end: 13 }], 0));
    assert.ok(html.includes('<strong>\\$(alert) Town</strong>'), html);
  });

  it('shows type, canonical name, other surface forms and the mention count', () => {
    const entities: Entity[] = [
      { type: 'person', text: 'Vladimir Putin', canonical: 'Vladimir Putin', start: 0, end: 14 },
      { type: 'person', text: 'Putin', canonical: 'Vladimir Putin', start: 20, end: 25 },
      { type: 'person', text: 'Mr Putin', canonical: 'Vladimir Putin', start: 30, end: 38 },
    ];
    const html = render(hoverFor(entities, 1));
    assert.match(html, /Vladimir Putin<\/strong> · Person/u);
    assert.match(html, /Also written: “Mr Putin”/u);
    assert.match(html, /3 mentions in this article/u);
  });

  it('gives a date its value in words and in ISO form', () => {
    const html = render(hoverFor([{ type: 'date', text: 'Wednesday', canonical: 'Wednesday', value: '2020-12-02', start: 0, end: 9 }], 0));
    assert.match(html, /Wednesday, 2 December 2020/u);
    assert.match(html, /2020-12-02/u);
  });

  it('links other articles through byline.openArticle with escaped labels, and counts all of them', () => {
    const entities: Entity[] = [{ type: 'place', text: 'Moscow', canonical: 'Moscow', start: 0, end: 6 }];
    const md = hoverFor(entities, 0, {
      total: 5,
      coverage: 'open articles',
      articles: [{ uri: 'file:///b(1).txt', label: 'b(1)_*x*.txt', count: 4 }],
    });
    const html = render(md);
    assert.match(html, /5 mentions in 2 open articles/u);
    assert.ok(html.includes('b(1)_*x*.txt'), html);
    const open = hrefs(html).find((h) => h.startsWith(`command:${HOVER_COMMANDS.openArticle}?`));
    assert.ok(open, html);
    const args = JSON.parse(decodeURIComponent(open.slice(open.indexOf('?') + 1)));
    assert.equal(args[0], 'file:///b(1).txt');
  });
});

describe('commandUri', () => {
  it('percent-encodes parentheses so the Markdown link cannot end early', () => {
    assert.doesNotMatch(commandUri('byline.openArticle', ['file:///a (copy).txt']), /[()\s]/u);
  });
});

describe('hover correction links', () => {
  it('offers "Not an entity" and "Change type" for the hovered mention through allow-listed commands', () => {
    const text = 'Peskov spoke.';
    const entity: Entity = { type: 'person', text: 'Peskov', start: 0, end: 6, canonical: 'Dmitry Peskov' };
    const [group] = groupEntities([entity]);
    const md = buildEntityHover({ entity, group, uri: 'file:///a.txt' });
    assert.ok(md.includes(commandUri(HOVER_COMMANDS.markNotEntity, [{ uri: 'file:///a.txt', start: 0, end: 6 }])));
    assert.ok(md.includes(commandUri(HOVER_COMMANDS.changeEntityType, [{ uri: 'file:///a.txt', start: 0, end: 6 }])));
    assert.equal(text.slice(entity.start, entity.end), entity.text);
  });
});
