// `npm run setup:vscode`: installs a real VS Code (code-server, from npm) under .tools/ for running and
// testing Byline offline. Idempotent: a marker file makes a second run instant (after a sub-second
// check that the native modules still load in this Node). Each step names itself, so a failure says
// exactly what went wrong.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { CODE_SERVER_VERSION, toolsDir, codeServerDir, vscodeDir, entry, marker, chromium } = require('./paths');

const DEBIAN_PACKAGES = ['libkrb5-dev', 'ripgrep', 'chromium'];
const NATIVE_MODULES = ['@parcel/watcher', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty', '@vscode/deviceid'];
// node-gyp must never download headers (no internet): point it at this Node's own install prefix.
const nodeDir = path.resolve(path.dirname(process.execPath), '..');
const argon2Dir = path.join(toolsDir, 'node_modules', 'argon2');

class StepError extends Error {}

function step(name, fn) {
  const started = Date.now();
  process.stdout.write(`setup:vscode: ${name}… `);
  try {
    fn();
  } catch (error) {
    process.stdout.write('failed\n');
    const output = [error.stdout, error.stderr].filter(Boolean).map(String).join('\n').trim();
    const detail = output ? `${error.message.split('\n')[0]}\n${output.split('\n').slice(-20).join('\n')}` : error.message;
    throw new StepError(`setup:vscode failed at step "${name}":\n${detail}`);
  }
  process.stdout.write(`done (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_nodedir: nodeDir }, maxBuffer: 64 << 20 });
}

function npm(args, cwd) {
  run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], cwd);
}

function commandPath(command) {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function missingPackages() {
  if (!commandPath('dpkg')) {
    // Not Debian: judge by what the harness actually uses.
    return [!commandPath('rg') && 'ripgrep', !fs.existsSync(chromium) && 'chromium'].filter(Boolean);
  }
  return DEBIAN_PACKAGES.filter((pkg) => {
    try {
      execFileSync('dpkg', ['-s', pkg], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

function prerequisites() {
  const [major] = process.versions.node.split('.').map(Number);
  if (major !== 20) console.warn(`setup:vscode: warning: code-server ${CODE_SERVER_VERSION} is made for Node 20; this is Node ${process.versions.node}`);
  const missing = missingPackages();
  if (missing.length > 0) {
    const isRoot = process.getuid?.() === 0;
    if (!isRoot || !commandPath('apt-get')) throw new Error(`missing system packages; install them first:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  }
  if (!fs.existsSync(chromium)) throw new Error(`no Chromium at ${chromium} (set BYLINE_CHROMIUM to another Chromium binary)`);
  if (!fs.existsSync(path.join(nodeDir, 'include', 'node', 'node.h'))) throw new Error(`Node's C headers are missing under ${nodeDir}/include/node (needed to build native modules offline); install Node with its headers`);
}

function nodeGyp(cwd, extra = []) {
  run(path.join(toolsDir, 'node_modules', '.bin', 'node-gyp'), ['rebuild', `--nodedir=${nodeDir}`, ...extra], cwd);
}

// Built like the others, but VS Code loads it only on Windows: on Linux it does not self-register.
const WINDOWS_ONLY = new Set(['@vscode/deviceid']);

/** Every native module built by this script that VS Code loads on this platform. */
function builtBinaries() {
  const files = NATIVE_MODULES.filter((mod) => !WINDOWS_ONLY.has(mod)).flatMap((mod) => {
    const dir = path.join(vscodeDir, 'node_modules', mod, 'build', 'Release');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.node')).map((f) => path.join(dir, f)) : [];
  });
  return [...files, path.join(argon2Dir, 'lib', 'binding', 'napi-v3', 'argon2.node')];
}

/** Loads each native module in a fresh Node; throws when one is missing or built for another Node. */
function loadBinaries() {
  const binaries = builtBinaries();
  if (binaries.length < NATIVE_MODULES.length - WINDOWS_ONLY.size + 1) throw new Error('some native modules were never built');
  execFileSync(process.execPath, ['-e', `for (const f of ${JSON.stringify(binaries)}) require(f)`], { stdio: 'pipe' });
}

/** True when a previous setup finished and its native modules still load in this Node. */
function alreadyInstalled() {
  if (!fs.existsSync(marker) || !fs.existsSync(entry)) return false;
  try {
    loadBinaries();
    return true;
  } catch {
    console.log('setup:vscode: the native modules do not load in this Node any more: reinstalling');
    return false;
  }
}

function install() {
  fs.mkdirSync(toolsDir, { recursive: true });
  fs.rmSync(marker, { force: true });
  fs.writeFileSync(path.join(toolsDir, 'package.json'), JSON.stringify({ private: true, name: 'byline-tools' }, null, 2));
  step(`install code-server ${CODE_SERVER_VERSION} and node-gyp from npm`, () => npm(['install', `code-server@${CODE_SERVER_VERSION}`, 'node-gyp@12', '--ignore-scripts'], toolsDir));
  step("install VS Code's own dependencies", () => npm(['install', '--omit=dev', '--ignore-scripts'], vscodeDir));
  step('provide ripgrep for search', () => {
    const bin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    const rg = commandPath('rg');
    if (!rg) throw new Error('`rg` is not on the PATH (Debian package ripgrep)');
    fs.mkdirSync(bin, { recursive: true });
    fs.copyFileSync(rg, path.join(bin, 'rg'));
    fs.chmodSync(path.join(bin, 'rg'), 0o755);
  });
  for (const mod of NATIVE_MODULES) {
    step(`build native module ${mod}`, () => nodeGyp(path.join(vscodeDir, 'node_modules', mod)));
  }
  step('link node_modules.asar', () => {
    const link = path.join(vscodeDir, 'node_modules.asar');
    fs.rmSync(link, { force: true });
    fs.symlinkSync('node_modules', link);
  });
  step('install built-in extensions', () => npm(['install', '--omit=dev', '--ignore-scripts'], path.join(vscodeDir, 'extensions')));
  step('build argon2', () => {
    nodeGyp(argon2Dir, ['--module_name=argon2', '--module_path=lib/binding/napi-v3', '--napi_build_version=3']);
    fs.mkdirSync(path.join(argon2Dir, 'lib', 'binding', 'napi-v3'), { recursive: true });
    fs.copyFileSync(path.join(argon2Dir, 'build', 'Release', 'argon2.node'), path.join(argon2Dir, 'lib', 'binding', 'napi-v3', 'argon2.node'));
  });
  step('check that code-server runs', () => {
    const version = execFileSync(process.execPath, [entry, '--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    if (!version.includes(CODE_SERVER_VERSION)) throw new Error(`unexpected version output: ${version.trim()}`);
    loadBinaries();
  });
  fs.writeFileSync(marker, JSON.stringify({ version: CODE_SERVER_VERSION, node: process.versions.node, at: new Date().toISOString() }) + '\n');
}

function main() {
  const started = Date.now();
  step('system packages (libkrb5-dev, ripgrep, chromium) and Node headers', prerequisites);
  if (alreadyInstalled()) {
    console.log(`setup:vscode: code-server ${CODE_SERVER_VERSION} is ready in ${path.relative(process.cwd(), toolsDir) || '.'}`);
    return;
  }
  install();
  console.log(`setup:vscode: code-server ${CODE_SERVER_VERSION} is ready (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof StepError ? error.message : `setup:vscode failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
}
