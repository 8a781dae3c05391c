// Bundles the extension and the CLI. `--production` minifies, `--watch` rebuilds on change.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Each entry point becomes one self-contained CommonJS file in dist/. */
const targets = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/core/index/node/index-worker.ts'], outfile: 'dist/index-worker.js' },
  { entryPoints: ['src/extension/entities/recognize-worker.ts'], outfile: 'dist/recognize-worker.js' },
];

async function main() {
  const contexts = await Promise.all(
    targets.map((target) =>
      esbuild.context({
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        // Node 20 has these natively; lowered, each pattern inside a function is rebuilt on every call.
        supported: { 'regexp-unicode-property-escapes': true },
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        logLevel: 'warning',
        ...target,
      }),
    ),
  );
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    console.log('esbuild: watching for changes');
    return;
  }
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
