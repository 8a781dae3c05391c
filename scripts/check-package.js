// Checks the built .vsix: the bundles and assets are in, sources and tests are out.
const { execFileSync } = require('node:child_process');
const { readdirSync } = require('node:fs');
const { version } = require('../package.json');

const vsix = `byline-${version}.vsix`;
if (!readdirSync('.').includes(vsix)) {
  console.error(`check-package: ${vsix} was not built`);
  process.exit(1);
}
// A .vsix is a zip; its listing is all we need, and python3's zipfile is on every machine here.
const listing = execFileSync('python3', ['-c', 'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', vsix], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);
const required = ['extension/dist/extension.js', 'extension/dist/cli.js', 'extension/package.json', 'extension/syntaxes/news-article.tmLanguage.json'];
const missing = required.filter((f) => !listing.includes(f));
const forbidden = listing.filter((f) => /^extension\/(?:src|test|scripts|node_modules)\//.test(f) || f.endsWith('.ts'));
if (missing.length || forbidden.length) {
  console.error(`check-package: ${vsix}\n  missing: ${missing.join(', ') || 'none'}\n  should not ship: ${forbidden.join(', ') || 'none'}`);
  process.exit(1);
}
console.log(`check-package: ${vsix} holds ${listing.length} files, bundles present, no sources or tests`);
