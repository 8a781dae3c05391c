// Launches Debian's Chromium through playwright-core with the flags this closed network needs.
const { chromium } = require('playwright-core');
const { chromium: executablePath } = require('./paths');

async function launchBrowser() {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
  });
}

module.exports = { launchBrowser };
