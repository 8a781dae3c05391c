import { isInlineLinkList } from './link-lists';
import { plainMarkdown } from './markdown-text';

/**
 * Recognisers for single lines of an article. Each is a pure test on the line's text so the parser
 * stays a simple walk over lines, and new page furniture can be added as data.
 */

/** Page furniture that scrapers copy along with the story. Matched against the whole trimmed line. */
const BOILERPLATE_LINES = [
  'skip to main content', 'skip to content', 'skip to navigation', 'clear icon', 'search icon', 'close icon',
  'menu', 'search', 'close', 'open menu', 'sign in', 'log in', 'sign up', 'subscribe', 'subscribe now',
  'recommended videos', 'recommended', 'advertisement', 'ad', 'sponsored', 'sponsored content',
  'related', 'related articles', 'related stories', 'read more', 'read next', 'more stories', 'trending',
  'trending now', 'most popular', 'most read', 'share', 'share this article', 'share this story',
  'share on facebook', 'share on twitter', 'share via email', 'copy link', 'link copied', 'print',
  'email', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'comments', 'leave a comment', 'show comments',
  'watch live', 'live', 'listen to this article', 'play video', 'video', 'weather', 'loading',
  'loading...', 'back to top', 'top stories', 'latest news', 'breaking news', 'newsletter',
  'sign up for our newsletter', 'accept cookies', 'we use cookies', 'all rights reserved', 'image',
  // Cookie banners' titles and buttons.
  'we value your privacy', 'your privacy', 'accept all', 'reject all', 'refuse all', 'accept all cookies', 'reject all cookies', 'cookie settings', 'manage cookies', 'manage preferences', 'privacy settings', 'ok',
  'got it', 'i agree', 'agree', 'i accept', 'accept', 'accept and close', 'agree and close', 'allow all', 'allow cookies', 'allow all cookies',
  // A language menu: each language by its own name.
  'english', 'français', 'español', 'deutsch', 'italiano', 'português', 'русский', 'العربية', 'فارسی', '中文', '日本語', '한국어', 'türkçe', 'kiswahili', 'हिन्दी',
  'x', 'telegram', 'reddit', 'threads', 'bluesky', 'pinterest', 'messenger', 'instagram', 'youtube', 'tiktok', 'snapchat', 'flipboard', 'wechat', 'weibo', 'vk', 'kakaotalk', 'viber', 'tumblr', 'mastodon', 'footer', 'header', 'main navigation',
  // Buttons and prompts of share bars, newsletter boxes, comments and live pages.
  'share this page', 'social sharing', 'email this article', 'reuse this content', 'copy link copied', 'tweet', 'like', 'save', 'join the conversation',
  'enter email', 'enter your email', 'enter email address', 'enter your email address', 'your email address',
  'load more', 'load more updates', 'load more posts', 'load more stories', 'show more', 'show key events only',
  'report an error', 'report a typo', 'report it to us', 'thank you for your report',
  // Links to the writer's page beside a byline.
  'more by this author', 'more from this author', 'more by the author', 'more from the author', 'more from author', 'view author profile', 'author profile',
  // Press-release furniture above the headline.
  'for immediate release', 'for immediate distribution', 'press release', 'news release', 'media release',
];
const BOILERPLATE_SET = new Set(BOILERPLATE_LINES);

/** The networks and actions of share and follow buttons. */
const SOCIAL = '(?:facebook|x|twitter|whatsapp|telegram|linkedin|reddit|messenger|pinterest|instagram|threads|bluesky|flipboard|youtube|tiktok|wechat|weibo|vk|kakaotalk|viber|tumblr|mastodon|e-?mail|print|copy link)';
/**
 * A row of share buttons: "Share: Facebook | X | WhatsApp | Telegram", "Share this: Facebook | X", "Share this
 * live page: Facebook | X", "Facebook · X · Email", with the label in bold ("**Share:** Facebook · X").
 */
const SHARE_ROW = new RegExp(`^(?:[*_]{0,3}(?:share|follow)(?: (?:this|the|us)(?: \\p{L}+)?(?: (?:article|story|page|post|release|blog|report))?)?(?: on)?\\s*:?\\s*[*_]{0,3}\\s*:?\\s*)?${SOCIAL}(?:\\s*[|·•,/]\\s*${SOCIAL})+$`, 'iu');
/** An invitation to the outlet's channel: "Join The Lagos Courier channel on WhatsApp for breaking news." */
const CHANNEL_PROMO = /^(?:join|follow|subscribe to)\b.{1,60}\b(?:channel|community|group|page|account)s? on (?:whatsapp|telegram|facebook|x|twitter|instagram|youtube|tiktok|google news)\b.{0,60}$/iu;
/** A promotion opened by a pictograph: "📬 Get the Wimmera Herald in your inbox", "📱 Download our app". */
const PICTOGRAPH_PROMO = /^\p{Extended_Pictographic}\uFE0F?\s*.{0,80}\b(?:inbox|newsletters?|sign up|subscribe|download|our app|alerts|podcast|whatsapp|telegram)\b.{0,40}$/iu;

/** A section's link in a site's breadcrumbs: `[Health](/health)`. */
const CRUMB_LINK = '\\[[^\\]\\n]{1,40}\\]\\([^)\\s]*\\)';
/** What parts the steps of breadcrumbs: `/`, `›`, `»`, `>`, `|`. */
const CRUMB_SEPARATOR = '\\s*[/›»>|]\\s*';
/**
 * Breadcrumbs made of links: `[Home](/) / [Health](/health) / [Africa](/health/africa)`, `[Markets](/markets)
 * › [Asia](/markets/asia)`, perhaps ending in the page's own title unlinked.
 */
const LINKED_BREADCRUMBS = new RegExp(`^${CRUMB_LINK}(?:${CRUMB_SEPARATOR}${CRUMB_LINK}){1,6}(?:${CRUMB_SEPARATOR}[^\\[\\]()]{1,80})?$`, 'u');
/**
 * Plain breadcrumbs parted by slashes, which a credit ("Jane Doe / Reuters") also is: from the site's
 * home page ("Home / Health / Africa"), or three steps or more ("News / Politics / Local government").
 */
const SLASHED_BREADCRUMBS = /^(?:Home(?: \/ \p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}){1,5}|\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}(?: \/ \p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}){2,5})$/u;

/**
 * Each pattern of page furniture anchored at the line's start, after a test of what its first
 * character may be (with the pattern's own flags, so case folding is the same): a line is tried
 * only against the patterns its first character can open.
 */
const BOILERPLATE_PATTERNS: Array<[firstCharacter: RegExp, pattern: RegExp]> = [
  [/^[-_*=~#.•·|]/u, /^[-_*=~#.•·|]{3,}$/u], // separators: ___ *** ===
  [/^[-\d]/u, /^-?\d{1,3}\s*[º°˚]\s*[CF]?$/u], // weather widgets: 33º, 72°F
  [/^[c©]/iu, /^(?:copyright|©)\s.*(?:\d{4}|rights reserved)/iu],
  [/^[ct]/iu, /^(?:click|tap) here\b/iu],
  [/^[fl]/iu, /^(?:follow|like) us on\b/iu],
  [/^[*_sfxtwlrmpibyvkec]/iu, SHARE_ROW],
  [/^[jfs]/iu, CHANNEL_PROMO],
  [/^\p{Extended_Pictographic}/iu, PICTOGRAPH_PROMO],
  [/^t/iu, /^(?:this (?:article|story|material) may not be (?:published|reproduced))/iu],
  [/^[up]/iu, /^(?:updated|published|posted)\s*$/iu],
  [/^[\dc]/iu, /^\d+\s+comments?$|^comments?\s*\(\d{1,6}\)$/iu], // 27 comments, Comments (27)
  [/^s/iu, /^(?:sign up|subscribe)(?: now)? (?:to|for) (?:our|the)\b.{0,60}\bnewsletters?$/iu], // Sign up to our Western Edition newsletter
  [/^g/iu, /^get\b.{0,60}\b(?:in|to|into|straight to) your inbox\b.{0,30}$/iu], // Get the day's top stories in your inbox
  [/^w/iu, /^weather\s*:\s*-?\d{1,3}\s*[º°˚]\s*[CF]?$/iu], // a weather widget: Weather: 24°C
  [/^c/iu, /^copyright\s*:\s.{0,250}$/iu], // Copyright: Any unauthorised use of this content is prohibited.
  [/^b/iu, /^by (?:signing up|subscribing|registering|clicking|submitting)\b.{0,200}\b(?:terms|privacy|polic(?:y|ies))\b.{0,100}$/iu], // By signing up you agree to our terms of use
  [/^[piv]/iu, /^(?:photo|image|video) \d+ of \d+$/iu],
  [/^s/iu, /^share (?:on|via|to|with) (?:[\p{L}\d.+-]+ ?){1,2}$/iu], // Share on X, Share via Email, Share on LinkedIn
  [/^[\dotfr]/iu, /^(?:\d{1,2}|one|two|three|four|five)[- ]min(?:ute)?s?(?: read| reading time)?$|^(?:reading time|read time)\s*:?\s*\d{1,2}\s*min(?:ute)?s?$/iu], // 3 min read
  [/^\[/u, LINKED_BREADCRUMBS],
  [/^c/iu, /^companies in this (?:story|article)\s*:/iu], // a wire's list of the tickers it mentions
  [/^B/u, /^BC-\p{Lu}{2,}(?:-\p{Lu}{2,})*--\S/u], // a wire's slug line: BC-EU--Europe-Online Marketplaces, 1st Ld-Writethru
  [/^E/u, /^Eds:\s.{0,300}$/u], // a wire's note to editors: "Eds: UPDATES with comments from the minister. With AP Photos."
  [/^[wtob]/iu, /^(?:we|this (?:web)?site|our (?:web)?site|by (?:continuing|using)(?: this site)?)\b.{0,250}\bcookies?\b.{0,250}$/iu], // a cookie banner: "We use cookies to improve your experience."
  [/^[*_tkrfcm]/iu, /^[*_]{0,3}(?:topics?|tags|tagged(?: with)?|keywords|related topics|filed under|categor(?:y|ies)|more about)\s*(?::[*_]{0,3}|[*_]{1,3}\s*:)\s*\S.{0,300}$/iu], // Topics: OJK, KilatPay, fintech; *Topics: Ports · Grain*
];

/** The {@link BOILERPLATE_PATTERNS} a line's first character can open, by that character (one code point). */
const PATTERNS_BY_FIRST_CHARACTER = new Map<string, RegExp[]>();

/** The anchored furniture patterns worth trying on `trimmed`: those whose first character it opens with. */
function boilerplatePatternsFor(trimmed: string): RegExp[] {
  const first = trimmed.codePointAt(0);
  if (first === undefined) return BOILERPLATE_PATTERNS.map(([, pattern]) => pattern);
  const character = String.fromCodePoint(first);
  let patterns = PATTERNS_BY_FIRST_CHARACTER.get(character);
  if (!patterns) {
    patterns = BOILERPLATE_PATTERNS.filter(([opens]) => opens.test(character)).map(([, pattern]) => pattern);
    PATTERNS_BY_FIRST_CHARACTER.set(character, patterns);
  }
  return patterns;
}

/**
 * Breadcrumbs and section bars parted by bars or arrows: "Americas | Elections", "News › World", "News |
 * Politics | Economy | Work | Property", and an archive's year as a step ("Home > Press releases > 2026").
 * A brand written in lower case may open it ("dpa International | Asia | Environment").
 */
const BARRED_BREADCRUMBS = /^(?:\p{Ll}[\p{Ll}-]{1,11} )?\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}(?: [|›»>] (?:\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}|\d{4})){1,14}$/u;
/**
 * A masthead joined by bars to its menu and its account links ("HARBOUR TIMES  |  News  Sport  Weather  |
 * Sign in", "Lakeside Gazette | Home | Subscribe"): three parts or more of capitalised words, one of them a
 * button of the page.
 */
const MENU_BAR_PART = /^\p{Lu}[\p{L}&'’-]*(?: {1,3}[\p{L}&'’-]+){0,7}$/u;
/** The bars {@link MENU_BAR_PART}s stand between. */
const MENU_BAR = /\s+\|\s+/u;
/** A distributor's closing line under a release: "Distributed by Newswire Africa on behalf of Harbour Ferries Ltd." */
const ON_BEHALF_LINE = /^(?:distributed|issued|released|disseminated|sent) (?:by|via|through) .{1,60} on behalf of .{1,80}$/iu;
/**
 * A site's menu copied with its entries parted by runs of spaces ("Home  News  Business  Sport  Live"):
 * four entries or more, each one to three words opened by a capital, or three from "Home".
 */
const SPACED_MENU = /^(?:Home(?: {2,}\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}){2,14}|\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}(?: {2,}\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,2}){3,14})$/u;
/** The separators {@link BARRED_BREADCRUMBS} holds, one space each side. */
const CRUMB_BAR = / [|›»>] /u;
/** Australian sites' acknowledgement of country: "The Courier acknowledges the Traditional Owners of …". */
const ACKNOWLEDGEMENT = /^.{0,60}\backnowledges? (?:the )?(?:Aboriginal|Traditional (?:Owners|Custodians)|First (?:Nations|Peoples))\b/iu;

/** A copyright line with the outlet first: "Islands Daily © 2026. All Rights Reserved.", "Coast Times, copyright 2026". */
const COPYRIGHT_LINE = /^.{0,60}(?:©|\bcopyright\b)\s*\d{4}\b.{0,80}$|^.{0,100}\ball rights reserved$/iu;
/** A link to the outlet's standards under a wire story: "Our Standards: The Trust Principles." */
const STANDARDS_LINE = /^(?:our (?:standards|editorial (?:standards|guidelines|values)|ethics policy)|editorial (?:standards|guidelines)|corrections policy)\b.{0,80}$/iu;

/** The symbols drawn on a page's buttons before their labels: "☰", "🔍", "≡". */
const ICON = /^[\p{So}\p{Sm}\p{Extended_Pictographic}\uFE0F]+\s*/u;

/**
 * The longest line, without its closing ":", "." or "!", that a test in lower case may take: a listed
 * line is at most 90 characters, a copyright line 180 and a standards line 184 (24 characters and
 * 80 more, each perhaps a surrogate pair).
 */
const LONGEST_LOWER_CASE_READ = 200;
/**
 * "acknowledg" in any case, as {@link ACKNOWLEDGEMENT} reads it, without lower-casing every line: the
 * Kelvin sign is the one character beyond ASCII that case folds to one of its letters.
 */
const ACKNOWLEDG = /ac[kK\u212A]nowledg/i;
/** How far into a line "acknowledg" may start in an {@link ACKNOWLEDGEMENT} (60 characters, two units each), with its own length. */
const ACKNOWLEDGEMENT_REACH = 140;

/** The length of `text` without the ":", "." and "!" closing it. */
function lengthBeforeClosingMarks(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ':' || text[end - 1] === '.' || text[end - 1] === '!')) end--;
  return end;
}

/** True for a {@link MENU_BAR_PART}s line with a page's button among its parts. */
function isMenuBar(trimmed: string): boolean {
  const parts = trimmed.split(MENU_BAR);
  return parts.length >= 3 && parts.every((p) => MENU_BAR_PART.test(p)) && parts.some((p) => BOILERPLATE_SET.has(p.toLowerCase()));
}

/** True for scraped page furniture such as `Skip to main content`, `33º`, `___` or `Read more: [Other story](…)`. */
export function isBoilerplateLine(trimmed: string): boolean {
  // Lower case never shortens a text, so a long paragraph is not lower-cased for the short tests,
  // only for a button drawn with symbols, which may be many.
  const short = lengthBeforeClosingMarks(trimmed) <= LONGEST_LOWER_CASE_READ;
  const drawn = trimmed.charCodeAt(0) >= 0x2000;
  const lower = short || drawn ? trimmed.toLowerCase().replace(/[:.!]+$/u, '') : '';
  if (short && BOILERPLATE_SET.has(lower)) return true;
  // A button drawn with a symbol before its label: "☰ Menu", "🔍 Search".
  if (drawn && BOILERPLATE_SET.has(lower.replace(ICON, ''))) return true;
  // Cheap gates first: these run on every line of every article.
  if (short && lower.length <= 180 && (lower.includes('©') || lower.includes('copyright') || lower.endsWith('rights reserved')) && COPYRIGHT_LINE.test(lower)) return true;
  if (short && (lower.startsWith('our ') || lower.startsWith('editorial ') || lower.startsWith('corrections ')) && STANDARDS_LINE.test(lower)) return true;
  // Patterns that a literal every match holds gates ("acknowledg", " / ", " | ").
  if (ACKNOWLEDG.test(trimmed.slice(0, ACKNOWLEDGEMENT_REACH)) && ACKNOWLEDGEMENT.test(trimmed)) return true;
  if (trimmed.includes(' / ') && SLASHED_BREADCRUMBS.test(trimmed)) return true;
  if (CRUMB_BAR.test(trimmed) && BARRED_BREADCRUMBS.test(trimmed)) return true;
  if (trimmed.includes('  ') && SPACED_MENU.test(trimmed)) return true;
  if (short && lower.includes('on behalf of') && ON_BEHALF_LINE.test(trimmed.replace(/[.]$/u, ''))) return true;
  if (short && trimmed.includes('|') && isMenuBar(trimmed)) return true;
  return boilerplatePatternsFor(trimmed).some((p) => p.test(trimmed)) || isInlineLinkList(trimmed);
}

/** The particles of names: `Sanne de Vries`, `Niamh Ó Ceallaigh`, `Siti binti Ahmad`, `K. Rajan a/l Muthu`. */
export const NAME_PARTICLE = "(?:de|van|der|den|von|da|dos|du|del|la|le|al|bin|binti|ibn|el|ten|ter|di|a/l|a/p|Ó|Ní|Nic|Mac|Uí|Ua)";
/** A name in a byline: capitalised words, with the particles of names. */
const PERSON_NAME = `[\\p{Lu}][\\p{L}'’.-]+(?: (?:${NAME_PARTICLE} )*[\\p{Lu}][\\p{L}'’.-]+)*`;

/** Where a byline's writer filed from: "By Jane Doe in Seville". */
const IN_PLACE = "(?: in [\\p{Lu}][\\p{L}'’.-]+(?: [\\p{Lu}][\\p{L}'’.-]+){0,2})?";

/** A writer's job in lower case before the name: "By state political reporter Jane Doe". */
const JOB_BEFORE = '(?:(?:\\p{Ll}[\\p{L}-]* ){0,3}(?:reporter|correspondent|editor|writer|journalist|producer|columnist|photographer|analyst|contributor)s? )?';

/** Credit and byline lines: `AFP contributed reporting.`, `By Jane Doe, Associated Press`. */
const CREDIT_PATTERNS: RegExp[] = [
  /\bcontributed (?:reporting|to this (?:report|story|article))\b/iu,
  /\b(?:additional )?reporting by\b/iu,
  new RegExp(`^(?:(?:[Ww]ritten|[Cc]ompiled|[Ee]dited) )?[Bb]y ${JOB_BEFORE}${PERSON_NAME}${IN_PLACE}(?:,? (?:and|&) ${PERSON_NAME}${IN_PLACE})*(?:[,|] [^.!?]{0,60})?$`, 'u'),
  // A feature's credit: "An investigation by Jane Doe for The Ledger", "Analysis by Jane Doe".
  new RegExp(`^(?:[Aa]n? )?(?:[Ii]nvestigation|[Aa]nalysis|[Rr]eport|[Ii]nterview|[Ee]ssay|[Ff]eature|[Cc]ommentary|[Cc]olumn|[Rr]eview|[Pp]rofile|[Ss]tory|[Ww]ords) by ${PERSON_NAME}${IN_PLACE}(?:,? (?:and|&) ${PERSON_NAME}${IN_PLACE})*(?:(?:,| for| at) [^.!?]{0,60})?$`, 'u'),
  /^(?:editing|writing) by\b/iu,
  // A press release's contact, who speaks for it: "Contact: Jane Doe, Public Affairs, (916) 555-0100".
  /^(?:author|reporter|correspondent|(?:media |press )?contact)s?:\s*\S/iu,
  /^this (?:story|report|article) (?:was|has been) (?:updated|corrected)\b/iu,
];
/** A word or mark every credit pattern above needs: most lines have none, and skip the patterns. */
const CREDIT_HINT = /by|:|contributed|updated|corrected/iu;

/** Removes markdown emphasis wrapping the whole line (`*AFP contributed reporting.*`). */
export function stripEmphasis(text: string): { text: string; offset: number } {
  // Most lines open with neither mark, and skip the pattern.
  const m = text[0] === '*' || text[0] === '_' ? /^([*_]{1,3})(.+?)\1$/u.exec(text) : null;
  return m ? { text: m[2], offset: m[1].length } : { text, offset: 0 };
}

/** True for a credit or byline line, read without its Markdown (`By [Jane Doe](https://…)`). */
export function isCreditLine(trimmed: string): boolean {
  if (trimmed.length > 600) return false;
  const inner = plainMarkdown(stripEmphasis(trimmed).text);
  return inner.length <= 300 && CREDIT_HINT.test(inner) && CREDIT_PATTERNS.some((p) => p.test(inner));
}

/** Caption openers used by wire services and scraped galleries. */
const CAPTION_START = /^(?:FILE(?: PHOTO)?\s*[-–—:]|FILE\s*[-–—]\s|In this (?:\w+ )*(?:photo|image|file photo)|\[?Photo:|\[?Image:|\[?Caption:|(?:Photo|Image|Picture|Video) shows |!\[)/u;
/** A trailing photo credit in parentheses: `(AP Photo/Jane Doe)`, `(Mikhail Klimentyev, Sputnik, ... via AP, File)`. */
const PHOTO_CREDIT_HINT = /\b(?:photo|photos|file|via|getty|images|reuters|ap|afp|epa|pool|shutterstock|courtesy|credit|supplied|handout)\b|\//iu;
/** Two to four capitalised names, comma-separated: the photographers of a credit. */
const NAMES_LIST = /^[\p{Lu}][\p{L}.'’ -]+(?:, [\p{Lu}][\p{L}.'’ -]+){1,3}$/u;

/** A label that opens a photo credit: `Photo:`, `Image credit:`, `Photograph by`, `Pictures:`, `©`. */
const CREDIT_LABEL =
  '(?:(?:[Pp]hoto(?:graph)?s?|PHOTO(?:GRAPH)?S?|[Ii]mages?|IMAGES?|[Pp]ictures?|PICTURES?|[Pp]ics?|[Cc]redit|CREDIT|[Ff]oto)(?: (?:[Cc]redits?|[Ss]ource))?\\s*:|' +
  '[Pp]hoto(?:graph)?s? by|[Pp]ictures? by|(?:[Pp]hoto|[Ii]mage|[Pp]icture)s? courtesy(?: of)?|[Cc]ourtesy(?: of|:)|©)\\s*';
/**
 * A photographer's or agency's name: capitalised words, with the particles of names ("Agence
 * France-Presse", "Ellen de Vries"), and an outlet's picture from its own archive ("Post file").
 */
const CREDIT_NAME = "[\\p{Lu}][\\p{L}\\p{M}.'’&-]*(?: (?:(?:de|van|der|von|da|la|le|du|of|the|and) )?[\\p{Lu}\\d][\\p{L}\\p{M}\\d.'’&-]*| (?:file|archive)){0,5}";
/** The distributor after `via`: "via Getty Images", "via AP", "via Reuters Connect". */
const VIA = ' via [\\p{Lu}][\\p{L}]*(?: [\\p{Lu}][\\p{L}]*){0,2}';
/** Photographer and agency: `Gareth Lumsden/Northern Pictures`, `Jane Doe / Pool via Getty Images`. */
const SOURCE = `${CREDIT_NAME}(?:\\s*\\/\\s*${CREDIT_NAME})*(?:${VIA})?`;
/** After a label, photographer and agency may also be parted by a comma: `© Jane Doe, AFP`, `Photo: Jane Doe, Reuters`. */
const LABELLED_SOURCE = `${CREDIT_NAME}(?:\\s*[\\/,]\\s*${CREDIT_NAME})*(?:${VIA}| for ${CREDIT_NAME})?`;
/** A credit ending a caption in brackets, labelled: `(Photo: Gareth Lumsden/Northern Pictures)`, `(Image: Jane Doe)`. */
const STARTS_WITH_CREDIT_LABEL = new RegExp(`^\\s*${CREDIT_LABEL}`, 'u');
const LABELLED_BRACKETED_CREDIT = new RegExp(`\\(\\s*${CREDIT_LABEL}${SOURCE}\\s*\\)\\s*$`, 'u');
/**
 * A credit ending a caption, or standing alone on its line, without brackets: `Photo: Jane Doe/Reuters`,
 * `Image: Jane Doe`, `Jane Doe / Agency via Getty Images`, `Jane Doe/Northern Pictures`, and after a
 * dash: `… to the court. – Photo: JANE DOE/Daily Post`. Without a label it must name a photographer
 * and an agency (a slash) or a distributor (`via`).
 */
const BARE_CREDIT = new RegExp(`(?:^|(?<=[.!?]["”’]?\\s+(?:[–—-]\\s+)?)|(?<=\\S\\s+[|·•]\\s+(?=${CREDIT_LABEL})))(?:${CREDIT_LABEL}${LABELLED_SOURCE}|${CREDIT_NAME}\\s*\\/\\s*${SOURCE}|${CREDIT_NAME}${VIA})\\s*$`, 'u');
/** A photographer and outlet in brackets after a caption's last sentence: `… on Tuesday. (JANE DOE/Daily Post)`. */
const BRACKETED_CREDIT = new RegExp(`[.!?]["”’]?\\s+\\(\\s*${CREDIT_NAME}\\s*\\/\\s*${SOURCE}\\s*\\)\\s*$`, 'u');

/**
 * An outlet and its photographer in brackets after a caption's last sentence: `… in 2024. (ABC
 * Newcastle: Jane Doe)`; not a source note (`(Source: Statistics Canada)`).
 */
const OUTLET_COLON_CREDIT = new RegExp(`[.!?]["”’]?\\s+\\((?!(?:Sources?|Data|Notes?|Figures|Chart data)\\s*:)\\s*${CREDIT_NAME}\\s*:\\s*${CREDIT_NAME}\\s*\\)\\s*$`, 'u');

/** A credit in AP style from any outlet, ending a caption: `(KTVR Photo/Brandon Pierce)`, `(Daily Ledger Photos / Ann Roe)`, `(Coast Times photo / Ann Roe)`. */
const OUTLET_PHOTO_CREDIT = /\((?:[\p{Lu}\d][\p{L}\p{M}\d&.'’-]*[ \t]+){1,4}[Pp]hotos?[ \t]*\/[ \t]*\p{Lu}[^()\n]{1,60}\)\s*$/u;

/**
 * A labelled credit whose source is a link, ending a caption: `… at the launch. (Photo: [Health
 * Service](https://…))`, `… at the launch. Photo: [Jane Doe](https://…)`.
 */
const LINKED_LABELLED_CREDIT = new RegExp(`(?:\\(\\s*${CREDIT_LABEL}${CRUMB_LINK}\\s*\\)|(?:^|(?<=[.!?]["”’]?\\s+(?:[–—-]\\s+)?))${CREDIT_LABEL}${CRUMB_LINK})\\s*$`, 'u');

/** A wire's credit in brackets ending a caption: `(AP Photo/Jane Doe)`, `(Reuters/Getty Images)`. */
const AGENCY_PHOTO_CREDIT = /\((?:AP|AFP|Reuters|Getty Images|EPA)[^()]*(?:Photo|Images)[^()]*\)\s*$/u;
/**
 * Text every {@link BARE_CREDIT} holds: a label's colon, "by", "courtesy" or "©", a slash between
 * photographer and agency, or "via".
 */
const BARE_CREDIT_HINT = /[:/©]| via |[Pp]hoto(?:graph)?s? by|[Pp]ictures? by|ourtesy/u;

/** True for an image caption line. */
export function isCaptionLine(trimmed: string): boolean {
  if (CAPTION_START.test(trimmed)) return true;
  // A caption in square brackets ("[Hikers on the trail. (Photo: Jane Doe / Agency)]") is read inside them.
  if (trimmed.startsWith('[') && trimmed.endsWith(')]') && !trimmed.includes('](')) return isCaptionLine(trimmed.slice(1, -1));
  // The credits in brackets end in ")", the others in a name: each line is read for one kind only.
  if (!trimmed.trimEnd().endsWith(')')) return trimmed.length <= 600 && BARE_CREDIT_HINT.test(trimmed) && BARE_CREDIT.test(trimmed);
  return (
    (trimmed.length <= 600 && trimmed.endsWith(')') && trimmed.includes('](') && LINKED_LABELLED_CREDIT.test(trimmed)) ||
    AGENCY_PHOTO_CREDIT.test(trimmed) ||
    OUTLET_PHOTO_CREDIT.test(trimmed) ||
    (trimmed.length <= 600 && (LABELLED_BRACKETED_CREDIT.test(trimmed) || BRACKETED_CREDIT.test(trimmed) || OUTLET_COLON_CREDIT.test(trimmed)))
  );
}

/**
 * Finds the photo credits at the end of a caption: the trailing parenthesised groups that name a
 * photographer, agency or pool, or a credit without brackets (`Jane Doe/Reuters`, `Photo: Jane Doe`).
 * Returns offsets relative to `text`.
 */
export function findTrailingPhotoCredits(text: string): Array<{ start: number; end: number }> {
  const credits: Array<{ start: number; end: number }> = [];
  const linked = text.length <= 600 && text.includes('](') ? LINKED_LABELLED_CREDIT.exec(text) : null;
  if (linked) return [{ start: linked.index, end: linked.index + linked[0].trimEnd().length }];
  const bare = text.length <= 600 ? BARE_CREDIT.exec(text) : null;
  if (bare) return [{ start: bare.index, end: bare.index + bare[0].trimEnd().length }];
  // The trailing bracketed groups, last first.
  const groups: Array<{ start: number; end: number; inner: string }> = [];
  let end = text.trimEnd().length;
  while (groups.length < 4 && text[end - 1] === ')') {
    const open = text.lastIndexOf('(', end - 1);
    // `![alt](picture.jpg)`: the group is a Markdown link target, not a credit.
    if (open < 0 || text[open - 1] === ']') break;
    groups.push({ start: open, end, inner: text.slice(open + 1, end - 1) });
    end = open;
    while (end > 0 && text[end - 1] === ' ') end--;
  }
  // A credit names a source; a shorter group after one is the photographer's short credit
  // ("(AP Photo/Jane Doe, File) (Jane Doe)"), so a group counts when one before it does.
  const named = (inner: string) => PHOTO_CREDIT_HINT.test(inner) || STARTS_WITH_CREDIT_LABEL.test(inner) || OUTLET_COLON_CREDIT.test(`. (${inner})`) || NAMES_LIST.test(inner);
  let first = -1;
  for (let i = 0; i < groups.length && (named(groups[i].inner) || groups[i].inner.length < 80); i++) if (named(groups[i].inner)) first = i;
  for (let i = 0; i <= first; i++) credits.unshift({ start: groups[i].start, end: groups[i].end });
  return credits;
}

/** A capitalised label: a credit under the picture may name anyone. */
const CAPITALISED = /^[\p{Lu}\d]/u;

/** A markdown link at the end of a short line, naming where a photo came from: `Nikol Pashinyan [Kremlin.ru](https://…)`. */
const LINKED_PHOTO_CREDIT = /\s*\[([^\]]{1,60})\]\((?:https?:\/\/|www\.)[^)]*\)\s*$/u;

/**
 * For a short line that is a picture's caption with a linked credit, the credit's offset in `text`.
 * Right under the picture (`underPicture`) the line is its caption, so a link after it naming anyone
 * is the credit ("… in Bolgatanga. [Regional Health Service](https://…)").
 */
export function findLinkedPhotoCredit(text: string, underPicture = false): { start: number; end: number } | null {
  const m = LINKED_PHOTO_CREDIT.exec(text);
  if (!m || m.index === 0) return null;
  const label = m[1];
  // The credit names a site, an agency or a photographer with a slash ("Kremlin.ru", "AP Photo/..."),
  // or anyone, capitalised, under the picture.
  if (!(underPicture && CAPITALISED.test(label)) && !/\.[a-z]{2,}\b|photo|\/|getty|reuters|\bap\b|afp|press service|wikimedia|flickr|pool/iu.test(label)) return null;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  return { start, end: m.index + m[0].trimEnd().length };
}

/**
 * `Original url: <https://…>`, `Source: https://…` and similar footers, with those of the release wires:
 * `View original content to download multimedia:https://…`, `View source version on businesswire.com: https://…`.
 */
const URL_FOOTER = /^(?:original\s+url|source\s+url|source|url|link|read (?:the )?(?:original|full) (?:article|story)(?: at| here)?|originally published (?:at|on)|view original content(?: to download multimedia)?|view source version on [\w.-]+)\s*:?\s*<?(https?:\/\/[^\s<>]+)>?\s*$/iu;
const BARE_URL_LINE = /^<?(https?:\/\/[^\s<>]+)>?$/u;

/** The URL in an `Original url:` style footer line, with its offset in `text`, or null. */
export function findUrlFooter(text: string, allowBare: boolean): { url: string; offset: number; labelled: boolean } | null {
  const m = URL_FOOTER.exec(text) ?? (allowBare ? BARE_URL_LINE.exec(text) : null);
  if (!m) return null;
  const url = m[1].replace(/[).,;]+$/u, '');
  return { url, offset: text.indexOf(url), labelled: m[0] !== m[1] && !BARE_URL_LINE.test(text) };
}

/** The outlet of a URL: its host without `www.`/`m.`/`amp.`, lower case. */
export function outletOf(url: string): string | null {
  const m = /^https?:\/\/([^/:?#\s]+)/iu.exec(url);
  if (!m) return null;
  return m[1].toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./u, '');
}

/** The line naming who issued a press release, at its end: `SOURCE Halvard Robotics`. */
const RELEASE_SOURCE = /^SOURCE:?\s+\p{Lu}/u;

/** True for a release's `SOURCE Company` line: body text (it names the issuer), never a headline. */
export function isReleaseSourceLine(trimmed: string): boolean {
  return RELEASE_SOURCE.test(trimmed);
}

/** Agency marks in the text that point at wire copy. */
export const AGENCY_MARK = /\((?:AP|AFP|Reuters|UPI|dpa|Xinhua|TASS)\)|\b(?:Associated Press|Agence France-Presse|Reuters|Interfax|AFP) (?:contributed|reported|said|quoted)/u;

const SECTION_IN_CAPITALS = /^\p{Lu}[\p{Lu}&'’-]+(?: \p{Lu}[\p{Lu}&'’-]*){0,2}$/u;
const SECTION_IN_WORDS = /^\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}$/u;

/**
 * A section label standing above a headline: `TECH`, `WORLD NEWS`, `Business`, `Rugby union` (one to
 * three words in capitals, or a capitalised word with up to two in lower case). Only counts where a
 * headline follows it.
 */
export function isSectionLabel(trimmed: string): boolean {
  return trimmed.length <= 30 && (SECTION_IN_CAPITALS.test(trimmed) || SECTION_IN_WORDS.test(trimmed));
}
