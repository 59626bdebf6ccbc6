// The custom LSP request `journey/preview`, which `journey lsp` handles for the preview panel.

import { RequestType } from 'vscode-languageclient/node';
import type { Position, TextDocumentIdentifier } from 'vscode-languageclient/node';

export interface PreviewParams {
  textDocument: TextDocumentIdentifier;
  position: Position;
}

/** The journey that encloses the position. All fields are null when the position is outside every journey. */
export interface PreviewResult {
  /** The journey's name, as declared (`journey open_account …`). */
  journey: string | null;
  /** The journey's title (its label string). */
  title: string | null;
  /** The journey map as a standalone SVG document, or null when the server cannot draw it. */
  svg: string | null;
}

export const previewRequest = new RequestType<PreviewParams, PreviewResult | null, void>('journey/preview');
