// Bundles the extension, the sampler worker, the CLI, the probe library and the webview into dist/.
import * as esbuild from 'esbuild';
import fs from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const node = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  keepNames: true, // error classes cross the worker boundary by name
  logLevel: 'warning',
  external: ['vscode'],
  plugins: [koffiNative()],
};

/**
 * koffi's JS is bundled; its prebuilt binaries are not. koffi requires "./build/koffi/<os_arch>/koffi.node"
 * for every platform; those requires are left to fail at run time, after which koffi looks in
 * <extension>/node_modules/koffi/build/koffi/<os_arch>/ — the only koffi files the VSIX ships.
 */
function koffiNative() {
  return {
    name: 'koffi-native',
    setup(build) {
      build.onResolve({ filter: /koffi\.node$/ }, (args) => ({ path: args.path, external: true }));
    },
  };
}

const entries = [
  { entryPoints: ['src/probe/index.ts'], outfile: 'dist/probe.js' },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' },
];
for (const [src, out] of [['src/extension.ts', 'dist/extension.js'], ['src/monitor/worker.ts', 'dist/worker.js'], ['src/canary.ts', 'dist/canary.js']]) {
  if (fs.existsSync(src)) entries.push({ entryPoints: [src], outfile: out });
}

const configs = entries.map((e) => ({ ...node, ...e }));
if (fs.existsSync('webview/main.ts')) {
  configs.push({
    entryPoints: ['webview/main.ts'], outfile: 'dist/webview.js', bundle: true, platform: 'browser',
    format: 'iife', target: 'es2022', sourcemap: !production, minify: production, logLevel: 'warning',
  });
}

// Test bundles: each mocha file (unit and integration) compiled on its own into out/.
if (process.argv.includes('--tests')) {
  const files = [];
  for (const dir of ['test/unit', 'test/integration', 'bench']) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir, { recursive: true })) {
      if (/\.ts$/.test(f) && !f.endsWith('.d.ts')) files.push(`${dir}/${f}`);
    }
  }
  configs.length = 0;
  configs.push({ ...node, plugins: [], external: [...node.external, 'mocha', 'koffi'], entryPoints: files, outdir: 'out', outbase: '.', sourcemap: true });
}

if (watch) {
  for (const c of configs) await (await esbuild.context(c)).watch();
} else {
  await Promise.all(configs.map((c) => esbuild.build(c)));
}
