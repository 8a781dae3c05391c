// `npm run setup:vscode`: installs a real VS Code (code-server, from npm) under .tools/ for running and
// testing Byline offline. Idempotent: a marker file makes a second run instant. Each step names
// itself, so a failure says exactly what went wrong.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { CODE_SERVER_VERSION, toolsDir, codeServerDir, vscodeDir, marker } = require('./paths');

const DEBIAN_PACKAGES = ['libkrb5-dev', 'ripgrep', 'chromium'];
const NATIVE_MODULES = ['@parcel/watcher', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty', '@vscode/deviceid'];
const nodeDir = path.resolve(path.dirname(process.execPath), '..');

class StepError extends Error {}

function step(name, fn) {
  const started = Date.now();
  process.stdout.write(`setup:vscode: ${name}… `);
  try {
    fn();
  } catch (error) {
    process.stdout.write('failed\n');
    const detail = error.stderr ? String(error.stderr).trim().split('\n').slice(-15).join('\n') : error.message;
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

function missingPackages() {
  return DEBIAN_PACKAGES.filter((pkg) => {
    try {
      execFileSync('dpkg', ['-s', pkg], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

function nodeGyp(cwd, extra = []) {
  run(path.join(toolsDir, 'node_modules', '.bin', 'node-gyp'), ['rebuild', `--nodedir=${nodeDir}`, ...extra], cwd);
}

function main() {
  if (fs.existsSync(marker)) {
    console.log(`setup:vscode: code-server ${CODE_SERVER_VERSION} is ready in ${path.relative(process.cwd(), toolsDir)}`);
    return;
  }
  step('Debian packages (libkrb5-dev, ripgrep, chromium)', () => {
    const missing = missingPackages();
    if (missing.length === 0) return;
    if (process.getuid && process.getuid() !== 0) throw new Error(`install them first: sudo apt-get install -y ${missing.join(' ')}`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
  });
  fs.mkdirSync(toolsDir, { recursive: true });
  fs.writeFileSync(path.join(toolsDir, 'package.json'), JSON.stringify({ private: true, name: 'byline-tools' }, null, 2));
  step(`install code-server ${CODE_SERVER_VERSION} and node-gyp from npm`, () => npm(['install', `code-server@${CODE_SERVER_VERSION}`, 'node-gyp@12', '--ignore-scripts'], toolsDir));
  step("install VS Code's own dependencies", () => npm(['install', '--omit=dev', '--ignore-scripts'], vscodeDir));
  step('provide ripgrep for search', () => {
    const bin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    fs.mkdirSync(bin, { recursive: true });
    const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
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
    const argon2 = path.join(toolsDir, 'node_modules', 'argon2');
    nodeGyp(argon2, ['--module_name=argon2', '--module_path=lib/binding/napi-v3', '--napi_build_version=3']);
    fs.mkdirSync(path.join(argon2, 'lib', 'binding', 'napi-v3'), { recursive: true });
    fs.copyFileSync(path.join(argon2, 'build', 'Release', 'argon2.node'), path.join(argon2, 'lib', 'binding', 'napi-v3', 'argon2.node'));
  });
  if (!fs.existsSync(path.join(codeServerDir, 'out', 'node', 'entry.js'))) throw new StepError('setup:vscode failed: code-server entry.js is missing after install');
  fs.writeFileSync(marker, new Date().toISOString() + '\n');
  console.log(`setup:vscode: code-server ${CODE_SERVER_VERSION} is ready`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof StepError ? error.message : error);
  process.exit(1);
}
