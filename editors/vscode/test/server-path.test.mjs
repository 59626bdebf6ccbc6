import assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, test } from 'node:test';

import { importTypeScript } from './load-typescript.mjs';

const { findExecutable } = await importTypeScript('src/serverPath.ts');

const root = await mkdtemp(join(tmpdir(), 'journey-server-path-'));
after(() => rm(root, { recursive: true, force: true }));
const binDirectory = join(root, 'bin');
const otherDirectory = join(root, 'other');
const workspace = join(root, 'workspace');
const home = join(root, 'home');
for (const directory of [binDirectory, otherDirectory, join(workspace, 'target', 'debug'), join(home, '.cargo', 'bin')]) {
  await mkdir(directory, { recursive: true });
}

async function writeExecutable(file) {
  await writeFile(file, '#!/bin/sh\nexit 0\n');
  await chmod(file, 0o755);
}

await writeExecutable(join(binDirectory, 'journey'));
await writeExecutable(join(workspace, 'target', 'debug', 'journey'));
await writeExecutable(join(home, '.cargo', 'bin', 'journey'));
// A file without the execute bit, earlier on PATH, must be skipped.
await writeFile(join(otherDirectory, 'journey'), 'not executable');
await mkdir(join(otherDirectory, 'journey-dir'));

function environment(overrides = {}) {
  return {
    pathVariable: [otherDirectory, binDirectory].join(delimiter),
    platform: 'linux',
    baseDirectory: workspace,
    homeDirectory: home,
    ...overrides,
  };
}

test('bare name found on PATH', async () => {
  assert.equal(await findExecutable('journey', environment()), join(binDirectory, 'journey'));
});

test('non-executable file on PATH skipped', async () => {
  const found = await findExecutable('journey', environment({ pathVariable: otherDirectory }));
  assert.equal(found, undefined);
});

test('directory is not an executable', async () => {
  assert.equal(await findExecutable('journey-dir', environment()), undefined);
});

test('missing name returns undefined', async () => {
  assert.equal(await findExecutable('journey-missing', environment()), undefined);
  assert.equal(await findExecutable('journey', environment({ pathVariable: undefined })), undefined);
  assert.equal(await findExecutable('', environment()), undefined);
});

test('relative path resolved against the workspace', async () => {
  const found = await findExecutable('./target/debug/journey', environment());
  assert.equal(found, join(workspace, 'target', 'debug', 'journey'));
});

test('absolute path used as given', async () => {
  const file = join(binDirectory, 'journey');
  assert.equal(await findExecutable(file, environment({ pathVariable: '' })), file);
  assert.equal(await findExecutable(join(root, 'nowhere', 'journey'), environment()), undefined);
});

test('tilde expands to the home folder', async () => {
  const found = await findExecutable('~/.cargo/bin/journey', environment());
  assert.equal(found, join(home, '.cargo', 'bin', 'journey'));
});

test('surrounding spaces ignored', async () => {
  assert.equal(await findExecutable('  journey ', environment()), join(binDirectory, 'journey'));
});
