// Runs the bundled extension with vscode-languageclient against a stand-in
// `journey` executable, under a fake `vscode` module (test/support/). This
// checks what VS Code would do through the extension: the command line of
// the server, the missing-server and failed-start messages, and the preview
// requests. It does not check rendering inside VS Code itself.

import assert from 'node:assert/strict';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';

import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const Module = require('node:module');
const { createFakeVscode } = require('./support/fake-vscode.cjs');

const root = await mkdtemp(join(tmpdir(), 'journey-extension-test-'));
after(() => rm(root, { recursive: true, force: true }));

const originalPath = process.env.PATH;
const serverLog = join(root, 'server.log');
process.env.JOURNEY_FAKE_SERVER_LOG = serverLog;

// `journey` on PATH is the stand-in server.
const serverDirectory = join(root, 'bin');
await mkdir(serverDirectory);
await copyFile(fileURLToPath(new URL('./support/fake-journey-server.cjs', import.meta.url)), join(serverDirectory, 'journey'));
await chmod(join(serverDirectory, 'journey'), 0o755);

// An executable that exits at once, as a binary without the `lsp` command would.
const brokenServer = join(root, 'broken', 'journey');
await mkdir(join(root, 'broken'));
await writeFile(brokenServer, '#!/bin/sh\necho "error: unrecognized subcommand" >&2\nexit 2\n');
await chmod(brokenServer, 0o755);

const emptyDirectory = join(root, 'empty');
await mkdir(emptyDirectory);

const bundle = await esbuild.build({
  entryPoints: [fileURLToPath(new URL('../src/extension.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  write: false,
  logLevel: 'silent',
});
const bundleText = bundle.outputFiles[0].text;

let currentVscode;
const originalLoad = Module._load;
Module._load = function load(request, ...rest) {
  return request === 'vscode' ? currentVscode : originalLoad.call(this, request, ...rest);
};
after(() => {
  Module._load = originalLoad;
});

let bundleCount = 0;

/** Loads a fresh copy of the extension, so that no state leaks between tests, under `fake`. */
async function loadExtension(fake) {
  currentVscode = fake.vscode;
  bundleCount += 1;
  const file = join(root, `extension-${bundleCount}.cjs`);
  await writeFile(file, bundleText);
  return require(file);
}

async function waitFor(predicate, description, timeoutMs = 10_000) {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) {
      assert.fail(`timed out after ${timeoutMs} ms waiting for ${description}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readServerLog() {
  const text = await readFile(serverLog, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
}

function serverReceived(method) {
  return async () => (await readServerLog()).some((entry) => entry.method === method);
}

function journeyEditor(line) {
  const uri = { scheme: 'file', fsPath: join(root, 'a.journey'), toString: () => `file://${join(root, 'a.journey')}` };
  const editor = {
    document: { uri, languageId: 'journey', isClosed: false, version: 1 },
    selection: { active: { line, character: 2 } },
  };
  return editor;
}

test('missing server on PATH reported', async () => {
  process.env.PATH = emptyDirectory;
  try {
    const fake = createFakeVscode({ editor: undefined });
    const extension = await loadExtension(fake);
    await extension.activate({ subscriptions: [] });
    await waitFor(() => fake.state.messages.length > 0, 'an error message');

    assert.equal(fake.state.messages.length, 1);
    const [message] = fake.state.messages;
    assert.equal(message.kind, 'showErrorMessage');
    assert.match(message.text, /no "journey" executable on PATH/);
    assert.match(message.text, /journey\.server\.path/);
    assert.deepEqual(message.actions, ['Open Settings']);
    await extension.deactivate();
  } finally {
    process.env.PATH = originalPath;
  }
});

test('missing configured path reported', async () => {
  const fake = createFakeVscode({ settings: { 'server.path': './target/debug/journey' }, editor: undefined, workspaceFolder: root });
  const extension = await loadExtension(fake);
  await extension.activate({ subscriptions: [] });
  await waitFor(() => fake.state.messages.length > 0, 'an error message');

  assert.equal(fake.state.messages.length, 1);
  assert.match(fake.state.messages[0].text, /"\.\/target\/debug\/journey", set in "journey\.server\.path", is not an executable file/);
  await extension.deactivate();
});

test('failed start reported once without stack', async () => {
  const fake = createFakeVscode({ settings: { 'server.path': brokenServer }, editor: undefined });
  const extension = await loadExtension(fake);
  await extension.activate({ subscriptions: [] });
  await waitFor(() => fake.state.messages.length > 0, 'an error message');
  // Give the client time to show any further notification of its own.
  await sleep(500);

  const errors = fake.state.messages.filter((message) => message.kind === 'showErrorMessage');
  assert.equal(errors.length, 1, `error messages: ${JSON.stringify(errors.map((message) => message.text))}`);
  assert.match(errors[0].text, /The Journey language server failed to start/);
  assert.ok(!/\n\s+at /.test(errors[0].text), `stack trace in ${errors[0].text}`);
  assert.deepEqual(errors[0].actions, ['Show Output']);
  await extension.deactivate();
});

test('server started as journey lsp', async () => {
  process.env.PATH = `${serverDirectory}${delimiter}${originalPath}`;
  await rm(serverLog, { force: true });
  try {
    const fake = createFakeVscode({ editor: undefined });
    const extension = await loadExtension(fake);
    await extension.activate({ subscriptions: [] });
    await waitFor(() => fake.state.logLines.some((line) => line.includes('Starting the language server')), 'the start');

    await waitFor(serverReceived('initialized'), 'the initialized notification');
    await extension.deactivate();

    const entries = await readServerLog();
    assert.deepEqual(entries[0], { argv: ['lsp'] });
    assert.equal(entries[1].method, 'initialize');
    assert.ok(entries.some((entry) => entry.method === 'shutdown'), 'no shutdown request on deactivate');
    assert.deepEqual(fake.state.messages, []);
  } finally {
    process.env.PATH = originalPath;
  }
});

test('preview follows the cursor', async () => {
  process.env.PATH = `${serverDirectory}${delimiter}${originalPath}`;
  await rm(serverLog, { force: true });
  try {
    const editor = journeyEditor(3);
    const fake = createFakeVscode({ editor });
    const extension = await loadExtension(fake);
    await extension.activate({ subscriptions: [] });
    await waitFor(() => fake.state.logLines.some((line) => line.includes('Starting the language server')), 'the start');
    await waitFor(serverReceived('initialized'), 'the initialized notification');

    fake.state.commands.get('journey.showPreview')();
    assert.equal(fake.state.panels.length, 1);
    const panel = fake.state.panels[0];
    assert.equal(panel.options.enableScripts, false);
    assert.deepEqual(panel.options.localResourceRoots, []);
    await waitFor(() => panel.webview.html.includes('data:image/svg+xml;base64,'), 'the map');
    assert.equal(panel.title, 'Preview: Open an account');

    let entries = await readServerLog();
    const firstRequest = entries.find((entry) => entry.method === 'journey/preview');
    assert.deepEqual(firstRequest.params, {
      textDocument: { uri: editor.document.uri.toString() },
      position: { line: 3, character: 2 },
    });

    // Three quick cursor moves send one request, 300 ms after the last one.
    const requestsBefore = entries.filter((entry) => entry.method === 'journey/preview').length;
    for (const line of [12, 13, 14]) {
      editor.selection = { active: { line, character: 0 } };
      for (const listener of fake.state.selectionListeners) {
        listener({ textEditor: editor });
      }
      await sleep(50);
    }
    assert.ok(panel.webview.html.includes('data:image/svg+xml'), 'the map changed before the debounce delay');
    await waitFor(() => panel.webview.html.includes('Place the cursor inside a journey'), 'the no-journey message');
    assert.equal(panel.title, 'Journey Preview');

    entries = await readServerLog();
    const previewRequests = entries.filter((entry) => entry.method === 'journey/preview');
    assert.equal(previewRequests.length, requestsBefore + 1);
    assert.deepEqual(previewRequests.at(-1).params.position, { line: 14, character: 0 });

    await extension.deactivate();
  } finally {
    process.env.PATH = originalPath;
  }
});

test('preview without a journey editor', async () => {
  process.env.PATH = emptyDirectory;
  try {
    const fake = createFakeVscode({ editor: undefined });
    const extension = await loadExtension(fake);
    await extension.activate({ subscriptions: [] });
    fake.state.commands.get('journey.showPreview')();

    assert.equal(fake.state.panels.length, 0);
    const info = fake.state.messages.find((message) => message.kind === 'showInformationMessage');
    assert.ok(info, 'no information message');
    assert.match(info.text, /Open a \.journey file/);
    await extension.deactivate();
  } finally {
    process.env.PATH = originalPath;
  }
});
