// Throwaway folders: a copy of samples/ (so tests may write sidecars and corrections freely) and
// scratch folders, all removed when the process ends.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { repoRoot } = require('./paths');

const created = new Set();
let cleanupInstalled = false;

/** A new empty temp folder, removed when this process exits. */
function tempDir(prefix) {
  if (!cleanupInstalled) {
    cleanupInstalled = true;
    process.on('exit', () => {
      for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
    });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.add(dir);
  return dir;
}

function samplesWorkspace(prefix = 'byline-ws-') {
  const dir = tempDir(prefix);
  fs.cpSync(path.join(repoRoot, 'samples'), dir, { recursive: true });
  return dir;
}

module.exports = { samplesWorkspace, tempDir };
