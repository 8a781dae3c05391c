// `npm start`: opens samples/ with Byline loaded. Desktop VS Code when `code` is on the PATH;
// otherwise a local code-server (set up on first use) at a printed 127.0.0.1 address.
const { execFileSync, spawn } = require('node:child_process');
const path = require('node:path');
const { repoRoot } = require('./paths');

function onPath(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const samples = path.join(repoRoot, 'samples');
  console.log('Building Byline (npm run build)…');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', cwd: repoRoot });
  if (onPath('code') && !process.env.BYLINE_USE_CODE_SERVER) {
    console.log('Opening samples/ in VS Code with Byline loaded (set BYLINE_USE_CODE_SERVER=1 to use the browser instead).');
    spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, samples], { stdio: 'inherit', detached: true }).unref();
    return;
  }
  execFileSync(process.execPath, [path.join(__dirname, 'setup.js')], { stdio: 'inherit' });
  const { startCodeServer, workbenchUrl } = require('./code-server');
  const port = process.env.PORT ? Number(process.env.PORT) : undefined;
  const server = await startCodeServer({ workspace: samples, port });
  const url = workbenchUrl(server.port, samples, repoRoot);
  console.log(`\nByline is running in VS Code (code-server) on the samples. Open this address in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
