// Checks the static files of the extension against each other: the manifest,
// its translations, the runtime message bundle, the snippets and the
// language configuration.

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';

async function readJson(relativePath) {
  return JSON.parse(await readFile(new URL(`../${relativePath}`, import.meta.url), 'utf8'));
}

const manifest = await readJson('package.json');
const nls = await readJson('package.nls.json');
const nlsFrench = await readJson('package.nls.fr.json');
const bundleFrench = await readJson('l10n/bundle.l10n.fr.json');
const snippets = await readJson('snippets/journey.json');
const languageConfiguration = await readJson('language-configuration.json');

/** Collects every `%key%` placeholder in the manifest. */
function placeholders(value, found = new Set()) {
  if (typeof value === 'string') {
    const match = value.match(/^%(.+)%$/);
    if (match) {
      found.add(match[1]);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item) => placeholders(item, found));
  } else if (value !== null && typeof value === 'object') {
    Object.values(value).forEach((item) => placeholders(item, found));
  }
  return found;
}

/** Collects the first argument of every `l10n.t('…')` call in src/, which is the key of its translation. */
async function runtimeMessages() {
  const directory = new URL('../src/', import.meta.url);
  const messages = new Set();
  for (const name of await readdir(directory)) {
    const source = await readFile(new URL(name, directory), 'utf8');
    for (const match of source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      messages.add(match[1].replace(/\\(.)/g, '$1'));
    }
  }
  return messages;
}

test('manifest placeholders translated', () => {
  const keys = placeholders(manifest);
  assert.ok(keys.size > 0);
  for (const key of keys) {
    assert.ok(key in nls, `package.nls.json has no ${key}`);
    assert.ok(key in nlsFrench, `package.nls.fr.json has no ${key}`);
  }
  assert.deepEqual(Object.keys(nlsFrench).sort(), Object.keys(nls).sort());
});

test('runtime messages translated', async () => {
  const messages = await runtimeMessages();
  assert.ok(messages.size > 0, 'no l10n.t call found in src/');
  for (const message of messages) {
    assert.ok(message in bundleFrench, `l10n/bundle.l10n.fr.json has no translation for ${JSON.stringify(message)}`);
    const placeholdersIn = (text) => (text.match(/\{\d+\}/g) ?? []).sort();
    assert.deepEqual(placeholdersIn(bundleFrench[message]), placeholdersIn(message), `placeholders of ${message}`);
  }
  for (const key of Object.keys(bundleFrench)) {
    assert.ok(messages.has(key), `l10n/bundle.l10n.fr.json translates ${JSON.stringify(key)}, which src/ no longer uses`);
  }
});

test('contributions match the extension', () => {
  assert.equal(manifest.main, './dist/extension.js');
  assert.equal(manifest.l10n, './l10n');
  assert.equal(manifest.contributes.grammars[0].scopeName, 'source.journey');
  assert.equal(manifest.contributes.grammars[0].path, './syntaxes/journey.tmLanguage.json');
  assert.equal(manifest.contributes.configuration.properties['journey.server.path'].default, 'journey');
  assert.ok('journey.trace.server' in manifest.contributes.configuration.properties);
  const commands = manifest.contributes.commands.map((command) => command.command);
  assert.ok(commands.includes('journey.showPreview'));
});

test('snippets cover the main declarations', () => {
  const prefixes = new Set(Object.values(snippets).flatMap((snippet) => [snippet.prefix].flat()));
  for (const prefix of ['journey', 'stage', 'step', 'person', 'committee', 'pain', 'opportunity', 'kpi value', 'touchpoint']) {
    assert.ok(prefixes.has(prefix), `no snippet with prefix ${prefix}`);
  }
  for (const [name, snippet] of Object.entries(snippets)) {
    assert.ok(snippet.description, `snippet ${name} has no description`);
    const body = snippet.body.join('\n');
    const opened = (body.match(/\{/g) ?? []).length - (body.match(/\$\{/g) ?? []).length;
    const closed = (body.match(/\}/g) ?? []).length - (body.match(/\$\{[^}]*\}/g) ?? []).length;
    assert.equal(opened, closed, `snippet ${name} has unbalanced braces`);
  }
});

test('word pattern takes unicode identifiers', () => {
  const { pattern, flags } = languageConfiguration.wordPattern;
  const wordPattern = new RegExp(`^(?:${pattern})$`, flags);
  for (const word of ['étape_paiement', '顧客', 'fill-form', '_draft', '2026-10-01', '62.5%', '-1']) {
    assert.ok(wordPattern.test(word), `${word} is not one word`);
  }
  for (const text of ['a.b', '@maya', 'a b', ' ']) {
    assert.ok(!wordPattern.test(text), `${JSON.stringify(text)} is one word`);
  }
});

test('indentation rules', () => {
  const increase = new RegExp(languageConfiguration.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(languageConfiguration.indentationRules.decreaseIndentPattern);
  for (const line of ['journey a "A" {', '  stage b "B" { // comment', '  members: [', 'step c "Label with }" {']) {
    assert.ok(increase.test(line), `no indent after ${JSON.stringify(line)}`);
  }
  for (const line of ['team ops { lead: @maya }', '  owner: @maya', '// {', 'kpi nps { target: 40 }']) {
    assert.ok(!increase.test(line), `indent after ${JSON.stringify(line)}`);
  }
  assert.ok(decrease.test('  }'));
  assert.ok(decrease.test(']'));
  assert.ok(!decrease.test('  stage b "B" {}'));
});
