/** Precision, recall and F1 of predicted spans against gold, per type, by exact and by overlap match. */
export interface Span {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Scores = Record<string, { exact: Counts; overlap: Counts }>;

export function emptyScores(types: string[]): Scores {
  return Object.fromEntries(types.map((t) => [t, { exact: { tp: 0, fp: 0, fn: 0 }, overlap: { tp: 0, fp: 0, fn: 0 } }]));
}

/** Adds one text's spans to the running counts (each gold span matches at most one prediction). */
export function scoreSpans(scores: Scores, gold: Span[], predicted: Span[]): void {
  for (const mode of ['exact', 'overlap'] as const) {
    const used = new Set<number>();
    const matches = (g: Span, p: Span) => g.type === p.type && (mode === 'exact' ? g.start === p.start && g.end === p.end : g.start < p.end && p.start < g.end);
    for (const p of predicted) {
      if (!scores[p.type]) continue;
      const i = gold.findIndex((g, k) => !used.has(k) && matches(g, p));
      if (i >= 0) {
        used.add(i);
        scores[p.type][mode].tp++;
      } else {
        scores[p.type][mode].fp++;
      }
    }
    gold.forEach((g, k) => {
      if (!used.has(k) && scores[g.type]) scores[g.type][mode].fn++;
    });
  }
}

export function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function total(scores: Scores, mode: 'exact' | 'overlap'): Counts {
  return Object.values(scores).reduce((a, s) => ({ tp: a.tp + s[mode].tp, fp: a.fp + s[mode].fp, fn: a.fn + s[mode].fn }), { tp: 0, fp: 0, fn: 0 });
}

/** Rows of a per-type table plus the micro-averaged total. */
export function table(title: string, scores: Scores): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const lines = [`${title}`, `  type   | exact P     R     F1   | overlap P   R     F1   | gold`];
  const row = (name: string, e: Counts, o: Counts) => {
    const a = f1(e);
    const b = f1(o);
    lines.push(`  ${name.padEnd(6)} | ${pct(a.p)} ${pct(a.r)} ${pct(a.f)} | ${pct(b.p)} ${pct(b.r)} ${pct(b.f)} | ${e.tp + e.fn}`);
  };
  for (const [type, s] of Object.entries(scores)) row(type, s.exact, s.overlap);
  row('all', total(scores, 'exact'), total(scores, 'overlap'));
  return lines.join('\n');
}
