// Copies the TextMate grammar from ../../grammar/ (the only hand-edited copy)
// into syntaxes/ and bundles src/extension.ts into dist/extension.js.
//
//   node build.mjs               development build with a source map
//   node build.mjs --production  minified, no source map (run by `vsce package`)
//   node build.mjs --watch       rebuild on every change to src/ or the grammar

import { copyFile, mkdir } from 'node:fs/promises';
import { watch } from 'node:fs';
import { fileURLToPath } from 'node:url';

import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watchMode = process.argv.includes('--watch');

const grammarSource = fileURLToPath(new URL('../../grammar/journey.tmLanguage.json', import.meta.url));
const grammarTarget = fileURLToPath(new URL('./syntaxes/journey.tmLanguage.json', import.meta.url));

async function copyGrammar() {
  await mkdir(fileURLToPath(new URL('./syntaxes/', import.meta.url)), { recursive: true });
  await copyFile(grammarSource, grammarTarget);
}

/** @type {import('esbuild').BuildOptions} */
const options = {
  entryPoints: ['src/extension.ts'],
  bundle: true,
  outfile: 'dist/extension.js',
  // The extension host of VS Code 1.91 runs Node 20 and loads CommonJS.
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  logLevel: 'info',
};

await copyGrammar();

if (watchMode) {
  watch(grammarSource, () => {
    copyGrammar().then(
      () => console.log('grammar copied'),
      (error) => console.error(`failed to copy the grammar: ${error.message}`),
    );
  });
  const context = await esbuild.context(options);
  await context.watch();
} else {
  await esbuild.build(options);
}
