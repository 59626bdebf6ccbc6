// Entry point of the Journey extension: the language client and the preview command.

import * as vscode from 'vscode';

import { ServerManager } from './client';
import { PreviewController } from './preview';

let server: ServerManager | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const manager = new ServerManager();
  server = manager;
  const preview = new PreviewController(() => manager.runningClient);
  context.subscriptions.push(preview);

  const restartServer = async (): Promise<void> => {
    await manager.restart();
    preview.scheduleRefresh();
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('journey.showPreview', () => {
      const editor = vscode.window.activeTextEditor;
      if (editor === undefined || editor.document.languageId !== 'journey') {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a .journey file to preview one of its journeys.'));
        return;
      }
      preview.show(editor);
    }),
    vscode.commands.registerCommand('journey.restartServer', restartServer),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('journey.server.path')) {
        void restartServer();
      }
    }),
    // Trusting the workspace makes its own `journey.server.path` apply.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restartServer()),
  );

  // Activation does not wait for the server: a slow or failing start must not delay the editor.
  void restartServer();
}

export async function deactivate(): Promise<void> {
  await server?.dispose();
  server = undefined;
}
