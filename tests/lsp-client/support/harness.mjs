// A test client for `journey lsp`: it starts the real binary, talks to it
// through vscode-languageserver-protocol, and checks what the server writes.
//
// Every notification and request from the server is queued until a test
// takes it with `next`; `finish` fails when any stayed unread. Every byte on
// the server's stdout must belong to a well-formed LSP message.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

import {
  ExitNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');

/** The `journey` binary: `JOURNEY_BIN`, else the debug build of the repository. */
export function journeyBinary() {
  const binary = path.resolve(process.env.JOURNEY_BIN ?? path.join(repoRoot, 'target', 'debug', 'journey'));
  if (!existsSync(binary)) {
    throw new Error(`${binary} does not exist: run \`cargo build -p journey-cli\` first, or set JOURNEY_BIN`);
  }
  return binary;
}

/** Writes `files` (relative path → text) into a new temporary folder. */
export function makeWorkspace(files) {
  const root = mkdtempSync(path.join(tmpdir(), 'journey-lsp-'));
  for (const [relative, text] of Object.entries(files)) {
    writeFile(root, relative, text);
  }
  return root;
}

export function writeFile(root, relative, text) {
  const full = path.join(root, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

export function removeWorkspace(root) {
  rmSync(root, { recursive: true, force: true });
}

export function uriOf(root, relative) {
  return pathToFileURL(path.join(root, relative)).href;
}

/**
 * Splits the server's stdout into LSP messages and records anything else.
 * Each message is `Content-Length: N\r\n` (other headers allowed), a blank
 * line, then N bytes of JSON-RPC.
 */
class StdoutChecker {
  constructor() {
    this.buffer = Buffer.alloc(0);
    this.problems = [];
  }

  push(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) {
        return;
      }
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = /^Content-Length: (\d+)$/im.exec(header);
      if (!match || !/^[A-Za-z-]+: .+(\r\n[A-Za-z-]+: .+)*$/.test(header)) {
        this.problems.push(`not an LSP header: ${JSON.stringify(header.slice(0, 200))}`);
        this.buffer = Buffer.alloc(0);
        return;
      }
      const length = Number(match[1]);
      if (this.buffer.length < headerEnd + 4 + length) {
        return;
      }
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      try {
        const message = JSON.parse(body);
        if (message.jsonrpc !== '2.0') {
          this.problems.push(`not a JSON-RPC 2.0 message: ${body.slice(0, 200)}`);
        }
      } catch {
        this.problems.push(`body is not JSON: ${body.slice(0, 200)}`);
      }
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
    }
  }

  leftover() {
    return this.buffer.length > 0 ? [`unterminated output: ${this.buffer.toString('utf8').slice(0, 200)}`] : [];
  }
}

export class Client {
  /** Starts `journey lsp` in `cwd` with `env` added to the environment. */
  constructor({ cwd, env = {} } = {}) {
    const environment = { ...process.env, JOURNEY_LANG: 'en', ...env };
    delete environment.JOURNEY_LOG;
    this.process = spawn(journeyBinary(), ['lsp'], { cwd, env: environment, stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (chunk) => {
      this.stderr += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => {
      this.process.on('exit', (code, signal) => resolve({ code, signal }));
    });

    this.checker = new StdoutChecker();
    const toClient = new PassThrough();
    this.process.stdout.on('data', (chunk) => {
      this.checker.push(chunk);
      toClient.write(chunk);
    });
    this.process.stdout.on('end', () => toClient.end());

    this.connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(this.process.stdin));
    this.queue = [];
    this.waiters = [];
    this.connection.onNotification((method, params) => this.receive({ kind: 'notification', method, params }));
    this.connection.onRequest((method, params) => {
      this.receive({ kind: 'request', method, params });
      return null;
    });
    this.connection.listen();
  }

  receive(message) {
    this.queue.push(message);
    for (const waiter of [...this.waiters]) {
      waiter();
    }
  }

  /**
   * Takes the first queued message from the server for which `match`
   * returns true, waiting up to `timeoutMs` for it.
   */
  async next(method, match = () => true, timeoutMs = 10000) {
    const started = Date.now();
    for (;;) {
      const index = this.queue.findIndex((message) => message.method === method && match(message.params));
      if (index >= 0) {
        return this.queue.splice(index, 1)[0].params;
      }
      const remaining = timeoutMs - (Date.now() - started);
      if (remaining <= 0) {
        const queued = this.queue.map((message) => `${message.method} ${JSON.stringify(message.params).slice(0, 300)}`);
        throw new Error(`no ${method} within ${timeoutMs} ms; queued: ${JSON.stringify(queued)}\nstderr: ${this.stderr}`);
      }
      await new Promise((resolve) => {
        const waiter = () => {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((other) => other !== waiter);
          resolve();
        };
        const timer = setTimeout(waiter, remaining);
        this.waiters.push(waiter);
      });
    }
  }

  /** Waits for the diagnostics of `uri`, optionally until `match` accepts them. */
  diagnostics(uri, match = () => true) {
    return this.next('textDocument/publishDiagnostics', (params) => params.uri === uri && match(params.diagnostics));
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  notify(method, params) {
    return this.connection.sendNotification(method, params);
  }

  /** Sends `shutdown` and `exit`, and returns the exit status and any problem found. */
  async finish() {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const status = await this.exited;
    // Messages that arrived just before the exit are read by now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    this.connection.dispose();
    return {
      status,
      unread: this.queue.map((message) => `${message.method} ${JSON.stringify(message.params).slice(0, 300)}`),
      stdoutProblems: [...this.checker.problems, ...this.checker.leftover()],
      stderr: this.stderr,
    };
  }
}

/** The UTF-16 position of the `nth` occurrence of `needle` in `text`, as LSP counts with UTF-16. */
export function positionOf(text, needle, { nth = 0, offset = 0 } = {}) {
  let index = -1;
  for (let i = 0; i <= nth; i += 1) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) {
      throw new Error(`${needle} not found`);
    }
  }
  index += offset;
  const before = text.slice(0, index);
  const line = before.split('\n').length - 1;
  const character = index - (before.lastIndexOf('\n') + 1);
  return { line, character };
}

/** The range of the `nth` occurrence of `needle`. */
export function rangeOf(text, needle, options = {}) {
  const start = positionOf(text, needle, options);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}
