// The whole life of a session with the real `journey lsp`: initialize, open,
// edit, diagnostics in this file and others, hover, definition, rename,
// completion, preview, a malformed request, file watching, shutdown and exit.

import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';

import { Client, makeWorkspace, positionOf, rangeOf, removeWorkspace, uriOf, writeFile } from '../support/harness.mjs';

const PEOPLE = `workspace "Bank" { lead: @maya }
person maya "Maya Laurent" { role: "Journey lead" }
person omar "Omar Haddad"
channel web "Website"
channel app "Mobile app"
`;

// The typo `@mya` comes after a comment with an emoji and accents, so that
// UTF-16 columns differ from bytes and from characters.
const ONBOARDING = `/// Opening an account.
journey onboarding "Ouverture de compte 🏦" {
  /* 😀 é */ owner: @mya
  status: draft
  stage apply "Étape 1" {
    step fill "Remplir ✍️" {
      emotion: 1
      touchpoint "Form" { channel: web }
      opportunity "Prefill the form" { owner: @omar }
    }
  }
  stage sign "Sign" { step send "Send" { emotion: 0  touchpoint "App" { channel: app } } }
}
`;

test('a session from initialize to exit', async (t) => {
  const root = makeWorkspace({ 'people.journey': PEOPLE, 'journeys/onboarding.journey': ONBOARDING });
  const client = new Client({ cwd: root });
  const people = uriOf(root, 'people.journey');
  const onboarding = uriOf(root, 'journeys/onboarding.journey');
  t.after(() => removeWorkspace(root));

  await t.test('initialize negotiates UTF-16 and announces the features', async () => {
    const result = await client.request('initialize', {
      processId: process.pid,
      rootUri: uriOf(root, ''),
      workspaceFolders: [{ uri: uriOf(root, ''), name: 'bank' }],
      capabilities: {
        general: { positionEncodings: ['utf-16'] },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions: { lang: 'en' },
    });
    assert.equal(result.serverInfo.name, 'journey');
    const capabilities = result.capabilities;
    assert.equal(capabilities.positionEncoding, 'utf-16');
    assert.equal(capabilities.textDocumentSync.change, 2, 'incremental sync');
    for (const feature of [
      'hoverProvider',
      'definitionProvider',
      'referencesProvider',
      'renameProvider',
      'completionProvider',
      'documentSymbolProvider',
      'workspaceSymbolProvider',
      'foldingRangeProvider',
      'semanticTokensProvider',
      'codeActionProvider',
      'inlayHintProvider',
      'documentFormattingProvider',
    ]) {
      assert.ok(capabilities[feature], feature);
    }
    await client.notify('initialized', {});
  });

  await t.test('files on disk get diagnostics before they are opened', async () => {
    const { diagnostics } = await client.diagnostics(onboarding);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [typo] = diagnostics;
    assert.equal(typo.code, 'J0201');
    assert.equal(typo.source, 'journey');
    assert.equal(typo.severity, 1);
    assert.match(typo.codeDescription.href, /^https:\/\/.*\/docs\/diagnostics\.md#j0201-unknown_reference$/);
    assert.match(typo.message, /mya/);
    assert.match(typo.message, /\nhelp: .*maya/);
    assert.deepEqual(typo.range, rangeOf(ONBOARDING, 'mya'), 'exact UTF-16 columns after the emoji');
  });

  let version = 1;
  let text = ONBOARDING;
  await t.test('opening and editing a file publishes its new diagnostics', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: onboarding, languageId: 'journey', version, text } });
    // Replace `mya` by `maya`: an insertion of one character after `@m`.
    version += 1;
    const at = positionOf(text, '@mya', { offset: 2 });
    await client.notify('textDocument/didChange', {
      textDocument: { uri: onboarding, version },
      contentChanges: [{ range: { start: at, end: at }, text: 'a' }],
    });
    text = text.replace('@mya', '@maya');
    const published = await client.diagnostics(onboarding);
    assert.deepEqual(published.diagnostics, []);
    assert.equal(published.version, version);
  });

  await t.test('an edit in one file updates the diagnostics of another', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: people, languageId: 'journey', version: 1, text: PEOPLE } });
    const name = rangeOf(PEOPLE, 'maya', { nth: 1 });
    await client.notify('textDocument/didChange', {
      textDocument: { uri: people, version: 2 },
      contentChanges: [{ range: name, text: 'mia' }],
    });
    const { diagnostics } = await client.diagnostics(onboarding, (list) => list.length > 0);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.code),
      ['J0201'],
    );
    assert.deepEqual(diagnostics[0].range, rangeOf(text, 'maya'));
    // `workspace { lead: @maya }` breaks too, in the edited file itself.
    const own = await client.diagnostics(people, (list) => list.length > 0);
    assert.ok(own.diagnostics.some((diagnostic) => diagnostic.code === 'J0201'), JSON.stringify(own.diagnostics));

    const back = { start: name.start, end: { line: name.end.line, character: name.start.character + 3 } };
    await client.notify('textDocument/didChange', {
      textDocument: { uri: people, version: 3 },
      contentChanges: [{ range: back, text: 'maya' }],
    });
    assert.deepEqual((await client.diagnostics(onboarding)).diagnostics, [], 'clean again');
    assert.deepEqual((await client.diagnostics(people)).diagnostics, [], 'cleared when clean');
  });

  await t.test('hover describes the person under the cursor', async () => {
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: onboarding },
      position: positionOf(text, 'maya', { offset: 2 }),
    });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /person maya "Maya Laurent"/);
    assert.match(hover.contents.value, /\*\*Role:\*\* Journey lead/);
    assert.deepEqual(hover.range, rangeOf(text, 'maya'));
  });

  await t.test('go to definition crosses files', async () => {
    const location = await client.request('textDocument/definition', {
      textDocument: { uri: onboarding },
      position: positionOf(text, 'maya'),
    });
    assert.equal(location.uri, people);
    assert.deepEqual(location.range, rangeOf(PEOPLE, 'maya', { nth: 1 }));
  });

  await t.test('rename edits every file', async () => {
    const prepared = await client.request('textDocument/prepareRename', {
      textDocument: { uri: onboarding },
      position: positionOf(text, 'maya'),
    });
    assert.deepEqual(prepared, rangeOf(text, 'maya'));
    const edit = await client.request('textDocument/rename', {
      textDocument: { uri: onboarding },
      position: positionOf(text, 'maya'),
      newName: 'maïa',
    });
    assert.deepEqual(Object.keys(edit.changes).sort(), [onboarding, people].sort());
    assert.deepEqual(edit.changes[onboarding], [{ range: rangeOf(text, 'maya'), newText: 'maïa' }]);
    assert.equal(edit.changes[people].length, 2, 'the declaration and the workspace lead');

    await assert.rejects(
      client.request('textDocument/prepareRename', { textDocument: { uri: onboarding }, position: positionOf(text, 'status') }),
      (error) => error.code === -32803 && /keyword/.test(error.message),
    );
  });

  await t.test('completion offers channels after `channel:`', async () => {
    const at = positionOf(text, 'web }');
    const result = await client.request('textDocument/completion', { textDocument: { uri: onboarding }, position: at });
    const items = Array.isArray(result) ? result : result.items;
    assert.deepEqual(
      items.map((item) => item.label),
      ['web', 'app'],
    );
    const web = items.find((item) => item.label === 'web');
    assert.equal(web.detail, 'Website');
    assert.deepEqual(web.textEdit.range, { start: at, end: at });
  });

  await t.test('preview returns the journey under the cursor and its map', async () => {
    const inside = await client.request('journey/preview', {
      textDocument: { uri: onboarding },
      position: positionOf(text, 'emotion: 1'),
    });
    assert.equal(inside.journey, 'onboarding');
    assert.equal(inside.title, 'Ouverture de compte 🏦');
    assert.equal(typeof inside.svg, 'string');
    assert.match(inside.svg, /<svg[\s>]/);
    assert.match(inside.svg, /<\/svg>\s*$/);

    const outside = await client.request('journey/preview', { textDocument: { uri: people }, position: { line: 1, character: 0 } });
    assert.deepEqual(outside, { journey: null, title: null, svg: null });
  });

  await t.test('a malformed request gets an error and the server keeps serving', async () => {
    await assert.rejects(client.request('textDocument/hover', { textDocument: 42 }), (error) => error.code === -32602);
    await assert.rejects(client.request('journey/nothing', {}), (error) => error.code === -32601);
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: onboarding } });
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['onboarding'],
    );
  });

  await t.test('files created and deleted on disk are picked up', async () => {
    const added = 'journeys/extra.journey';
    writeFile(root, added, 'journey extra "Extra" { owner: @nobody }\n');
    const uri = uriOf(root, added);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    const { diagnostics } = await client.diagnostics(uri);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'J0201' && /nobody/.test(diagnostic.message)));

    rmSync(`${root}/${added}`);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    assert.deepEqual((await client.diagnostics(uri)).diagnostics, [], 'diagnostics of a deleted file are cleared');
  });

  await t.test('shutdown and exit end the process with status 0', async () => {
    const outcome = await client.finish();
    assert.deepEqual(outcome.unread, [], 'every server message was read');
    assert.deepEqual(outcome.stdoutProblems, [], 'stdout carries only protocol messages');
    assert.deepEqual(outcome.status, { code: 0, signal: null }, outcome.stderr);
  });
});
