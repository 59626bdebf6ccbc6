// Language and position encoding negotiation, the other features through
// the protocol, and the exit status when the client skips `shutdown`.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Client, makeWorkspace, positionOf, removeWorkspace, uriOf } from '../support/harness.mjs';

const TEXT = `person maya "Maya"
channel web "Web"
journey life "Vie 😀" {
  /* é😀 */ owner: @maya  status: draft
  stage join "Join" { step sign "Sign" { emotion: 1  touchpoint "F" { channel: wbe } } }
}
journey sub "Sub" { parent: life.join  owner: @maya  stage s { step t { emotion: 0 } } }
`;

async function start(t, initialize) {
  const root = makeWorkspace({ 'main.journey': TEXT });
  t.after(() => removeWorkspace(root));
  const client = new Client({ cwd: root });
  const result = await client.request('initialize', {
    processId: process.pid,
    workspaceFolders: [{ uri: uriOf(root, ''), name: 'w' }],
    capabilities: {},
    ...initialize,
  });
  await client.notify('initialized', {});
  return { client, result, uri: uriOf(root, 'main.journey') };
}

/** The column of `needle` in its line, counted in UTF-8 bytes. */
function byteColumn(text, needle) {
  const index = text.indexOf(needle);
  const lineStart = text.lastIndexOf('\n', index) + 1;
  return Buffer.byteLength(text.slice(lineStart, index), 'utf8');
}

test('the client locale picks French and UTF-8 positions are exact', async (t) => {
  const { client, result, uri } = await start(t, {
    locale: 'fr-FR',
    capabilities: { general: { positionEncodings: ['utf-8', 'utf-16'] } },
  });
  assert.equal(result.capabilities.positionEncoding, 'utf-8');

  const { diagnostics } = await client.diagnostics(uri);
  const typo = diagnostics.find((diagnostic) => diagnostic.code === 'J0201');
  const line = positionOf(TEXT, 'wbe').line;
  assert.deepEqual(typo.range.start, { line, character: byteColumn(TEXT, 'wbe') });

  const hover = await client.request('textDocument/hover', {
    textDocument: { uri },
    position: { line: 2, character: byteColumn(TEXT, 'life') + 1 },
  });
  assert.match(hover.contents.value, /\*\*Propriétaire :\*\* @maya \(Maya\)/);

  const actions = await client.request('textDocument/codeAction', {
    textDocument: { uri },
    range: typo.range,
    context: { diagnostics: [typo] },
  });
  const fix = actions.find((action) => action.isPreferred);
  assert.ok(fix, JSON.stringify(actions));
  assert.equal(fix.kind, 'quickfix');
  assert.deepEqual(fix.edit.changes[uri], [{ range: typo.range, newText: 'web' }]);

  const outcome = await client.finish();
  assert.deepEqual(outcome.unread, []);
  assert.deepEqual(outcome.stdoutProblems, []);
  assert.equal(outcome.status.code, 0, outcome.stderr);
});

test('initialization options win over the locale; other features answer', async (t) => {
  const { client, result, uri } = await start(t, { locale: 'fr', initializationOptions: { lang: 'en' } });
  assert.equal(result.capabilities.positionEncoding, 'utf-16', 'the default when the client offers nothing');
  const { diagnostics } = await client.diagnostics(uri);
  assert.ok(diagnostics.some((diagnostic) => /did you mean/.test(diagnostic.message)), JSON.stringify(diagnostics));

  const hints = await client.request('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } },
  });
  assert.deepEqual(
    hints.map((hint) => [hint.position, hint.label]),
    [
      [positionOf(TEXT, '"Vie 😀"', { offset: '"Vie 😀"'.length }), 'L0'],
      [positionOf(TEXT, '"Sub"', { offset: 5 }), 'L1'],
    ],
  );

  const folds = await client.request('textDocument/foldingRange', { textDocument: { uri } });
  assert.deepEqual(folds, [{ startLine: 2, endLine: 4, kind: 'region' }]);

  const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.equal(tokens.data.length % 5, 0);
  assert.ok(tokens.data.length > 20);

  const symbols = await client.request('workspace/symbol', { query: 'join' });
  assert.deepEqual(
    symbols.map((symbol) => [symbol.name, symbol.containerName]),
    [
      ['life.join', 'life'],
      ['life.join.sign', 'life.join'],
    ],
  );

  const references = await client.request('textDocument/references', {
    textDocument: { uri },
    position: positionOf(TEXT, 'maya'),
    context: { includeDeclaration: true },
  });
  assert.equal(references.length, 3);

  const formatted = await client.request('textDocument/formatting', {
    textDocument: { uri },
    options: { tabSize: 2, insertSpaces: true },
  });
  assert.ok(Array.isArray(formatted));
  assert.ok(formatted.length > 0, 'the one-line journey is laid out');

  const outcome = await client.finish();
  assert.deepEqual(outcome.unread, []);
  assert.equal(outcome.status.code, 0, outcome.stderr);
});

test('exit without shutdown ends with status 1', async (t) => {
  const { client, uri } = await start(t, {});
  await client.diagnostics(uri);
  await client.notify('exit');
  const status = await client.exited;
  assert.equal(status.code, 1);
});
