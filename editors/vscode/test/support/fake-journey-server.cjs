#!/usr/bin/env node
// A stand-in for `journey lsp`. It responds to `initialize`, `shutdown` and
// `journey/preview` over stdio and appends its command line and every method
// it receives to the file named by JOURNEY_FAKE_SERVER_LOG. Positions on
// lines 0 to 9 are inside the journey `open_account`; later lines are
// outside every journey.

'use strict';

const { appendFileSync } = require('node:fs');

const logFile = process.env.JOURNEY_FAKE_SERVER_LOG;
const log = (entry) => appendFileSync(logFile, `${JSON.stringify(entry)}\n`);

log({ argv: process.argv.slice(2) });
if (process.argv.length !== 3 || process.argv[2] !== 'lsp') {
  process.stderr.write(`usage: journey lsp (got ${process.argv.slice(2).join(' ')})\n`);
  process.exit(2);
}

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="20">open_account</text></svg>';

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}

function handle(message) {
  log({ method: message.method ?? null, params: message.params ?? null });
  switch (message.method) {
    case 'initialize':
      send({ id: message.id, result: { capabilities: { textDocumentSync: 1 }, serverInfo: { name: 'fake journey' } } });
      break;
    case 'shutdown':
      send({ id: message.id, result: null });
      break;
    case 'exit':
      process.exit(0);
      break;
    case 'journey/preview': {
      const inside = message.params.position.line < 10;
      const result = inside
        ? { journey: 'open_account', title: 'Open an account', svg }
        : { journey: null, title: null, svg: null };
      send({ id: message.id, result });
      break;
    }
    default:
      if (message.id !== undefined && message.method !== undefined) {
        send({ id: message.id, error: { code: -32601, message: `method not found: ${message.method}` } });
      }
  }
}

let buffer = Buffer.alloc(0);
process.stdin.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf('\r\n\r\n');
    if (headerEnd < 0) {
      return;
    }
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))[1]);
    const bodyStart = headerEnd + 4;
    if (buffer.length < bodyStart + length) {
      return;
    }
    const message = JSON.parse(buffer.subarray(bodyStart, bodyStart + length).toString('utf8'));
    buffer = buffer.subarray(bodyStart + length);
    handle(message);
  }
});
