// Starts and stops a local code-server (a real VS Code in the browser) on a free loopback port,
// with every state folder under a temp directory so nothing touches the user's home.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { entry, marker } = require('./paths');

/** Servers still running, stopped when this process ends for any reason (failure, Ctrl+C). */
const running = new Set();
let exitHooksInstalled = false;

function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  const stopAll = () => {
    for (const stop of running) stop();
  };
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stopAll();
      // Re-raise so the exit status still says which signal ended us.
      process.kill(process.pid, signal);
    });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function healthy(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

const DEFAULT_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'chat.commandCenter.enabled': false,
};

/**
 * Starts code-server on `workspace` (with `home` as its user data folder when given). `env` reaches the extension host (used to pass result-file paths
 * to tests). Resolves once /healthz answers; `stop()` ends the server and its children (it runs in
 * its own process group, which is signalled as a whole).
 */
async function startCodeServer({ workspace, env = {}, settings = {}, log = false, port: wantedPort, home: givenHome }) {
  if (!fs.existsSync(marker) || !fs.existsSync(entry)) throw new Error('code-server is not set up: run `npm run setup:vscode`');
  installExitHooks();
  // A given home (user data, extension storage) is kept after the server stops, to start it warm again.
  const home = givenHome ?? fs.mkdtempSync(path.join(os.tmpdir(), 'byline-code-server-'));
  const userData = path.join(home, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2));
  const port = wantedPort ?? (await freePort());
  const child = spawn(
    process.execPath,
    [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', path.join(home, 'extensions'), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
    {
      env: { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_DATA_HOME: path.join(home, 'data'), XDG_CACHE_HOME: path.join(home, 'cache'), ...env },
      stdio: ['ignore', log ? 'inherit' : 'pipe', log ? 'inherit' : 'pipe'],
      detached: true,
    },
  );
  let output = '';
  const keep = (d) => (output = (output + d).slice(-100_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited = false;
  const stop = () => {
    running.delete(stop);
    if (exited) return;
    exited = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    if (!givenHome) fs.rmSync(home, { recursive: true, force: true, maxRetries: 2 });
  };
  running.add(stop);
  child.on('exit', () => {
    exited = true;
    running.delete(stop);
  });
  const deadline = Date.now() + 60_000;
  while (!(await healthy(port))) {
    if (exited || Date.now() > deadline) {
      const why = exited ? ' (it exited)' : ' within 60 s';
      stop();
      throw new Error(`code-server did not start${why}:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, url: `http://127.0.0.1:${port}/`, home, stop, output: () => output, exited: () => exited };
}

/** The page URL that opens `workspace` with an extension in development (and optionally its tests). */
function workbenchUrl(port, workspace, extensionPath, testsPath) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

module.exports = { startCodeServer, workbenchUrl, freePort };
