// Tokenizes .journey text with the grammar in ../../grammar/ through
// vscode-textmate and vscode-oniguruma, the tokenizer that VS Code uses, and
// checks the scopes that themes color.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);
const grammarPath = new URL('../../../grammar/journey.tmLanguage.json', import.meta.url);
const samplePath = new URL('./fixtures/sample.journey', import.meta.url);

async function loadGrammar() {
  const wasm = await readFile(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const grammarText = await readFile(grammarPath, 'utf8');

  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.journey' ? textmate.parseRawGrammar(grammarText, grammarPath.pathname) : null,
  });
  return registry.loadGrammar('source.journey');
}

const grammar = await loadGrammar();

/** Tokenizes `text` line by line and returns, per line, its tokens with their text and scopes. */
function tokenize(text) {
  let ruleStack = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, ruleStack);
    ruleStack = result.ruleStack;
    return {
      line,
      tokens: result.tokens.map((token) => ({
        text: line.slice(token.startIndex, token.endIndex),
        scopes: token.scopes,
      })),
    };
  });
}

/**
 * Returns the scopes of the `occurrence`-th token whose text is `tokenText`
 * on the first line of `lines` that contains `lineSnippet`.
 */
function scopesOf(lines, lineSnippet, tokenText, occurrence = 1) {
  const found = lines.find((entry) => entry.line.includes(lineSnippet));
  assert.ok(found, `no line contains ${JSON.stringify(lineSnippet)}`);

  const matches = found.tokens.filter((token) => token.text === tokenText);
  const listing = found.tokens.map((token) => `${JSON.stringify(token.text)} ${token.scopes.join(' ')}`).join('\n');
  assert.ok(
    matches.length >= occurrence,
    `no token ${JSON.stringify(tokenText)} (occurrence ${occurrence}) on line ${JSON.stringify(found.line)}; tokens:\n${listing}`,
  );
  return matches[occurrence - 1].scopes;
}

/** Asserts that some scope of the token starts with `expected` (a theme selector matches by prefix). */
function assertScope(scopes, expected, label) {
  assert.ok(
    scopes.some((scope) => scope === expected || scope.startsWith(`${expected}.`)),
    `${label}: expected a scope ${expected}, got ${scopes.join(' ')}`,
  );
}

function assertNoScope(scopes, unexpected, label) {
  assert.ok(
    !scopes.some((scope) => scope === unexpected || scope.startsWith(`${unexpected}.`)),
    `${label}: unexpected scope ${unexpected} in ${scopes.join(' ')}`,
  );
}

const sample = tokenize(await readFile(samplePath, 'utf8'));

test('declaration keywords and names', () => {
  const cases = [
    ['journey lifecycle', 'journey', 'lifecycle'],
    ['person maya', 'person', 'maya'],
    ['team ops', 'team', 'ops'],
    ['committee cx_board', 'committee', 'cx_board'],
    ['channel web', 'channel', 'web'],
    ['kpi nps "Net', 'kpi', 'nps'],
    ['insight survey_2026', 'insight', 'survey_2026'],
    ['facet department', 'facet', 'department'],
    ['value retail', 'value', 'retail'],
    ['stage discover', 'stage', 'discover'],
    ['pain slow_form', 'pain', 'slow_form'],
    ['opportunity autofill', 'opportunity', 'autofill'],
    ['kpi completion', 'kpi', 'completion'],
  ];
  for (const [line, keyword, name] of cases) {
    assertScope(scopesOf(sample, line, keyword), `keyword.declaration.${keyword}.journey`, `keyword in ${line}`);
    assertScope(scopesOf(sample, line, name), `entity.name.type.${keyword}.journey`, `name in ${line}`);
  }
});

test('declarations without a name', () => {
  const cases = [
    ['workspace "Northwind Bank"', 'workspace'],
    ['touchpoint "Form"', 'touchpoint'],
    ['frontstage "Advisor"', 'frontstage'],
    ['evidence "Receipt"', 'evidence'],
    ['solution "Prefill', 'solution'],
  ];
  for (const [line, keyword] of cases) {
    assertScope(scopesOf(sample, line, keyword), `keyword.declaration.${keyword}.journey`, line);
  }
  assertScope(scopesOf(sample, 'workspace "Northwind Bank"', 'Northwind Bank'), 'string.quoted.double.journey', 'label');
});

test('keyword as a name or property key', () => {
  const stageName = scopesOf(sample, 'stage review', 'review');
  assertScope(stageName, 'entity.name.type.stage.journey', 'stage named review');

  const teamKey = scopesOf(sample, 'frontstage "Advisor"', 'team');
  assertScope(teamKey, 'support.type.property-name.journey', 'team: as a key');
  assertNoScope(teamKey, 'keyword.declaration', 'team: as a key');

  const channelKey = scopesOf(sample, 'touchpoint "Form"', 'channel');
  assertScope(channelKey, 'support.type.property-name.journey', 'channel: as a key');
  assertScope(scopesOf(sample, 'touchpoint "Form"', 'web'), 'variable.other.reference.journey', 'channel value');

  const lines = tokenize('touchpoint "Call" { channel: support }\nfrontstage "Desk" { team: support }');
  const value = scopesOf(lines, 'channel: support', 'support');
  assertScope(value, 'variable.other.reference.journey', 'keyword used as a value');
  assertNoScope(value, 'keyword.declaration', 'keyword used as a value');
});

test('property keys', () => {
  for (const [line, key] of [
    ['owner: @maya', 'owner'],
    ['reviewed: 2026-10-01', 'reviewed'],
    ['parent: lifecycle.discover', 'parent'],
    ['department: retail', 'department'],
    ['emotion: -1.5', 'emotion'],
  ]) {
    assertScope(scopesOf(sample, line, key), 'support.type.property-name.journey', line);
    assertScope(scopesOf(sample, line, ':'), 'punctuation.separator.key-value.journey', line);
  }
});

test('strings and escapes', () => {
  const line = 'stage étape_paiement';
  assertScope(scopesOf(sample, line, 'Paiement '), 'string.quoted.double.journey', 'string body');
  assertScope(scopesOf(sample, line, '\\"'), 'constant.character.escape.journey', 'escaped quote');
  assertScope(scopesOf(sample, line, '\\u{1F4B3}'), 'constant.character.escape.journey', 'unicode escape');
  assertScope(scopesOf(sample, line, '\\q'), 'invalid.illegal.unknown-escape.journey', 'unknown escape');
  assertScope(scopesOf(sample, 'role: "Head of CX"', 'Head of CX'), 'string.quoted.double.journey', 'property value');
});

test('unterminated string ends at line end', () => {
  const lines = tokenize('journey a "Open\nstage b "B"');
  assertScope(scopesOf(lines, 'stage b', 'stage'), 'keyword.declaration.stage.journey', 'next line');
  assertNoScope(scopesOf(lines, 'stage b', 'stage'), 'string', 'next line');
});

test('multi-line strings are verbatim', () => {
  assertScope(scopesOf(sample, 'description: """First', '"""'), 'string.quoted.triple.journey', 'opening quotes');
  const secondLine = scopesOf(sample, 'second line', 'second line with "quotes" and \\n kept verbatim');
  assertScope(secondLine, 'string.quoted.triple.journey', 'second line');
  assertNoScope(secondLine, 'constant.character.escape', 'no escapes in """ strings');
  assertScope(scopesOf(sample, 'second line', '"""'), 'punctuation.definition.string.end.journey', 'closing quotes');
});

test('dates, numbers and percentages', () => {
  assertScope(scopesOf(sample, 'reviewed: 2026-10-01', '2026-10-01'), 'constant.other.date.journey', 'date');
  assertScope(scopesOf(sample, 'date: 2026-03-15', '2026-03-15'), 'constant.other.date.journey', 'insight date');
  assertScope(scopesOf(sample, 'target: 40', '40'), 'constant.numeric.journey', 'integer');
  assertScope(scopesOf(sample, 'emotion: -1.5', '-1.5'), 'constant.numeric.journey', 'negative decimal');
  assertScope(scopesOf(sample, 'target: 80%', '80'), 'constant.numeric.percentage.journey', 'percentage');
  assertScope(scopesOf(sample, 'target: 80%', '%'), 'keyword.other.unit.percent.journey', 'percent sign');
  assertScope(scopesOf(sample, 'actual: 62.5%', '62.5'), 'constant.numeric.percentage.journey', 'decimal percentage');
});

test('digits inside identifiers stay identifiers', () => {
  const name = scopesOf(sample, 'insight survey_2026', 'survey_2026');
  assertNoScope(name, 'constant.numeric', 'survey_2026');

  const lines = tokenize('step fill-form-2 "Fill" { channel: web-2 }');
  assertScope(scopesOf(lines, 'step', 'fill-form-2'), 'entity.name.type.step.journey', 'name with hyphens');
  assertScope(scopesOf(lines, 'step', 'web-2'), 'variable.other.reference.journey', 'value with hyphens');
});

test('comments', () => {
  const doc = scopesOf(sample, '/// The end-to-end', ' The end-to-end lifecycle that every other journey zooms into.');
  assertScope(doc, 'comment.line.documentation.journey', 'doc comment');

  const fourSlashes = scopesOf(sample, '//// Four', '// Four slashes make an ordinary comment.');
  assertScope(fourSlashes, 'comment.line.double-slash.journey', '//// comment');
  assertNoScope(fourSlashes, 'comment.line.documentation', '//// comment');

  const nestedEnd = scopesOf(sample, '/* a block comment', ' still a comment ');
  assertScope(nestedEnd, 'comment.block.journey', 'text after a nested comment');

  const lines = tokenize('stage a "A" // trailing\n/* one\n /* two */\n journey b */ stage c "C"');
  assertScope(scopesOf(lines, 'trailing', '//'), 'comment.line.double-slash.journey', 'trailing comment');
  assertScope(scopesOf(lines, ' journey b', ' journey b '), 'comment.block.journey', 'multi-line nested comment');
  assertScope(scopesOf(lines, 'stage c', 'stage'), 'keyword.declaration.stage.journey', 'after the comment');
});

test('person references', () => {
  const maya = scopesOf(sample, 'owner: @maya', 'maya');
  assertScope(maya, 'variable.other.person.journey', '@maya');
  assertScope(scopesOf(sample, 'owner: @maya', '@'), 'punctuation.definition.person.journey', '@ sign');
  assertScope(scopesOf(sample, 'team ops', 'lena'), 'variable.other.person.journey', '@lena in a list');
});

test('known value words after their keys', () => {
  const cases = [
    ['status: validated', 'validated', 'constant.language.status.journey'],
    ['status: in_progress', 'in_progress', 'constant.language.status.journey'],
    ['status: idea', 'idea', 'constant.language.status.journey'],
    ['severity: high', 'high', 'constant.language.level.journey'],
    ['impact: medium', 'medium', 'constant.language.level.journey'],
    ['effort: low', 'low', 'constant.language.level.journey'],
    ['better: higher', 'higher', 'constant.language.direction.journey'],
    ['kind: digital', 'digital', 'constant.language.kind.journey'],
    ['kind: quantitative', 'quantitative', 'constant.language.kind.journey'],
    ['review: quarterly', 'quarterly', 'constant.language.cadence.journey'],
    ['meets: monthly', 'monthly', 'constant.language.cadence.journey'],
  ];
  for (const [line, word, scope] of cases) {
    assertScope(scopesOf(sample, line, word), scope, line);
  }

  const lines = tokenize('journey a "A" { persona: high }');
  assertScope(scopesOf(lines, 'persona', 'high'), 'variable.other.reference.journey', 'level word as a persona name');
});

test('every N days cadence', () => {
  assertScope(scopesOf(sample, 'review: every 45 days', 'every '), 'constant.language.cadence.journey', 'every');
  const count = scopesOf(sample, 'review: every 45 days', '45');
  assertScope(count, 'constant.language.cadence.journey', 'count');
  assertScope(count, 'constant.numeric.journey', 'count');

  const lines = tokenize('committee c "C" { meets: every 2 weeks }');
  assertScope(scopesOf(lines, 'meets', ' weeks'), 'constant.language.cadence.journey', 'weeks');
});

test('unicode identifiers', () => {
  assertScope(scopesOf(sample, 'stage étape_paiement', 'étape_paiement'), 'entity.name.type.stage.journey', 'étape_paiement');
  assertScope(scopesOf(sample, 'step 顧客', '顧客'), 'entity.name.type.step.journey', '顧客');

  const lines = tokenize('journey a "A" { persona: [jeune_diplômée, 顧客]  parent: parcours.étape }');
  assertScope(scopesOf(lines, 'persona', 'jeune_diplômée'), 'variable.other.reference.journey', 'accented reference');
  assertScope(scopesOf(lines, 'persona', '顧客'), 'variable.other.reference.journey', 'CJK reference');
  assertScope(scopesOf(lines, 'persona', 'étape'), 'variable.other.reference.journey', 'accented path part');
});

test('punctuation', () => {
  assertScope(scopesOf(sample, 'journey lifecycle', '{'), 'punctuation.section.block.begin.journey', '{');
  assertScope(scopesOf(sample, 'team ops', '['), 'punctuation.section.list.begin.journey', '[');
  assertScope(scopesOf(sample, 'team ops', ']'), 'punctuation.section.list.end.journey', ']');
  assertScope(scopesOf(sample, 'team ops', ','), 'punctuation.separator.comma.journey', ',');
  assertScope(scopesOf(sample, 'team ops', '}'), 'punctuation.section.block.end.journey', '}');
  assertScope(scopesOf(sample, 'parent: lifecycle.discover', '.'), 'punctuation.accessor.dot.journey', 'path dot');
  assertScope(scopesOf(sample, 'parent: lifecycle.discover', 'discover'), 'variable.other.reference.journey', 'path part');
});

test('every line of the sample is tokenized', () => {
  for (const { line, tokens } of sample) {
    const covered = tokens.map((token) => token.text).join('');
    assert.equal(covered, line, `tokens do not cover ${JSON.stringify(line)}`);
  }
});
