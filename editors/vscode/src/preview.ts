// The "Show preview" webview: the SVG map of the journey under the cursor.

import { randomBytes } from 'node:crypto';

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

import { previewRequest } from './protocol';
import type { PreviewResult } from './protocol';
import { renderPreviewHtml } from './previewHtml';
import type { PreviewContent } from './previewHtml';

/** Delay between the last edit or cursor move and the preview request. */
const refreshDelayMs = 300;

/**
 * Owns the preview panel. While the panel is open, it follows the journey
 * editor that was active last. Edits to any journey document and cursor
 * moves schedule a `journey/preview` request. The page is replaced only when
 * the response differs from what is shown (another journey, or a new map).
 */
export class PreviewController implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private editor: vscode.TextEditor | undefined;
  private timer: NodeJS.Timeout | undefined;
  private request: vscode.CancellationTokenSource | undefined;
  /** The content on the page, to skip replacing it with identical content. */
  private shownContent: string | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.subscriptions.push(
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (isJourneyEditor(event.textEditor)) {
          this.editor = event.textEditor;
          this.scheduleRefresh();
        }
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor !== undefined && isJourneyEditor(editor)) {
          this.editor = editor;
          this.scheduleRefresh();
        }
      }),
      // The map can use declarations from any file of the workspace, such as a persona's label.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.languageId === 'journey' && event.contentChanges.length > 0) {
          this.scheduleRefresh();
        }
      }),
    );
  }

  /** Opens the panel beside `editor`, or reveals it, and draws the journey under the cursor. */
  show(editor: vscode.TextEditor): void {
    this.editor = editor;
    if (this.panel === undefined) {
      this.panel = vscode.window.createWebviewPanel(
        'journey.preview',
        vscode.l10n.t('Journey Preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, localResourceRoots: [], enableFindWidget: true },
      );
      this.panel.onDidDispose(() => this.closePanel());
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    void this.refresh();
  }

  /** Schedules a refresh of the open panel. The extension also calls it after the language server restarts. */
  scheduleRefresh(): void {
    if (this.panel === undefined) {
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), refreshDelayMs);
  }

  dispose(): void {
    this.panel?.dispose();
    this.closePanel();
    for (const subscription of this.subscriptions) {
      subscription.dispose();
    }
  }

  private closePanel(): void {
    this.panel = undefined;
    this.shownContent = undefined;
    clearTimeout(this.timer);
    this.request?.cancel();
    this.request = undefined;
  }

  private async refresh(): Promise<void> {
    const editor = this.editor;
    if (this.panel === undefined || editor === undefined) {
      return;
    }
    if (editor.document.isClosed) {
      // Keep showing the last map; the next journey editor to get focus takes over.
      return;
    }

    const client = this.getClient();
    if (client === undefined) {
      this.display({
        kind: 'message',
        heading: undefined,
        text: vscode.l10n.t('The Journey language server is not running, so the map cannot be drawn.'),
      });
      return;
    }

    // A newer refresh, or closing the panel, cancels this request and replaces `this.request`.
    this.request?.cancel();
    const request = new vscode.CancellationTokenSource();
    this.request = request;

    let outcome: { result: PreviewResult | null } | { error: unknown };
    try {
      const result = await client.sendRequest(
        previewRequest,
        {
          textDocument: { uri: client.code2ProtocolConverter.asUri(editor.document.uri) },
          position: client.code2ProtocolConverter.asPosition(editor.selection.active),
        },
        request.token,
      );
      outcome = { result };
    } catch (error) {
      outcome = { error };
    }

    const superseded = this.request !== request;
    request.dispose();
    if (superseded) {
      return;
    }
    this.request = undefined;

    if ('error' in outcome) {
      const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
      this.display({
        kind: 'message',
        heading: undefined,
        text: vscode.l10n.t('The language server failed to draw the map: {0}', reason),
      });
      return;
    }
    this.display(describeResult(outcome.result));
  }

  private display(content: PreviewContent): void {
    const panel = this.panel;
    if (panel === undefined) {
      return;
    }
    const key = JSON.stringify(content);
    if (key === this.shownContent) {
      return;
    }
    this.shownContent = key;
    panel.title =
      content.kind === 'map' ? vscode.l10n.t('Preview: {0}', content.heading) : vscode.l10n.t('Journey Preview');
    panel.webview.html = renderPreviewHtml({
      content,
      language: vscode.env.language,
      nonce: randomBytes(16).toString('base64'),
    });
  }
}

function describeResult(result: PreviewResult | null): PreviewContent {
  const journey = result?.journey ?? null;
  if (journey === null) {
    return {
      kind: 'message',
      heading: undefined,
      text: vscode.l10n.t('Place the cursor inside a journey to see its map.'),
    };
  }

  const heading = result?.title ?? journey;
  if (result?.svg == null) {
    return {
      kind: 'message',
      heading,
      text: vscode.l10n.t(
        'The language server returned no map for the journey "{0}". Check the Problems panel for errors in this journey.',
        journey,
      ),
    };
  }
  return {
    kind: 'map',
    heading,
    svg: result.svg,
    imageLabel: vscode.l10n.t('Map of the journey "{0}"', heading),
  };
}

function isJourneyEditor(editor: vscode.TextEditor): boolean {
  return editor.document.languageId === 'journey';
}
