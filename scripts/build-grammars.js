// Builds the TextMate grammars in syntaxes/ from one list of line patterns, so the plain-text grammar
// and the Markdown injection stay in step. Run `node scripts/build-grammars.js` after editing.
const fs = require('node:fs');
const path = require('node:path');

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\\s+)';
const FULL_DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;

const BOILERPLATE = [
  'Skip to (?:main )?content', 'Clear icon', 'Search icon', 'Close icon', 'Recommended Videos?', 'Advertisement',
  'Sponsored(?: Content)?', 'Read [Mm]ore', 'Read [Nn]ext', 'Related(?: Articles| Stories)?', 'Trending(?: Now)?',
  'Most (?:Popular|Read)', 'Share(?: this (?:article|story))?', 'Share on (?:Facebook|Twitter)', 'Copy [Ll]ink',
  'Sign [Uu]p(?: for .*newsletter.*)?', 'Subscribe(?: [Nn]ow)?', 'Log [Ii]n', 'Sign [Ii]n', 'Back to [Tt]op',
  'Watch [Ll]ive', 'Play [Vv]ideo', 'Listen to this article', 'Loading\\.*', 'Image',
];

/** Line rules shared by both grammars, most specific first. */
const lineRules = {
  boilerplate: {
    name: 'comment.line.boilerplate.news-article',
    match: `^\\s*(?:(?:${BOILERPLATE.join('|')})|[-_*=~•·]{3,}|-?\\d{1,3}\\s*[º°˚]\\s*[CF]?)\\s*$`,
  },
  sourceFooter: {
    match: '^\\s*((?:Original|Source)\\s+(?:url|URL|link)|Source|Read the original article at)\\s*:?\\s*(<)?(https?://[^\\s>]+)(>)?\\s*$',
    captures: {
      1: { name: 'keyword.other.source.news-article' },
      2: { name: 'punctuation.definition.link.news-article' },
      3: { name: 'markup.underline.link.source.news-article' },
      4: { name: 'punctuation.definition.link.news-article' },
    },
  },
  dateLine: {
    name: 'constant.other.date.published.news-article',
    match: `^\\s*(?:(?:Published|Updated|Posted)(?:\\s+on)?:?\\s*)?${WEEKDAY}?${FULL_DATE}(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*$`,
  },
  caption: {
    name: 'markup.italic.caption.news-article',
    match: '^\\s*(?:FILE(?: PHOTO)?\\s*[-–—:]|In this (?:\\w+ )*(?:photo|image)\\b|Photo:|Caption:).*$',
  },
  credit: {
    name: 'comment.block.documentation.credit.news-article',
    match: '^\\s*\\*?(?:.*\\bcontributed (?:reporting|to this (?:report|story|article))\\b.*|(?:Additional )?[Rr]eporting by\\b.*|(?:Written |Compiled )?By [A-Z][\\w\'’.-]+(?: [A-Z][\\w\'’.-]+){0,3}(?:,? (?:and|&) [A-Z][\\w\'’.-]+(?: [A-Z][\\w\'’.-]+){0,3})*(?:[,|] .{0,60})?)\\*?\\s*$',
  },
  dateline: {
    match: '^\\s*([A-Z][A-Z.\'’ -]*[A-Z.](?:,\\s+[A-Z][\\w.\'’ ]*?)?)\\s*(\\([A-Za-z. ]{2,25}\\))?\\s*([–—-]{1,2})(?=\\s)',
    captures: {
      1: { name: 'entity.name.tag.dateline.news-article' },
      2: { name: 'entity.name.type.agency.news-article' },
      3: { name: 'punctuation.separator.dateline.news-article' },
    },
  },
};

/** Inline rules: quotes, links and URLs inside any line. */
const inlineRules = {
  markdownLink: {
    match: '(\\[)([^\\]\\n]*)(\\])(\\()([^)\\s]*)(\\))',
    captures: {
      1: { name: 'punctuation.definition.link.title.begin.news-article' },
      2: { name: 'string.other.link.title.news-article' },
      3: { name: 'punctuation.definition.link.title.end.news-article' },
      4: { name: 'punctuation.definition.metadata.news-article' },
      5: { name: 'markup.underline.link.news-article' },
      6: { name: 'punctuation.definition.metadata.news-article' },
    },
  },
  url: { name: 'markup.underline.link.news-article', match: '<?https?://[^\\s<>)\\]]+>?' },
  quote: { name: 'string.quoted.double.news-article', match: '"[^"\\n]{1,600}"|“[^”\\n]{1,600}”' },
  emphasis: { name: 'markup.italic.news-article', match: '(?<![*\\w])\\*(?!\\s)[^*\\n]+(?<!\\s)\\*(?![*\\w])' },
};

const headline = {
  markdown: { name: 'markup.heading.headline.news-article', match: '^\\s*#{1,6}\\s+.*$' },
  // A short line in title style with no closing sentence punctuation: how scraped headlines look.
  plain: { name: 'markup.heading.headline.news-article', match: '^(?=[A-Z0-9"“‘\'$])(?!.*(?:\\]\\(|https?:))(?!.*[.,;:!?]["”’]?\\s*$)(?:\\S+ ){2,24}\\S+\\s*$' },
};

const include = (names) => names.map((n) => ({ include: `#${n}` }));

const plain = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'News Article',
  scopeName: 'text.news-article',
  patterns: include(['boilerplate', 'sourceFooter', 'dateLine', 'caption', 'credit', 'headlineMarkdown', 'dateline', 'headlinePlain', 'inline']),
  repository: {
    ...lineRules,
    headlineMarkdown: headline.markdown,
    headlinePlain: headline.plain,
    inline: { patterns: include(Object.keys(inlineRules)) },
    ...inlineRules,
  },
};

const injection = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  scopeName: 'markdown.byline.injection',
  // Only top-level prose lines: never inside code, front matter or raw HTML.
  injectionSelector: 'L:text.html.markdown -markup.fenced_code -markup.raw -meta.embedded -comment',
  patterns: include(['boilerplate', 'sourceFooter', 'dateLine', 'caption', 'credit', 'dateline']),
  repository: lineRules,
};

const dir = path.join(__dirname, '..', 'syntaxes');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'news-article.tmLanguage.json'), JSON.stringify(plain, null, 2) + '\n');
fs.writeFileSync(path.join(dir, 'news-article-markdown.injection.json'), JSON.stringify(injection, null, 2) + '\n');
