// Measures the time from a `textDocument/didChange` to the
// `textDocument/publishDiagnostics` it causes, on a generated workspace of
// about 10,000 lines in 10 files, through the real server over stdio.
//
//   cargo build --release -p journey-cli
//   JOURNEY_BIN=../../target/release/journey node bench/latency.mjs
//
// Each edit turns `emotion: 1` into `emotion: 9` (outside the scale) or
// back, in the open file, so every edit changes its diagnostics.

import { performance } from 'node:perf_hooks';

import { Client, makeWorkspace, positionOf, removeWorkspace, uriOf } from '../support/harness.mjs';

const FILES = 10;
const JOURNEYS_PER_FILE = 10;
const EDITS = 41;

function people() {
  const lines = [];
  for (let i = 0; i < JOURNEYS_PER_FILE; i += 1) {
    lines.push(`person p${i} "Person ${i}" { role: "Role ${i}" }`);
  }
  lines.push('channel web "Web" { kind: digital }');
  return `${lines.join('\n')}\n`;
}

function journeys(file) {
  const lines = [];
  for (let j = 0; j < JOURNEYS_PER_FILE; j += 1) {
    lines.push(`journey j${file}_${j} "Journey ${file}.${j}" {`, `  owner: @p${j}`, '  status: mapped');
    for (let s = 0; s < 6; s += 1) {
      lines.push(`  stage s${s} "Stage ${s}" {`);
      for (let t = 0; t < 3; t += 1) {
        lines.push(
          `    step t${s}_${t} "Step ${t}" {`,
          '      touchpoint "Form" { channel: web }',
          '      emotion: 1',
          '      // A comment line to reach realistic file sizes.',
          '    }',
        );
      }
      lines.push('  }');
    }
    lines.push('}');
  }
  return `${lines.join('\n')}\n`;
}

const files = { 'people.journey': people() };
for (let file = 0; file < FILES; file += 1) {
  files[`journeys/f${file}.journey`] = journeys(file);
}
const totalLines = Object.values(files).reduce((sum, text) => sum + text.split('\n').length - 1, 0);

const root = makeWorkspace(files);
const client = new Client({ cwd: root });
try {
  await client.request('initialize', { processId: process.pid, workspaceFolders: [{ uri: uriOf(root, ''), name: 'bench' }], capabilities: {} });
  await client.notify('initialized', {});
  const uri = uriOf(root, 'journeys/f0.journey');
  const text = files['journeys/f0.journey'];
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text } });

  const at = positionOf(text, 'emotion: 1', { nth: 100, offset: 'emotion: '.length });
  const timings = [];
  for (let edit = 0; edit < EDITS; edit += 1) {
    const value = edit % 2 === 0 ? '9' : '1';
    const started = performance.now();
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: edit + 2 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: value }],
    });
    await client.diagnostics(uri, (diagnostics) => diagnostics.some((d) => d.code === 'J0401') === (value === '9'));
    timings.push(performance.now() - started);
  }
  // The first edit warms caches; it is reported apart.
  const [first, ...rest] = timings;
  rest.sort((a, b) => a - b);
  const percentile = (p) => rest[Math.min(rest.length - 1, Math.floor((p / 100) * rest.length))];
  const format = (ms) => `${ms.toFixed(1)} ms`;
  process.stdout.write(
    `workspace: ${totalLines} lines in ${Object.keys(files).length} files\n` +
      `didChange → publishDiagnostics over ${rest.length} edits: median ${format(percentile(50))}, ` +
      `p90 ${format(percentile(90))}, max ${format(rest.at(-1))} (first edit ${format(first)})\n`,
  );
  const outcome = await client.finish();
  if (outcome.status.code !== 0 || outcome.unread.length > 0 || outcome.stdoutProblems.length > 0) {
    throw new Error(`unclean end: ${JSON.stringify(outcome)}`);
  }
} finally {
  removeWorkspace(root);
}
