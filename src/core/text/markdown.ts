/** Escapes text so Markdown renders it literally: no links, images, emphasis or HTML from files. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/gu, (c) => `\\${c}`).replace(/\r?\n/gu, ' ');
}
