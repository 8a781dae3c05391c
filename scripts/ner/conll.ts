import { readFileSync } from 'node:fs';

/** A gold span in a text: character offsets and a PER/LOC/ORG type. */
export interface GoldSpan {
  start: number;
  end: number;
  type: 'PER' | 'LOC' | 'ORG';
}

export interface GoldSentence {
  doc: string;
  text: string;
  spans: GoldSpan[];
}

/**
 * Reads an IOB2 CoNLL-U-like file (UNER): `# newdoc id`, `# text`, then `index token tag` rows.
 * Tokens are located in the sentence text so spans are character offsets into real text.
 */
export function readIob2(file: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let doc = '';
  let text = '';
  let tokens: Array<{ form: string; tag: string }> = [];
  const flush = () => {
    if (!tokens.length) return;
    if (!text) text = tokens.map((t) => t.form).join(' ');
    const spans: GoldSpan[] = [];
    let cursor = 0;
    let open: GoldSpan | null = null;
    for (const t of tokens) {
      const at = text.indexOf(t.form, cursor);
      const start = at >= 0 ? at : cursor;
      const end = start + t.form.length;
      cursor = end;
      const [bio, type] = t.tag.split('-') as ['B' | 'I' | 'O', string | undefined];
      const mapped = type === 'PER' || type === 'LOC' || type === 'ORG' ? type : null;
      if (bio === 'I' && open && mapped === open.type) {
        open.end = end;
        continue;
      }
      if (open) spans.push(open);
      open = (bio === 'B' || bio === 'I') && mapped ? { start, end, type: mapped } : null;
    }
    if (open) spans.push(open);
    out.push({ doc, text, spans });
    tokens = [];
    text = '';
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) doc = line.split('=')[1].trim();
    else if (line.startsWith('# text =')) text = line.slice('# text ='.length).trim();
    else if (line.startsWith('#')) continue;
    else if (!line.trim()) flush();
    else {
      const cols = line.split('\t');
      if (cols.length >= 3 && /^\d+$/.test(cols[0])) tokens.push({ form: cols[1], tag: cols[2] });
    }
  }
  flush();
  return out;
}
