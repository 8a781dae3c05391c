import { COMMON_INITIALS, PLACE_INITIALS } from './common-initials';
import type { NamedSpan } from './index';
import { isLetterAt } from './whole-words';
import { isLowerAsciiLetter, wordAfter } from './word-after';
import { everyStartOf, wordLedMatches } from './word-led';
import { mapSpans } from './span-arrays';
import { overlapsAny, withAdded } from './added-spans';
import { lastTextMemo } from './last-text-memo';
import { DEMONYMS, isTitleWord, PLACES, STOP } from './rule-tagger';
import { isCapitalisedJob } from './honorifics';
import { nameWordsStart, previousWord } from './word-before';
import { readAsPlace } from './name-cues';

/**
 * Companies named like people or places ("Baillie Gifford", "Halsey Marsh"), which the model types by
 * their look, told by the words around a mention: a financial or a legal job "at" them ("an analyst at Baillie
 * Gifford", "lawyers at Hale Dorr", "Analyst Ingo Brand of Kessler Rowe"), their shares or their board after their possessive
 * ("Halsey Marsh's shares"), a company's noun right before them ("Danish co-operative Nordmark", "the
 * broadcaster Halsey", "the Turkish group Cengiz") or after them ("IG Zement, Germany's largest union,"), and a list of investors
 * or lenders that holds a company's name ("its largest investors, Baillie Gifford and Legal & General",
 * where "Legal & General" is found too) or a list of companies ("miners including Glenwood and Yarra"),
 * and a job at a body between a one-word name and a person's ("Nikhef director Pieter Hoog"), and a
 * one-word name data are compiled by ("tracking data compiled by Kpler"), and a one-word name after a
 * firm's role in a job ("contractor Brannock", "bus operator Kelvo").
 */

/** A financial, a legal, an adviser's or a manager's job and "at" right before a name: "an analyst at ", "a portfolio manager at ", "a product manager at ", "Lawyers at ", "a consultant at ". */
const JOB_AT = /(?:^|[^\p{L}])(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|(?:portfolio|fund|investment|asset|money|wealth|product|project|account|marketing|sales|country|regional)[ \t]+managers?|[Ee]xecutives?|[Tt]raders?|[Bb]rokers?|[Bb]ankers?|[Pp]artners?|investment[ \t]+director|[Ll]awyers?|[Aa]ttorneys?|[Ss]olicitors?|[Aa]ccountants?|[Aa]uditors?|[Cc]onsultants?)[ \t]+at[ \t]+$/u;
/** A company's things after its possessive: "'s shares", "'s share price", "'s board". */
const COMPANY_THINGS_AFTER = /^['’]s?[ \t]+(?:shares|stock|share[ \t]+price|shareholders|board|market[ \t]+value|takeover|bid|offer|profits?|revenues?|earnings|stake|chief[ \t]+executive|CEO)(?![\p{L}])/u;
/**
 * Data compiled by a name: "ship-tracking data compiled by Kpler", "figures gathered by Ember". A data
 * provider is a firm; a person who compiles figures comes with a job or a full name, checked apart.
 */
const DATA_BY = /(?:data|figures|statistics|estimates)[ \t]+(?:compiled|collected|gathered|published|provided)[ \t]+by[ \t]+$/u;
/**
 * Roles of firms named like people's jobs, before a one-word name: "contractor Brannock", "Operator
 * Kelvo". A person named so comes with a full name or a name of the lists ("contractor Edward Snowden").
 */
const FIRM_ROLES = new Set(['contractor', 'subcontractor', 'operator', 'supplier', 'distributor', 'manufacturer'].flatMap((role) => [role, role[0].toUpperCase() + role.slice(1)]));
/**
 * A backer, an owner or a market joined to "-backed", "-owned", "-funded" or "-listed" before a one-word
 * name: "the Fawry-backed Khazna", "Nasdaq-listed Grab". A person so named comes with a full name.
 */
const OWNED_BEFORE = /^[\p{L}\p{N}.&]+-(?:backed|owned|funded|listed)$/u;
/** Shares named before a company's name: "Shares in ", "shares of ". */
const SHARES_IN = /(?:^|[^\p{L}])[Ss]hares[ \t]+(?:in|of)[ \t]+$/u;
/** A financial job, a person's name and "of" or "at" before a name: "Analyst Ingo Brand of ", "economist Mia Roth at ". */
const JOB_NAME_AT = /(?:^|[^\p{L}])(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Tt]raders?|[Bb]rokers?)[ \t]+\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2}[ \t]+(?:of|at)[ \t]+$/u;
/**
 * A company's noun right before a name: "co-operative Nordmark", "the broadcaster Halsey", "Japanese
 * rival Panasonic", and "firm", "company" or "start-up" after a trade ("the law firm Stikeman Elliott")
 * or a town ("the Boston firm Hale Dorr"), not alone, where a relative clause may follow ("the company
 * Smith founded"); a group of supporters or campaigners ("supporters' group Curva Nord") and an app
 * of a trade ("the delivery app Zipcart").
 */
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:the[ \t]+(?:\p{Lu}[\p{L}\p{M}-]*[ \t]+){1,3}(?:law[ \t]+)?(?:firm|company)|(?:[Ss]upporters['’]?|[Ff]ans['’]?|[Ff]an|[Pp]ressure|[Cc]ampaign|[Rr]ights|[Ll]obby|[Aa]dvocacy|[Ii]ndustry|[Aa]ctivist|[Cc]onsumer|[Pp]rotest)[ \t]+group|(?:delivery|food-delivery|ride-hailing|ride-sharing|messaging|payments?|banking|dating|shopping|betting|taxi|trading)[ \t]+app|co-?operative|consortium|carmaker|automaker|chipmaker|drugmaker|retailer|supermarket|grocer|lender|insurer|broadcaster|airline|miner|brewer|conglomerate|(?:law|research|investment|consulting|consultancy|accounting|security|cybersecurity|technology|tech|energy|mining|shipping|software|data|analytics|media|advertising|equity|holding|parent|state-owned|oil|gas|defen[cs]e|engineering|construction|logistics|insurance|brokerage|ratings?|polling|trading|venture|fintech|payments)[ \t]+(?:firm|company|start-?up)|(?:[Dd]anish|[Ss]wedish|[Nn]orwegian|[Ff]innish|[Gg]erman|[Ff]rench|[Dd]utch|[Jj]apanese|[Kk]orean|[Cc]hinese|[Tt]aiwanese|[Aa]merican|[Bb]ritish|[Ii]ndian|[Ii]talian|[Ss]panish|[Ss]wiss)[ \t]+rivals?)[ \t]+$/u;
/**
 * A company's or a publication's noun in an apposition after a name: ", Germany's largest union,", ", the
 * state broadcaster.", ", a hardline daily whose", ", a subsidiary of", ", the state-backed chip venture,",
 * ", a Nairobi company that", ", the Norwegian development investor,", ", the regional utility that", ", the shipping consultancy".
 */
const NOUN_AFTER = /^,[ \t]+(?:the|a|an|its|\p{Lu}[\p{L}.]*['’]s)[ \t]+(?:[\p{L}\p{M}-]+[ \t]+){0,3}?(?:subsidiary|affiliate|venture|utility|consultancy|consortium|brokerage|shipping[ \t]+line|start-?up|development[ \t]+(?:finance[ \t]+)?(?:investor|institution)|pollster|union|bank|lender|carmaker|automaker|chipmaker|drugmaker|retailer|supermarket|grocer|insurer|broadcaster|co-?operative|conglomerate|manufacturer|airline|miner|brewer|company|firm|group|news[ \t]+agency|newspaper|daily|weekly|tabloid|broadsheet|magazine)(?=[ \t]*[,.;:)]|[ \t]+(?:of|in|that|which|whose|with|and|to|for|based)[ \t])/u;
/**
 * A definite description of a broker or an operator after a one-word name: ", the broker.", ", the
 * port operator,". A person is described so rarely by "the" and a surname alone, while "a broker"
 * after a full name is a person's job.
 */
const THE_TRADE_AFTER = /^,[ \t]+the[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:broker|operator)(?=[ \t]*[,.;:)]|[ \t]+(?:of|in|that|which|whose|with|and|to|for|based)[ \t])/u;
/**
 * Company nouns before a name the model may have missed altogether ("the consortium Atlas Aqua Desal"),
 * each with its space, looked up in the text's index of positions: only those whose names the model
 * misses most (a retailer's or a carmaker's name it mostly finds, for the cue to type); "firm" after a
 * trade ("the data firm MAGNiTT"), as NOUN_BEFORE reads it.
 */
const NOUNS_BEFORE_NAMES = ['consortium ', 'conglomerate ', 'group ', 'firm '];
/** A company's name after such a noun: up to four capitalised words. */
const NAME_AFTER_NOUN = /\p{Lu}[\p{L}\p{M}\p{N}-]*(?:[ \t]\p{Lu}[\p{L}\p{M}\p{N}-]*){0,3}/uy;

/** Whether a nation's adjective and "group" stand right before `start`: "the Turkish group ", "French group ". */
function nationsGroupBefore(text: string, start: number): boolean {
  const group = previousWord(text, start);
  return group?.word === 'group' && DEMONYMS.has(previousWord(text, group.start)?.word ?? '');
}

/** Names after a company's noun in `text` ("the consortium Atlas Aqua Desal"), as NOUN_BEFORE reads them; searched once for both readings. */
const namesAfterNouns = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const noun of NOUNS_BEFORE_NAMES) {
    for (const at of everyStartOf(text, noun)) {
      const start = at + noun.length;
      const c = text.charCodeAt(start);
      if (!(c >= 65 && c <= 90) && !(c > 127 && text[start] !== text[start].toLowerCase())) continue;
      NAME_AFTER_NOUN.lastIndex = start;
      const name = NAME_AFTER_NOUN.exec(text);
      if (name && !STOP.has(name[0]) && !DEMONYMS.has(name[0]) && (NOUN_BEFORE.test(text.slice(Math.max(0, start - 50), start)) || nationsGroupBefore(text, start))) found.push({ type: 'organization', start, end: start + name[0].length });
    }
  }
  return found;
});

/** "Shares of ", "shares in ", looked up in the text's index of positions (the capital of "Shares" left out). */
const SHARES_OF = ['hares of ', 'hares in '];
/**
 * A word of a company's name: a capital, or figures before one ("3M", "7-Eleven"), letters, "&" between
 * capitals ("H&M", "AT&T"), and full stops only between initials ("J.M.", "U.S.").
 */
const SHARES_NAME_WORD = /(?:\p{Lu}|\p{N}+-?(?=\p{Lu}))(?:[\p{L}\p{M}\p{N}'’-]|&(?=\p{Lu})|\.(?=\p{Lu}))*(?:\.(?<=\p{Lu}\.\p{Lu}\.))?/uy;

/** The end of the name of up to four capitalised words (and "&") at `start` ("Procter & Gamble", "J.M. Huber"); `start` when none. */
function sharesNameEnd(text: string, start: number): number {
  let end = start;
  for (let n = 0; n < 4; n++) {
    let from = end === start ? start : end + 1;
    if (end > start && text.startsWith('& ', from)) from += 2;
    if (end > start && text[end] !== ' ' && text[end] !== '\t') break;
    SHARES_NAME_WORD.lastIndex = from;
    const m = SHARES_NAME_WORD.exec(text);
    if (!m) break;
    end = from + m[0].length;
  }
  return end;
}

/** Names after "shares of" or "shares in" in `text` ("Shares of Arkwell Dynamics fell"), but a nation's adjective ("shares of Chinese companies"). */
const namesAfterShares = lastTextMemo((text: string): NamedSpan[] => {
  const found: NamedSpan[] = [];
  for (const cue of SHARES_OF) {
    for (const at of everyStartOf(text, cue)) {
      const s = text[at - 1];
      if ((s !== 'S' && s !== 's') || (at >= 2 && isLetterAt(text, at - 2))) continue;
      const start = at + cue.length;
      const end = sharesNameEnd(text, start);
      const name = text.slice(start, end);
      if (end > start && !STOP.has(name) && !DEMONYMS.has(name.split(' ')[0])) found.push({ type: 'organization', start, end });
    }
  }
  return found;
});

/**
 * A producer's output right after a name: "produced 38,900 tonnes", "shipped 31,000 tonnes", "raised
 * tin output by", "held output flat", "reported a 9 percent gain at"; or a contractor's work on plant
 * and equipment: "supplies the compressors", "laid the subsea lines", "drilled 12 wells"; or an
 * operator's move on its own services or sites: "cancelled its fast ferries", "kept its inter-island
 * service" ("its" after a one-word name points back to a body, where a person's would be "his"), "added
 * three buses", "laid on extra sailings". A business
 * wire writes so of miners, makers and contractors, whose names carry no company's word; a person's
 * output or work, rarer, comes with a person's cue, checked apart.
 */
const OUTPUT_AFTER = /^ (?:(?:produced|shipped|mined|exported|smelted|milled|refined|sold|delivered|pumped) (?:a record |about |some |nearly |almost |over |more than |around )?\d[\d,.]*(?: million| billion)? (?:metric )?(?:tonnes|tons|ounces|barrels|carats|vehicles|cars|bags|bales)|(?:raised|lifted|cut|boosted|increased|reduced|lowered|trimmed|held|kept|doubled|halted|suspended|curbed|ramped up) (?:its |\p{Ll}+ )?(?:output|production)(?![\p{L}])|reported an? \d[\d,.]*(?: ?%| percent| per cent) (?:gain|rise|increase|jump|drop|fall|decline) (?:in (?:output|production)|at )|(?:supplies|supplied|builds|built|laid|lays|drills|drilled|installs|installed|manufactures|manufactured) (?:the|its|\d+) (?:[\p{Ll}-]+ ){0,2}?(?:compressors|turbines|trains|carriages|locomotives|rolling stock|pipes|pipelines|lines|wells|vessels?|rigs|platforms?|equipment|substations?|transformers|cables|pumps|reactors|tunnels?)(?![\p{L}])|(?:kept|cancelled|canceled|suspended|resumed|halted|restored|cut|expanded|extended|reduced) its (?:[\p{Ll}-]+ ){0,2}?(?:services?|flights|routes?|sailings|ferries|crossings|trains|buses|operations|plants?|mines?|factory|factories|stores|branches|outlets)(?![\p{L}])|(?:added|ran|runs|laid on|put on) (?:\d+|two|three|four|five|six|ten|extra|more|additional) (?:[\p{Ll}-]+ ){0,1}?(?:buses|coaches|trains|flights|sailings|ferries|services|carriages)(?![\p{L}]))/u;
/** The verbs {@link OUTPUT_AFTER} opens with, looked up before it is tried. */
const OUTPUT_VERBS = new Set(['added', 'ran', 'runs', 'put', 'cancelled', 'canceled', 'resumed', 'restored', 'expanded', 'extended', 'supplies', 'supplied', 'builds', 'built', 'laid', 'lays', 'drills', 'drilled', 'installs', 'installed', 'manufactures', 'manufactured', 'reported', 'produced', 'shipped', 'mined', 'exported', 'smelted', 'milled', 'refined', 'sold', 'delivered', 'pumped', 'raised', 'lifted', 'cut', 'boosted', 'increased', 'reduced', 'lowered', 'trimmed', 'held', 'kept', 'doubled', 'halted', 'suspended', 'curbed', 'ramped']);

/**
 * A move in percent right after a name: "fell 3.8 percent", "gained 2.1%". A business wire tells so
 * of shares, companies and indices; a person's fortunes are rarely told in percent (a candidate's
 * share of a vote is, so a one-word name that ends a person's full name elsewhere is left alone).
 */
const PERCENT_MOVE = /^ (?:rose|fell|gained|lost|dropped|climbed|slipped|jumped|declined|slumped|surged|eased|added|shed|advanced|tumbled|sank|slid|rallied|(?:edged|inched|ticked|crept) (?:up|down|higher|lower)) (?:by |about |nearly |almost |some |more than )?\d[\d,.]*(?: ?%| percent| per cent)/u;
/** The verbs {@link PERCENT_MOVE} opens with, looked up before it is tried ("edged" of "edged up 0.8 percent"). */
const PERCENT_VERBS = new Set(['rose', 'fell', 'gained', 'lost', 'dropped', 'climbed', 'slipped', 'jumped', 'declined', 'slumped', 'surged', 'eased', 'added', 'shed', 'advanced', 'tumbled', 'sank', 'slid', 'rallied', 'edged', 'inched', 'ticked', 'crept']);
/** A figure in percent right after the second name of a gapped pair ("... gained 2.1 percent and Buenaventura 1.4 percent"). */
const PERCENT_AFTER = /^ \d[\d,.]*(?: ?%| percent| per cent)/u;

/** The lower-case word right after `end` and one space, or '' (ASCII letters only). */
function lowerWordAfter(text: string, end: number): string {
  return wordAfter(text, end, isLowerAsciiLetter)?.word ?? '';
}

/** Whether a move in percent follows the name `s` ({@link PERCENT_MOVE}). */
function percentMoveAfter(text: string, s: NamedSpan): boolean {
  return PERCENT_VERBS.has(lowerWordAfter(text, s.end)) && PERCENT_MOVE.test(text.slice(s.end, s.end + 40));
}

/** Whether a producer's output follows the name `s` and nothing marks it a person's: a listed person's word in it ("John Tate"), a title before it ("farmer Tate", "Mr Tate"). */
function producerBefore(text: string, s: NamedSpan, isPersonWord: (word: string) => boolean): boolean {
  if (!OUTPUT_VERBS.has(lowerWordAfter(text, s.end)) || !OUTPUT_AFTER.test(text.slice(s.end, s.end + 60))) return false;
  const before = previousWord(text, s.start)?.word ?? '';
  if (isTitleWord(before) || isCapitalisedJob(before)) return false;
  return !text.slice(s.start, s.end).split(' ').some(isPersonWord);
}

/** Whether `name`, read as a place, is neither a listed place nor one the article writes as a place. */
function unknownPlace(text: string, name: string, isPlace: (name: string) => boolean): boolean {
  return !isPlace(name) && !PLACES.has(name) && !readAsPlace(text, name);
}

/** The last words of {@link NOUN_BEFORE}, looked up before it is tried. */
const LAST_NOUNS = new Set(['group', 'app', 'co-operative', 'cooperative', 'consortium', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'retailer', 'supermarket', 'grocer', 'lender', 'insurer', 'broadcaster', 'airline', 'miner', 'brewer', 'conglomerate', 'firm', 'company', 'start-up', 'startup', 'rival', 'rivals']);
/** The jobs' words of {@link JOB_NAME_AT}, looked for before it is tried. */
const JOB_WORDS = /nalyst|conomist|trategist|rader|roker/u;

/**
 * A job at a body and a space right after the body's name: "Nikhef director ", "Ardent president ".
 * Jobs held only at clubs and firms (spokesman, analyst, founder, chairman) are read earlier, for every
 * mention of the name (`JOBS` in name-cues.ts); these jobs are also held at a place's offices ("Caraga
 * director"), so they type one mention only, with the place checks below.
 */
const JOB_AFTER_EMPLOYER = /^ (?:director|president|chief executive|CEO|researcher|scientist) $/u;

/**
 * Whether `s`, one word, is the employer of the person `next` names right after a job at a body
 * ("Nikhef director Pieter Hoog"): one word before such a job is a body's name, not a listed place's
 * ("Amsterdam director" is rare beside "Amsterdam mayor", whose job is not read) nor one the article
 * writes as a place elsewhere ("in Caraga" ... "Caraga director Ann Lee", a regional office's).
 */
function employerBeforeJob(text: string, s: NamedSpan, next: NamedSpan | undefined, isPlace: (name: string) => boolean): boolean {
  if (next?.type !== 'person' || next.start - s.end > 22) return false;
  const name = text.slice(s.start, s.end);
  return !name.includes(' ') && JOB_AFTER_EMPLOYER.test(text.slice(s.end, next.start)) && !isPlace(name) && !PLACES.has(name) && !STOP.has(name) && !DEMONYMS.has(name) && !readAsPlace(text, name);
}

/** Whether a financial job and a person's name stand before `start` ("Analyst Ingo Brand of "). */
function jobNameBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 70), start);
  return JOB_WORDS.test(before) && JOB_NAME_AT.test(before);
}

/** Whether the comma at `comma` opens an apposition as {@link NOUN_AFTER} reads one, checked without it: ", the", ", a", ", an", ", its", ", Germany's". */
function opensApposition(text: string, comma: number): boolean {
  if (text.charCodeAt(comma + 1) !== 32) return false;
  if (text.startsWith('the ', comma + 2) || text.startsWith('a ', comma + 2) || text.startsWith('an ', comma + 2) || text.startsWith('its ', comma + 2)) return true;
  // ", Germany's": a capital, then a possessive before the next space.
  const c = text.charCodeAt(comma + 2);
  if (!(c >= 65 && c <= 90) && !(c > 127 && text[comma + 2] !== text[comma + 2].toLowerCase())) return false;
  const space = text.indexOf(' ', comma + 2);
  return space > comma + 4 && space < comma + 26 && (text[space - 2] === "'" || text[space - 2] === '’') && text[space - 1] === 's';
}

/** Companies before a list of their names: "miners including ", "companies such as ". */
const COMPANIES_BEFORE = /(?:^|[^\p{L}])(?:companies|firms|miners|banks|lenders|retailers|supermarkets|grocers|carmakers|automakers|chipmakers|insurers|airlines|brands|platforms|groups|giants|start-?ups|fintechs)(?:,)?[ \t]+(?:including|such[ \t]+as|like)[ \t]+$/u;
/** The words between a list's noun and its names: one search for the three. */
const LIST_JOINER = / (?:including|such as|like) /gu;
/** The nouns of {@link COMPANIES_BEFORE}, looked up before it is tried. */
const LIST_NOUNS = new Set(['companies', 'firms', 'miners', 'banks', 'lenders', 'retailers', 'supermarkets', 'grocers', 'carmakers', 'automakers', 'chipmakers', 'insurers', 'airlines', 'brands', 'platforms', 'groups', 'giants', 'start-ups', 'startups', 'fintechs']);
/**
 * Rivals before "including", "such as" or "like": companies in business news ("rivals such as Fawry
 * and Paymob"), but also countries, clubs or athletes; the list is taken only when each name is one
 * word that is no listed place, no known person's name and no surname of a person the article names
 * in full.
 */
const RIVAL_NOUNS = new Set(['rivals', 'competitors']);
/** A plural noun of companies followed by a capitalised name: read on as a list of two or more. */
const PLURAL_NOUN_LIST = / (?:operators|companies|firms|banks|lenders|carmakers|automakers|chipmakers|airlines|insurers|utilities|miners|retailers|broadcasters|brewers|supermarkets|telecoms|carriers|contractors|suppliers|manufacturers|shipbuilders|bidders) \p{Lu}/gu;
/** Investors or lenders before a list of names: "its largest investors, ", "lenders including ". */
const HOLDERS_AFTER = /^(?:,|:)?[ \t]+(?:including[ \t]+|such[ \t]+as[ \t]+)?(?=\p{Lu})/u;
/** The investors' and lenders' words ("managers" after "asset" only): those ending in "ers", then in "ors", the order the lists are read in. */
const HOLDER_WORDS_BY_ENDING = [['shareholders', 'lenders', 'backers', 'bidders', 'managers'], ['investors']];

/** A name in such a list: capitalised words, with "&" between them ("Legal & General"). */
const LIST_NAME = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{M}.'’-]*)*/u;
/** A name's end whose full stop belongs to it: an abbreviation ("Inc.", "Co.") or an initial ("J."). */
const ABBREVIATION_END = /(?:^|[^\p{L}])(?:Inc|Co|Corp|Ltd|Bros|Jr|Sr|St|\p{Lu})\.$/u;
/** What stands between two names of a list: ", ", " and ", ", and ". */
const LIST_GAP = /^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)/u;
/** A name a company's shape gives away: "&" or a legal form in it. */
const COMPANY_SHAPE = /[ \t]&[ \t]|[ \t](?:Inc|Ltd|LLC|LLP|plc|PLC|AG|SA|NV|ASA|Corp|Group|Capital|Partners|Investments|Holdings|Resources|Mining|Minerals|Metals|Petroleum)\.?$/u;

/**
 * The length of a list's name read by {@link LIST_NAME} up to the full stop that ends a sentence
 * ("... and Poderosa. The" is "Poderosa"); an abbreviation's or an initial's full stop is the name's.
 */
function sentenceCut(name: string): number {
  for (let dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
    if ((dot === name.length - 1 || name[dot + 1] === ' ' || name[dot + 1] === '\t') && !ABBREVIATION_END.test(name.slice(0, dot + 1))) return dot;
  }
  return name.length;
}

/**
 * Where a list of names starts after a holders' word ("its largest investors, " + "Arkwell and Dunmore"),
 * in the order the rule reads them: the words ending in "ers" in text order, then "investors"; each
 * word's mentions are read from the text's shared index of positions; once for the two readings of an
 * article.
 */
const holderListsIn = lastTextMemo((text: string): number[] => {
  const starts: number[] = [];
  for (const words of HOLDER_WORDS_BY_ENDING) {
    // The ends of the words' whole-word mentions, in text order (no word ends another).
    const ends: number[] = [];
    for (const word of words) {
      for (const start of everyStartOf(text, word)) {
        const after = start + word.length;
        if ((after < text.length && isLetterAt(text, after)) || (start > 0 && isLetterAt(text, start - 1))) continue;
        if (word === 'managers' && text.slice(Math.max(0, start - 6), start) !== 'asset ') continue;
        ends.push(after);
      }
    }
    if (words.length > 1) ends.sort((a, b) => a - b);
    for (const after of ends) {
      const list = HOLDERS_AFTER.exec(text.slice(after, after + 24));
      if (list) starts.push(after + list[0].length);
    }
  }
  return starts;
});

/** The names of the list starting at `at`, as ranges, up to four. */
function listNames(text: string, at: number): Array<{ start: number; end: number }> {
  const names: Array<{ start: number; end: number }> = [];
  let from = at;
  for (let n = 0; n < 4; n++) {
    const m = LIST_NAME.exec(text.slice(from, from + 60));
    if (!m) break;
    names.push({ start: from, end: from + sentenceCut(m[0]) });
    const gap = LIST_GAP.exec(text.slice(from + m[0].length, from + m[0].length + 8));
    if (!gap) break;
    from += m[0].length + gap[0].length;
  }
  return names;
}

/**
 * Whether a one-word organisation the model found is a listed company's by its shares: "Shares in
 * Boliden rose", "Boliden's shares". Its other mentions, read as people ("give Boliden two extra
 * legs"), follow it as those a cue retypes do.
 */
function sharesCued(text: string, s: NamedSpan, isPlace: (name: string) => boolean): boolean {
  if (s.type !== 'organization') return false;
  if (apostropheAt(text, s.end)) return companyThingsAfter(text, s.end) && !text.slice(s.start, s.end).includes(' ');
  return s.start >= 4 && (text.startsWith(' in ', s.start - 4) || text.startsWith(' of ', s.start - 4)) && sharesInBefore(text, s.start) && !text.slice(s.start, s.end).includes(' ') && !isPlace(text.slice(s.start, s.end));
}

/** Whether an apostrophe, straight or curly, stands at `at`. */
function apostropheAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 39 || c === 0x2019;
}

/** Whether a company's possession follows the name ending at `end`: "'s shares", "'s board", "' stake". */
function companyThingsAfter(text: string, end: number): boolean {
  return COMPANY_THINGS_AFTER.test(text.slice(end, end + 24));
}

/** Whether "shares in" or "shares of" stands right before `start`. */
function sharesInBefore(text: string, start: number): boolean {
  return SHARES_IN.test(text.slice(Math.max(0, start - 14), start));
}

/**
 * Whether a cue around the name `s` (no organisation yet) tells a company's ({@link withCompanyCues}).
 * The cues are tried one by one and the first that holds answers: most names have none, and those
 * that have one need no more look-ups.
 */
function companyCued(text: string, s: NamedSpan, isPlace: (name: string) => boolean, isPersonWord: (word: string) => boolean, lone: (s: NamedSpan) => boolean): boolean {
  // The word before the name is looked at before the patterns are tried: they run for every name.
  const before = previousWord(text, s.start)?.word;
  // "lawyers at Guantanamo": a listed place stays one.
  if ((before === 'at' && JOB_AT.test(text.slice(Math.max(0, s.start - 40), s.start)) && !isPlace(text.slice(s.start, s.end))) || ((before === 'of' || before === 'at') && jobNameBefore(text, s.start))) return true;
  if (s.type === 'person' && apostropheAt(text, s.end) && companyThingsAfter(text, s.end)) return true;
  if (before !== undefined && LAST_NOUNS.has(before) && (NOUN_BEFORE.test(text.slice(Math.max(0, s.start - 50), s.start)) || (before === 'group' && nationsGroupBefore(text, s.start)))) return true;
  if (text[s.end] === ',' && opensApposition(text, s.end) && (NOUN_AFTER.test(text.slice(s.end, s.end + 70)) || (!text.slice(s.start, s.end).includes(' ') && THE_TRADE_AFTER.test(text.slice(s.end, s.end + 40))))) return true;
  // "Shares in Tokyo fell": the market of a listed place is no company.
  if ((before === 'in' || before === 'of') && sharesInBefore(text, s.start) && !isPlace(text.slice(s.start, s.end))) return true;
  if (s.type === 'person' && percentMoveAfter(text, s) && lone(s) && !isPersonWord(text.slice(s.start, s.end))) return true;
  if (s.type === 'person' && before === 'by' && DATA_BY.test(text.slice(Math.max(0, s.start - 40), s.start)) && lone(s) && !isPersonWord(text.slice(s.start, s.end))) return true;
  if (s.type === 'person' && before !== undefined && FIRM_ROLES.has(before) && lone(s) && !isPersonWord(text.slice(s.start, s.end))) return true;
  if (s.type === 'person' && before !== undefined && before.endsWith('ed') && OWNED_BEFORE.test(before) && lone(s) && !isPersonWord(text.slice(s.start, s.end))) return true;
  // An unknown place's name before a producer's output or a contractor's work ("Brannock laid the subsea lines") is a company's too, but a listed place or one the article writes as a place.
  return (s.type === 'person' || s.type === 'place') && producerBefore(text, s, isPersonWord) && (s.type === 'person' || unknownPlace(text, text.slice(s.start, s.end), isPlace));
}

/**
 * Spans (sorted, apart) with the mentions a company's cue tells typed as organisations, with every
 * other mention of the same name, and the names of a list of investors holding a company's name added;
 * see the file's comment. `isPlace` tells a listed place, which "Shares in" does not make a company.
 */
export function withCompanyCues(text: string, spans: readonly NamedSpan[], isPlace: (name: string) => boolean = () => false, isPersonWord: (word: string) => boolean = () => false): NamedSpan[] {
  const lone = loneNameTest(text, spans);
  const out = mapSpans(spans, (s) => (s.type !== 'organization' && companyCued(text, s, isPlace, isPersonWord, lone) ? { ...s, type: 'organization' as const } : s));
  // A name a cue told once is the company's at every mention ("Rapidus, the chip venture, said ...
  // Rapidus was founded"), but a listed place's mention the model found as a place.
  const told = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    if (out[k] !== spans[k] || sharesCued(text, out[k], isPlace)) told.add(text.slice(out[k].start, out[k].end));
  }
  if (told.size) {
    for (let k = 0; k < out.length; k++) {
      const s = out[k];
      const name = s.type === 'organization' ? '' : text.slice(s.start, s.end);
      if (told.has(name) && !(s.type === 'place' && isPlace(name))) out[k] = { ...s, type: 'organization' };
    }
  }
  // The second name of a gapped pair: "Southern Copper gained 2.1 percent and Buenaventura 1.4 percent".
  for (let k = 0; k + 1 < out.length; k++) {
    const s = out[k];
    const next = out[k + 1];
    if (s.type !== 'organization' || next.type === 'organization' || !percentMoveAfter(text, s)) continue;
    const move = PERCENT_MOVE.exec(text.slice(s.end, s.end + 40))!;
    const at = s.end + move[0].length;
    if (text.startsWith(AND, at) && next.start === at + AND.length && PERCENT_AFTER.test(text.slice(next.end, next.end + 16))) out[k + 1] = { ...next, type: 'organization' };
  }
  // An employer before a job tells that mention only: "Rowing Tasmania president Ann Lee" is cut to its place's name.
  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    if (s.type !== 'organization' && text[s.end] === ' ' && employerBeforeJob(text, s, out[k + 1], isPlace)) out[k] = { ...s, type: 'organization' };
  }
  // A name after a company's noun that the model missed: "the consortium Atlas Aqua Desal".
  // And one after "shares of" ("Shares of Arkwell Dynamics fell"), but a listed place's market ("shares in Tokyo").
  const added: NamedSpan[] = [...namesAfterNouns(text), ...namesAfterShares(text)].filter((n) => !overlapsAny(out, n.start, n.end) && !isPlace(text.slice(n.start, n.end)));
  // The names of a list after investors or lenders: "its largest investors, Arkwell and Dunmore".
  for (const at of holderListsIn(text)) addListNames(text, listNames(text, at), out, added);
  // A list of companies: "including", "such as" and "like" are looked for first, the noun then.
  for (const m of listJoinersIn(text)) {
    const after = m.index + m[0].length;
    const end = text[m.index - 1] === ',' ? m.index - 1 : m.index;
    let start = end;
    while (start > 0 && ((text.charCodeAt(start - 1) >= 97 && text.charCodeAt(start - 1) <= 122) || text[start - 1] === '-')) start--;
    const noun = text.slice(start, end);
    if (LIST_NOUNS.has(noun) && COMPANIES_BEFORE.test(text.slice(Math.max(0, m.index - 14), after))) addListNames(text, listNames(text, after), out, added, false);
    else if (RIVAL_NOUNS.has(noun)) {
      const names = listNames(text, after);
      if (names.length >= 2 && names.every((n) => rivalCompany(text, n, out, isPlace, isPersonWord, lone))) addListNames(text, names, out, added, false);
    }
  }
  // A list straight after a plural noun of companies: "grid operators Elering, AST and Litgrid".
  for (const m of pluralNounListsIn(text)) {
    const names = listNames(text, m.index + m[0].length - 1);
    if (names.length >= 2) addListNames(text, names, out, added, false);
  }
  pairedNames(text, out, added, lone, isPersonWord);
  ledByLists(text, out, added);
  producersMissed(text, out, added, isPlace, isPersonWord);
  return withAdded(out, added);
}

/** Whether a name of a list of rivals may be a company's: see {@link RIVAL_NOUNS}. */
function rivalCompany(text: string, n: { start: number; end: number }, spans: readonly NamedSpan[], isPlace: (name: string) => boolean, isPersonWord: (word: string) => boolean, lone: (s: NamedSpan) => boolean): boolean {
  const name = text.slice(n.start, n.end);
  if (name.includes(' ') || isPlace(name) || isPersonWord(name)) return false;
  const span = spans.find((s) => s.start === n.start && s.end === n.end);
  return !span || span.type !== 'person' || lone(span);
}

/** "including", "such as" and "like" in a text, tried only where its words start (see `word-led.ts`). */
const listJoinersIn = wordLedMatches(LIST_JOINER);

/** Companies' plural nouns before a name in a text, tried only where its words start (see `word-led.ts`). */
const pluralNounListsIn = wordLedMatches(PLURAL_NOUN_LIST);

/**
 * Whether a span is a one-word name that does not end a person's full name among `spans` ("Lee" of
 * "Ann Lee" is that person); the full names are gathered on the first call.
 */
function loneNameTest(text: string, spans: readonly NamedSpan[]): (s: NamedSpan) => boolean {
  let surnames: Set<string> | undefined;
  return (s) => {
    const name = text.slice(s.start, s.end);
    if (name.includes(' ')) return false;
    surnames ??= new Set(spans.filter((p) => p.type === 'person').map((p) => text.slice(p.start, p.end)).filter((p) => p.includes(' ')).map((p) => p.slice(p.lastIndexOf(' ') + 1)));
    return !surnames.has(name);
  };
}

/** A capitalised word right after a name, which may go on with it. */
const CAPITAL_AFTER = /^[ \t]\p{Lu}/u;
/** " and " between two names of a pair. */
const AND = ' and ';
/** Capitals after an organisation and " and " ("Hapag-Lloyd and MSC"): a second one, not going on with a capitalised word. */
const CAPITALS_AT = /\p{Lu}{2,5}(?![\p{L}\p{N}&-]|[ \t]+\p{Lu})/uy;
/** Capitals that are no body's name: a trade, a job, a figure. */
const NOT_BODIES = new Set([...COMMON_INITIALS, ...PLACE_INITIALS, 'EU', 'UN']);

/**
 * The other name of a pair joined by "and" with a company: a one-word name the model took for a
 * person's beside a company's by its shape ("led by Hayleys and John Keells Holdings"), typed as an
 * organisation; capitals the model left after an organisation ("Hapag-Lloyd and MSC"), added as one.
 */
function pairedNames(text: string, out: NamedSpan[], added: NamedSpan[], lone: (s: NamedSpan) => boolean, isPersonWord: (word: string) => boolean): void {
  // Beside a company by its shape, or beside any organisation when no list knows the word as a
  // person's name and no capitalised word goes on with it ("NWSC and James To"): a person is named
  // in full before a lone surname ("OMV Petrom and Romgaz").
  const partner = (org: NamedSpan, one: NamedSpan) => lone(one) && (COMPANY_SHAPE.test(text.slice(org.start, org.end)) || (!isPersonWord(text.slice(one.start, one.end)) && !CAPITAL_AFTER.test(text.slice(one.end, one.end + 2))));
  for (let k = 0; k < out.length; k++) {
    const s = out[k];
    if (s.type !== 'organization' || !text.startsWith(AND, s.end)) continue;
    const from = s.end + AND.length;
    const next = out[k + 1];
    if (next && next.start === from) {
      if (next.type === 'person' && partner(s, next)) out[k + 1] = { ...next, type: 'organization' };
      continue;
    }
    CAPITALS_AT.lastIndex = from;
    const m = CAPITALS_AT.exec(text);
    if (m && !NOT_BODIES.has(m[0]) && !(next && next.start < from + m[0].length) && !overlapsAny(added, from, from + m[0].length)) added.push({ type: 'organization', start: from, end: from + m[0].length });
  }
  // "Hayleys and John Keells Holdings": the person before the company.
  for (let k = 0; k + 1 < out.length; k++) {
    const s = out[k];
    const next = out[k + 1];
    if (s.type === 'person' && next.type === 'organization' && next.start === s.end + AND.length && text.startsWith(AND, s.end) && partner(next, s)) out[k] = { ...s, type: 'organization' };
  }
}

/** "led by" before a list of names. */
const LED_BY = ' led by ';
/**
 * What before "led by" makes its list companies: a bidding group ("a consortium led by") or a move of
 * a market or an output ("Gold rose 2.4 percent, led by").
 */
const COMPANIES_LED = /(?:consorti(?:um|a|ums)|joint[ \t]+venture|\d[ \t]*%|\d[ \t]+(?:percent|per[ \t]+cent)),?$/u;

/**
 * The names after "led by" typed or added as organisations when what they lead is a consortium or a
 * market's move, or when one of two or more of them is an organisation already ("were led by Acciona,
 * China Harbour Engineering Company and Jan De Nul"), and the members after "a consortium of".
 */
function ledByLists(text: string, out: NamedSpan[], added: NamedSpan[]): void {
  // Mentions apart, as a search resuming after each would find them (" led by led by ").
  let from = 0;
  for (const at of everyStartOf(text, LED_BY)) {
    if (at < from) continue;
    from = at + LED_BY.length;
    const names = listNames(text, at + LED_BY.length);
    if (!names.length) continue;
    const company = (n: { start: number; end: number }) => COMPANY_SHAPE.test(text.slice(n.start, n.end)) || out.some((s) => s.type === 'organization' && s.start === n.start && s.end === n.end);
    if (COMPANIES_LED.test(text.slice(Math.max(0, at - 24), at)) || (names.length >= 2 && names.some(company))) addListNames(text, names, out, added, false);
  }
  // The members of a bidding group are companies: "a consortium of Halvern and Tosca", but not its
  // makers' nations ("a consortium of Chinese and Turkish firms").
  for (const cue of GROUP_OF) {
    for (const at of everyStartOf(text, cue)) {
      const names = listNames(text, at + cue.length);
      if (!names.some((n) => DEMONYMS.has(text.slice(n.start, n.end)) || STOP.has(text.slice(n.start, n.end)))) addListNames(text, names, out, added, false);
    }
  }
}

/** A bidding group's noun and "of" before the list of its members. */
const GROUP_OF = ['consortium of ', 'consortia of ', 'joint venture of '];

/** The verbs of a producer's output after a space ({@link OUTPUT_VERBS}), as one search. */
const OUTPUT_VERB = new RegExp(` (?:${[...OUTPUT_VERBS].join('|')}) `, 'gu');
/** Producers' verbs in a text, tried only where its words start (see `word-led.ts`). */
const outputVerbsIn = wordLedMatches(OUTPUT_VERB);

/** Whether a word may be part of a producer's name: capitalised, no function word, title or nationality, and no sentence's end before it ("June. MMG"). */
function isProducerWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return ((c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0].toLowerCase())) && !word.endsWith('.') && !STOP.has(word) && !DEMONYMS.has(word) && !isTitleWord(word) && !isCapitalisedJob(word);
}

/** A second capital in a word ("MMG", "PetroChina"), which no common word has. */
const SECOND_CAPITAL = /^.[^ ]*\p{Lu}/u;

/**
 * Whether `name` is one word with one capital that opens a sentence: a common word as likely as a
 * name ("Farmers shipped 300 tonnes").
 */
function plainWordOpening(text: string, start: number, name: string): boolean {
  if (name.includes(' ') || SECOND_CAPITAL.test(name)) return false;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“')) i--;
  return i < 0 || '.!?:\n\r'.includes(text[i]);
}

/**
 * Names the model missed before a producer's output ("MMG shipped 31,000 tonnes"), added as
 * companies: up to three capitalised words, none a listed person's word, not a listed place, nor
 * a plain word opening a sentence.
 */
function producersMissed(text: string, out: NamedSpan[], added: NamedSpan[], isPlace: (name: string) => boolean, isPersonWord: (word: string) => boolean): void {
  for (const m of outputVerbsIn(text)) {
    const start = nameWordsStart(text, m.index + 1, 3, isProducerWord);
    // The output is read first: most of these verbs ("reported", "held") take no output.
    if (start < 0 || !OUTPUT_AFTER.test(text.slice(m.index, m.index + 60)) || overlapsAny(out, start, m.index) || overlapsAny(added, start, m.index)) continue;
    const name = text.slice(start, m.index);
    if (plainWordOpening(text, start, name) || isPlace(name) || PLACES.has(name) || name.split(' ').some(isPersonWord)) continue;
    added.push({ type: 'organization', start, end: m.index });
  }
}

/**
 * The names of a list typed or added as organisations: a list of investors when one of them is a
 * company's by its shape, a list of companies (`shaped` false) always.
 */
function addListNames(text: string, names: Array<{ start: number; end: number }>, out: NamedSpan[], added: NamedSpan[], shaped = true): void {
  // Only a list of two or more where one name is a company's by its shape.
  if (shaped && (names.length < 2 || !names.some((n) => COMPANY_SHAPE.test(text.slice(n.start, n.end))))) return;
  for (const n of names) {
    const at = out.findIndex((s) => s.start < n.end && n.start < s.end);
    if (at < 0 && !added.some((s) => s.start < n.end && n.start < s.end)) added.push({ type: 'organization', start: n.start, end: n.end });
    else if (at >= 0 && out[at].start === n.start && out[at].end === n.end) out[at] = { ...out[at], type: 'organization' };
  }
}
