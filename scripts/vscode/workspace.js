// A throwaway copy of the samples folder, so tests may write sidecars and corrections freely.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { repoRoot } = require('./paths');

function samplesWorkspace(prefix = 'byline-ws-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(path.join(repoRoot, 'samples'), dir, { recursive: true });
  return dir;
}

module.exports = { samplesWorkspace };
