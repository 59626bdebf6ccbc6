// Compiles one module of src/ with esbuild and imports it, so that tests run
// the extension's own TypeScript under plain Node. Only modules that do not
// import `vscode` can be loaded this way.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import * as esbuild from 'esbuild';

export async function importTypeScript(relativePath) {
  const entryPoint = fileURLToPath(new URL(`../${relativePath}`, import.meta.url));
  const result = await esbuild.build({
    entryPoints: [entryPoint],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const directory = await mkdtemp(join(tmpdir(), 'journey-vscode-test-'));
  const outfile = join(directory, 'module.mjs');
  await writeFile(outfile, result.outputFiles[0].contents);
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
