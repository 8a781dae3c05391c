/**
 * The words of a line of Markdown as a reader sees them: `By [Jane Doe](https://…)` reads
 * `By Jane Doe`, `An investigation by **Jane Doe**` reads `An investigation by Jane Doe`, and an
 * image (`![alt](picture.jpg)`) is not read at all. Used to recognise a line's shape; offsets into
 * the original are not kept.
 */
export function plainMarkdown(text: string): string {
  // Asked of most lines, which hold no Markdown: every pattern below needs a "[", "*" or "_".
  if (text.indexOf('[') < 0 && text.indexOf('*') < 0 && text.indexOf('_') < 0) return text;
  return text
    .replace(/!\[[^\]]*\]\([^)\s]*\)/gu, '')
    .replace(/\[([^\]]*)\]\([^)\s]*\)/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(?<![\p{L}\d*_])([*_])(?=\S)(.+?)(?<=\S)\1(?![\p{L}\d*_])/gu, '$2');
}
