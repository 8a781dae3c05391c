import type { Entity } from '../model/types';

/**
 * Words that close a company's full name and that news drops after the first mention: "CalMac
 * Ferries" is "CalMac", "Tesco PLC" is "Tesco". Legal forms, and the few trade words a company is
 * named by alone (an airline, a ferry line). Not "Energy" or "Water": "Yukon Energy" is no "Yukon".
 */
const COMPANY_ENDINGS = new Set(['Ltd', 'Ltd.', 'Limited', 'PLC', 'plc', 'Plc', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Company', 'Group', 'Holdings', 'SA', 'S.A.', 'AG', 'GmbH', 'NV', 'N.V.', 'LLC', 'Ferries', 'Airlines', 'Airways']);

/**
 * Short names of the companies an article names in full: each organisation's name without its closing
 * company words ("CalMac" for "CalMac Ferries"), mapped to the full name. A short name two companies
 * share ("Acme Ltd", "Acme Airlines") is left out: it could be either.
 */
export function companyShortNames(named: readonly Entity[], display: ReadonlyMap<Entity, string>): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const e of named) {
    if (e.type !== 'organization') continue;
    const full = display.get(e) ?? e.text;
    let end = full.lastIndexOf(' ');
    if (end < 0 || !COMPANY_ENDINGS.has(full.slice(end + 1))) continue;
    // "Tui Travel Group Ltd" is "Tui Travel" too: drop every closing company word.
    let short = full.slice(0, end);
    for (end = short.lastIndexOf(' '); end > 0 && COMPANY_ENDINGS.has(short.slice(end + 1)); end = short.lastIndexOf(' ')) short = short.slice(0, end);
    if (!short) continue;
    const known = found.get(short);
    found.set(short, known === undefined || known === full ? full : null);
  }
  const out = new Map<string, string>();
  for (const [short, full] of found) if (full) out.set(short, full);
  return out;
}
