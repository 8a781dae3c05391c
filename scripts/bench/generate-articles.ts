/**
 * Generates varied synthetic news articles for benchmarks: both shapes Byline reads (clean Markdown
 * with an `Original url:` footer, scraped pages with furniture, captions and wire datelines), with
 * names, places, organisations and dates drawn from pools so no two articles are alike.
 */

const FIRST = ['Anna', 'Tomas', 'Leila', 'Mikhail', 'Sofia', 'Kwame', 'Ines', 'Rahul', 'Mei', 'Oleksandr', 'Fatima', 'Jonas', 'Camila', 'Yusuf', 'Hana', 'Pedro', 'Aigerim', 'Nikos', 'Grace', 'Tariq'];
const LAST = ['Kovalenko', 'Haddad', 'Nakamura', 'Okafor', 'Lindqvist', 'Moreno', 'Petrosyan', 'Aliyev', 'Brennan', 'Castillo', 'Dimitrov', 'Esposito', 'Fischer', 'Gupta', 'Horvat', 'Ibrahim', 'Jansen', 'Kaczmarek', 'Mendes', 'Novak'];
const PLACES = ['Kyiv', 'Yerevan', 'Nairobi', 'Lisbon', 'Warsaw', 'Tbilisi', 'Santiago', 'Oslo', 'Brussels', 'Manila', 'Lagos', 'Hanoi', 'Quito', 'Riga', 'Almaty', 'Dakar', 'Lima', 'Zagreb', 'Beirut', 'Dhaka'];
const COUNTRIES = ['Ukraine', 'Armenia', 'Kenya', 'Portugal', 'Poland', 'Georgia', 'Chile', 'Norway', 'Belgium', 'Philippines', 'Nigeria', 'Vietnam', 'Ecuador', 'Latvia', 'Kazakhstan', 'Senegal', 'Peru', 'Croatia', 'Lebanon', 'Bangladesh'];
const ORGS = ['the World Health Organization', 'the European Commission', 'the United Nations', 'the International Monetary Fund', 'Amnesty International', 'the Red Cross', 'the World Bank', 'NATO', 'the African Union', 'Human Rights Watch'];
const OUTLETS = ['harborgazette.com', 'northernledger.net', 'eurowire.eu', 'tejopost.pt', 'steppetimes.kz', 'lakesidedaily.co.ke'];
const TOPICS = ['budget', 'election', 'drought', 'border', 'energy', 'transport', 'health', 'trade', 'court', 'protest'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** A small deterministic generator so every run measures the same text. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One article of about `targetChars` characters. */
export function generateArticle(n: number, targetChars = 5000): string {
  const r = rng(n * 7919 + 17);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const year = 2019 + Math.floor(r() * 6);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const place = pick(PLACES);
  const country = pick(COUNTRIES);
  const topic = pick(TOPICS);
  const lead = person();
  const sentences = () =>
    [
      `${lead} said on ${pick(WEEKDAYS)} that the ${topic} plan agreed in ${pick(MONTHS)} would go ahead despite objections from ${pick(ORGS)}.`,
      `Speaking in ${pick(PLACES)}, ${person()} told reporters that officials from ${pick(COUNTRIES)} and ${pick(COUNTRIES)} would meet again next month.`,
      `"We have waited long enough," said ${person()}, a spokesperson for ${pick(ORGS)}, adding that talks last week had been "difficult but useful."`,
      `The ${topic} dispute began in ${year - 1 - Math.floor(r() * 5)}, when ${country} first raised concerns with ${pick(ORGS)}.`,
      `${lead.split(' ')[1]} is expected to travel to ${pick(PLACES)} on ${pick(MONTHS)} ${1 + Math.floor(r() * 28)} for a summit hosted by ${pick(ORGS)}.`,
      `Figures published by ${pick(ORGS)} on ${pick(WEEKDAYS)} showed spending had risen by ${Math.floor(r() * 40)}% since ${year - 2}.`,
    ].sort(() => r() - 0.5).slice(0, 3 + Math.floor(r() * 3)).join(' ');
  const scraped = r() < 0.5;
  const parts: string[] = [];
  const title = `${country} ${pick(['agrees', 'rejects', 'delays', 'backs', 'debates'])} ${topic} plan as ${pick(['pressure mounts', 'talks resume', 'protests spread', 'costs rise'])}`;
  if (scraped) {
    parts.push('Skip to main content', 'Clear icon', `${Math.floor(r() * 35)}º`, '', title, '');
    parts.push(`FILE - In this ${pick(WEEKDAYS)}, ${MONTHS[month].slice(0, 3)}. ${day}, ${year} file photo, ${lead} speaks in ${place}, ${country}. (${person()}, AP Photo, File)`, '');
    parts.push(`${place.toUpperCase()}, ${country} (AP) — ${sentences()}`, '');
  } else {
    parts.push('', `# ${title}`, '', `${MONTHS[month]} ${String(day).padStart(2, '0')}, ${year}`, '', '');
    parts.push(`${sentences()}`, '');
  }
  // The joined length, kept as parts are added, so a 1 MB article does not cost quadratic joins.
  let length = parts.join('\n').length;
  const add = (...xs: string[]) => {
    for (const x of xs) length += x.length + (parts.push(x) > 1 ? 1 : 0);
  };
  while (length < targetChars - 400) {
    add(sentences(), '');
    if (scraped && r() < 0.1) add('Recommended Videos', '');
  }
  if (scraped) parts.push('___', '', `${person()} in ${pick(PLACES)} contributed to this report.`);
  else parts.push('*AFP contributed reporting.*', '', `Original url: <https://www.${pick(OUTLETS)}/${year}/${month + 1}/${day}/${topic}-a${n}>`);
  return parts.join('\n') + '\n';
}

/** About `totalChars` of article text, as separate articles. */
export function generateCorpus(totalChars: number, articleChars = 5000): string[] {
  const out: string[] = [];
  let size = 0;
  for (let n = 0; size < totalChars; n++) {
    const a = generateArticle(n, articleChars);
    out.push(a);
    size += a.length;
  }
  return out;
}
