import type { NamedSpan } from './index';

/**
 * A name whose head word is "Project", "Pipeline" or "Pipeline System" ("the State Water Project",
 * "the Trans-Andean Oil Pipeline System (TAPS)") names a work (a water system, a pipeline), not the
 * body that runs it: neither the name nor its short form in brackets is an organisation. Nor is "the
 * TAPS" later on. A project that acts as a body ("the Central Arizona Project, which carries river
 * water to Phoenix, warned cities") stays one wherever the article names it.
 */

/** The head words that make a name a work's; the text is searched for these first. */
const WORK_HEADS = [' Project', ' Pipeline', ' Pipeline System'];
/** Right after a work's name: perhaps a clause between commas, then a verb only a body does. */
const ACTS_AFTER = /^(?:,[^.,;]{0,90},)?[ \t]+(?:said|says|warned|warns|announced|announces|told|tells|urged|urges|called|calls|asked|asks|declined|refused|confirmed|confirms|sued|filed)(?![\p{L}])/u;
/** A short form in brackets right after a name: "(TAPS)". */
const SHORT_AFTER = /^[ \t]+\((\p{Lu}{2,6})\)/u;
/** After "the" and a short form, the words that show it is the work itself ("beside the TAPS for much of its route"). */
const AFTER_WORK = /^(?:[.,;:)]|[ \t]+(?:for|of|in|at|on|to|and|or|near|which|that|was|is|would|will|has|had)(?![\p{L}]))/u;

/** Whether `name` (a span's text) ends in one of the work heads. */
function endsInWorkHead(name: string): boolean {
  return name.endsWith(' Project') || name.endsWith(' Pipeline') || name.endsWith(' Pipeline System');
}

/** Whether some mention of `name` in `text` is followed by a body's verb. */
function actsAsBody(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (ACTS_AFTER.test(text.slice(at + name.length, at + name.length + 110))) return true;
  }
  return false;
}

/** The short forms in brackets right after a work head, wherever the model left the long form: "(OCP)" of "Heavy Crude Pipeline (OCP)". */
function bracketedShortForms(text: string, works: Set<string>): Map<number, string> {
  const found = new Map<number, string>();
  for (const head of WORK_HEADS) {
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      const end = at + head.length;
      const m = SHORT_AFTER.exec(text.slice(end, end + 12));
      if (!m) continue;
      const start = text.lastIndexOf(' ', end - head.length - 1) + 1;
      if (actsAsBody(text, text.slice(start, end))) continue;
      found.set(end + m[0].length - m[1].length - 1, m[1]);
      works.add(m[1]);
    }
  }
  return found;
}

/** Spans without the organisations that name a project or a pipeline; see the file's comment. */
export function withoutProjectWorks(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  if (!text.includes(' Project') && !text.includes(' Pipeline')) return spans as NamedSpan[];
  const works = new Set<string>();
  const dropped = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'organization') continue;
    const name = text.slice(s.start, s.end);
    if (endsInWorkHead(name) && !dropped.has(name) && !actsAsBody(text, name)) dropped.add(name);
  }
  const brackets = bracketedShortForms(text, works);
  if (!dropped.size && !brackets.size) return spans as NamedSpan[];
  return spans.filter((s) => {
    if (s.type !== 'organization') return true;
    const name = text.slice(s.start, s.end);
    if (dropped.has(name)) return false;
    if (!works.has(name)) return true;
    if (brackets.get(s.start) === name) return false;
    // "the TAPS" standing alone is the work; "an OCP spokesman" or "OCP Ecuador" the company.
    return !(text.slice(Math.max(0, s.start - 4), s.start) === 'the ' && AFTER_WORK.test(text.slice(s.end, s.end + 8)));
  });
}
