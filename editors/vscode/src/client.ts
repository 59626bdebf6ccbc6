// Starting and stopping the `journey lsp` language server.

import * as vscode from 'vscode';
import { LanguageClient, ResponseError } from 'vscode-languageclient/node';
import type { Executable, LanguageClientOptions } from 'vscode-languageclient/node';

import { currentEnvironment, findExecutable } from './serverPath';

const defaultServerPath = 'journey';

/**
 * A language client whose error notifications show the error message
 * without the JavaScript stack, and which leaves the notification for a
 * failed start to `ServerManager`, so that it is shown once, translated.
 */
class JourneyLanguageClient extends LanguageClient {
  starting = false;

  override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    const detail = data instanceof Error && !(data instanceof ResponseError) ? data.message : data;
    super.error(message, detail, this.starting ? false : showNotification);
  }
}

/**
 * Owns the language client. `restart` runs on activation, on the restart
 * command and whenever `journey.server.path` changes. A missing executable
 * or a failed start is reported with a notification, and the extension keeps
 * running without the server: highlighting and snippets still work.
 */
export class ServerManager implements vscode.Disposable {
  private client: JourneyLanguageClient | undefined;
  private readonly outputChannel: vscode.LogOutputChannel;
  /** Chains restarts so that a second one waits for the first to finish. */
  private pending: Promise<void> = Promise.resolve();

  constructor() {
    this.outputChannel = vscode.window.createOutputChannel('Journey', { log: true });
  }

  /** The running client, or `undefined` while the server is stopped or starting. */
  get runningClient(): LanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  restart(): Promise<void> {
    this.pending = this.pending.then(async () => {
      await this.stopClient();
      await this.startClient();
    });
    return this.pending;
  }

  async dispose(): Promise<void> {
    await this.pending;
    await this.stopClient();
    this.outputChannel.dispose();
  }

  private async startClient(): Promise<void> {
    const setting = vscode.workspace.getConfiguration('journey').get<string>('server.path', defaultServerPath).trim();
    const configuredPath = setting === '' ? defaultServerPath : setting;
    const baseDirectory = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const command = await findExecutable(configuredPath, currentEnvironment(baseDirectory));

    if (command === undefined) {
      this.outputChannel.error(`Language server executable not found: journey.server.path is "${configuredPath}"`);
      void this.showMissingServerError(configuredPath);
      return;
    }

    // No `transport`: the client still talks over stdio but does not append
    // `--stdio`, so the command line is exactly `journey lsp`.
    const server: Executable = { command, args: ['lsp'] };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: 'journey' },
        { scheme: 'untitled', language: 'journey' },
      ],
      synchronize: {
        // The model spans every .journey file of the folder, opened or not, and journey.toml.
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.journey,journey.toml}'),
      },
      outputChannel: this.outputChannel,
      // Returning false stops the client without its own notification, so
      // that showStartError reports the failure once.
      initializationFailedHandler: () => false,
    };

    // The id `journey` makes the client read the `journey.trace.server` setting.
    const client = new JourneyLanguageClient('journey', 'Journey', { run: server, debug: server }, clientOptions);
    this.outputChannel.info(`Starting the language server: ${command} lsp`);
    client.starting = true;
    try {
      await client.start();
      client.starting = false;
      this.client = client;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.outputChannel.error(`Language server failed to start (${command} lsp): ${reason}`);
      await client.dispose().catch(() => undefined);
      void this.showStartError(command, reason);
    }
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) {
      return;
    }
    try {
      await client.dispose();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.outputChannel.warn(`Language server did not stop cleanly: ${reason}`);
    }
  }

  private async showMissingServerError(configuredPath: string): Promise<void> {
    const openSettings = vscode.l10n.t('Open Settings');
    const message =
      configuredPath === defaultServerPath
        ? vscode.l10n.t(
            'Journey language server not found: there is no "journey" executable on PATH. Install the journey command-line tool, or set "journey.server.path" to the full path of the journey executable.',
          )
        : vscode.l10n.t(
            'Journey language server not found: "{0}", set in "journey.server.path", is not an executable file. Set it to the full path of the journey executable.',
            configuredPath,
          );
    const choice = await vscode.window.showErrorMessage(message, openSettings);
    if (choice === openSettings) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'journey.server.path');
    }
  }

  private async showStartError(command: string, reason: string): Promise<void> {
    const showOutput = vscode.l10n.t('Show Output');
    const message = vscode.l10n.t(
      'The Journey language server failed to start ("{0} lsp"): {1}. Check that "journey.server.path" names the journey executable and that it has the "lsp" command.',
      command,
      reason,
    );
    const choice = await vscode.window.showErrorMessage(message, showOutput);
    if (choice === showOutput) {
      this.outputChannel.show();
    }
  }
}
