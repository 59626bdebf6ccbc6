// A stand-in for the `vscode` module, enough for the extension and
// vscode-languageclient to activate, start a server and open the preview
// outside VS Code. Every class, enum and namespace that @types/vscode
// declares exists. The APIs that the tests observe are written out. Any
// other namespace member is a function that records its call and returns a
// disposable stand-in.

'use strict';

const { readFileSync } = require('node:fs');

const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');

const noopDisposable = () => ({ dispose() {} });

/** Returns a callable stand-in whose members are stand-ins too. */
function standIn(calls, path) {
  const callable = (...args) => {
    calls.push({ path, args });
    return standIn(calls, `${path}()`);
  };
  return new Proxy(callable, {
    get(_target, property) {
      if (property === 'then') {
        return undefined;
      }
      if (property === 'dispose') {
        return () => {};
      }
      if (property === Symbol.iterator) {
        return function* empty() {};
      }
      return standIn(calls, `${path}.${String(property)}`);
    },
  });
}

function createLogOutputChannel(logLines) {
  const log = (level) => (message) => logLines.push(`${level}: ${message}`);
  return {
    logLevel: 2,
    onDidChangeLogLevel: noopDisposable,
    trace: log('trace'),
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    append() {},
    appendLine: log('line'),
    replace() {},
    clear() {},
    show() {},
    hide() {},
    dispose() {},
  };
}

/**
 * Creates a fake `vscode` module. `settings` maps each `journey.*` setting,
 * named without the prefix, to its value. `editor` is the active text editor.
 */
function createFakeVscode({ settings = {}, editor, workspaceFolder }) {
  const calls = [];
  const state = {
    calls,
    messages: [],
    logLines: [],
    commands: new Map(),
    panels: [],
    selectionListeners: [],
    documentListeners: [],
  };

  const vscode = { version: '1.91.0' };
  for (const [, name] of declarations.matchAll(/^\s*export class (\w+)/gm)) {
    vscode[name] = class {
      constructor(...args) {
        this.args = args;
      }
      static from() {
        return new this();
      }
      dispose() {}
    };
  }
  for (const [, name] of declarations.matchAll(/^\s*export enum (\w+)/gm)) {
    vscode[name] = new Proxy({}, { get: (_target, property) => (typeof property === 'string' ? property.length : undefined) });
  }
  for (const [, name] of declarations.matchAll(/^\s*export namespace (\w+)/gm)) {
    vscode[name] = standIn(calls, name);
  }

  vscode.Disposable = class {
    static from() {
      return { dispose() {} };
    }
    constructor(callOnDispose) {
      this.dispose = callOnDispose;
    }
  };
  vscode.EventEmitter = class {
    constructor() {
      this.event = noopDisposable;
    }
    fire() {}
    dispose() {}
  };
  vscode.CancellationTokenSource = class {
    constructor() {
      this.token = { isCancellationRequested: false, onCancellationRequested: noopDisposable };
    }
    cancel() {
      this.token.isCancellationRequested = true;
    }
    dispose() {}
  };
  vscode.Uri = {
    file: (fsPath) => ({ scheme: 'file', fsPath, toString: () => `file://${fsPath}` }),
    parse: (text) => ({ scheme: text.split(':')[0], toString: () => text }),
  };

  vscode.env = new Proxy(
    { language: 'en', appName: 'fake-vscode', machineId: 'machine', sessionId: 'session' },
    { get: (target, property) => (property in target ? target[property] : standIn(calls, `env.${String(property)}`)) },
  );
  vscode.l10n = { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_match, index) => String(args[Number(index)])) };
  vscode.commands = {
    registerCommand(id, callback) {
      state.commands.set(id, callback);
      return { dispose() {} };
    },
    executeCommand: async (...args) => {
      calls.push({ path: 'commands.executeCommand', args });
    },
  };

  const workspace = vscode.workspace;
  vscode.workspace = new Proxy(workspace, {
    get(target, property) {
      switch (property) {
        case 'getConfiguration':
          return () => ({ get: (key, defaultValue) => settings[key] ?? defaultValue });
        case 'workspaceFolders':
          return workspaceFolder === undefined ? undefined : [{ uri: vscode.Uri.file(workspaceFolder), name: 'workspace', index: 0 }];
        case 'textDocuments':
          return [];
        case 'onDidChangeTextDocument':
          return (listener) => {
            state.documentListeners.push(listener);
            return { dispose() {} };
          };
        default:
          return typeof property === 'string' && property.startsWith('onDid') ? noopDisposable : target[property];
      }
    },
  });

  const window = vscode.window;
  vscode.window = new Proxy(window, {
    get(target, property) {
      switch (property) {
        case 'showErrorMessage':
        case 'showWarningMessage':
        case 'showInformationMessage':
          return async (text, ...actions) => {
            state.messages.push({ kind: property, text, actions });
            return undefined;
          };
        case 'createOutputChannel':
          return () => createLogOutputChannel(state.logLines);
        case 'createWebviewPanel':
          return (viewType, title, showOptions, options) => {
            const panel = {
              viewType,
              title,
              showOptions,
              options,
              webview: { html: '', cspSource: 'vscode-resource:' },
              onDidDispose: noopDisposable,
              reveal() {},
              dispose() {},
            };
            state.panels.push(panel);
            return panel;
          };
        case 'onDidChangeTextEditorSelection':
          return (listener) => {
            state.selectionListeners.push(listener);
            return { dispose() {} };
          };
        case 'activeTextEditor':
          return editor;
        default:
          return typeof property === 'string' && property.startsWith('onDid') ? noopDisposable : target[property];
      }
    },
  });

  return { vscode, state };
}

module.exports = { createFakeVscode };
