/**
 * Start-up cost: how long loading the extension bundle and running `activate` take, with a stand-in
 * `vscode` module that records registrations. In a workspace without articles VS Code never activates
 * Byline (it starts on opening a plain-text or Markdown file), so this is the cost once it does.
 */
import { existsSync } from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';

const bundle = path.resolve(__dirname, '..', '..', 'dist', 'extension.js');

/** A `vscode` stand-in: every property is a callable, constructible proxy returning disposables. */
function fakeVscode(): unknown {
  const lookup = (prop: string | symbol) => (prop === 'then' ? undefined : prop === Symbol.toPrimitive ? () => '' : stub);
  // The bundle's ES-module interop copies the module onto an object inheriting from its prototype,
  // so the prototype must answer every name too.
  const prototype = new Proxy({}, { get: (_t, prop) => lookup(prop) });
  const handler: ProxyHandler<() => unknown> = {
    get: (_t, prop) => lookup(prop),
    apply: () => stub,
    construct: () => stub as object,
    getPrototypeOf: () => prototype,
    set: () => true,
  };
  const stub: unknown = new Proxy(function () {}, handler);
  return stub;
}

export async function run(): Promise<void> {
  if (!existsSync(bundle)) {
    console.log('activation: dist/extension.js is missing; run `npm run build` first');
    return;
  }
  const moduleWithLoad = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const originalLoad = moduleWithLoad._load;
  const vscode = fakeVscode();
  moduleWithLoad._load = function (request, parent, isMain) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, parent, isMain);
  };
  try {
    const t0 = process.hrtime.bigint();
    const ext = require(bundle) as { activate(context: unknown): void };
    const t1 = process.hrtime.bigint();
    const subscriptions: unknown[] = [];
    const memento = { get: (_key: string, fallback?: unknown) => fallback, update: async () => undefined, keys: () => [] };
    ext.activate({ subscriptions, extensionUri: vscode, storageUri: undefined, globalStorageUri: vscode, workspaceState: memento, globalState: memento, extension: { packageJSON: { version: '0' } } });
    const t2 = process.hrtime.bigint();
    console.log(`bundle load: ${(Number(t1 - t0) / 1e6).toFixed(1)} ms; activate: ${(Number(t2 - t1) / 1e6).toFixed(1)} ms (${subscriptions.length} registrations)`);
    console.log('workspace without articles: Byline is not activated (activation events are onLanguage:plaintext/markdown only), so it adds 0 ms');
  } finally {
    moduleWithLoad._load = originalLoad;
  }
}
