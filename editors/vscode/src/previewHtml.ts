// The HTML of the preview webview. This module does not import `vscode`, so
// the tests run it under plain Node.

/** Content of the preview: a journey map, or a message in its place. */
export type PreviewContent =
  | { kind: 'map'; heading: string; svg: string; imageLabel: string }
  | { kind: 'message'; heading: string | undefined; text: string };

export interface PreviewPage {
  content: PreviewContent;
  /** The BCP 47 language of the page text, as `vscode.env.language`. */
  language: string;
  /** A fresh random value per page. Only the style element that carries it is applied. */
  nonce: string;
}

/**
 * Renders the webview page. The SVG is embedded as a `data:` image, so the
 * browser renders it as an image: scripts and event handlers inside it never
 * run, and the page needs no script at all. The Content-Security-Policy
 * allows only `data:` images and the page's own style element.
 */
export function renderPreviewHtml(page: PreviewPage): string {
  const csp = [
    "default-src 'none'",
    'img-src data:',
    `style-src 'nonce-${page.nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${page.nonce}">
  body {
    margin: 0;
    padding: 12px 16px;
    color: var(--vscode-foreground);
    background: var(--vscode-editor-background);
    font-family: var(--vscode-font-family);
    font-size: var(--vscode-font-size);
  }
  h1 {
    margin: 0 0 12px;
    font-size: 1.2em;
    font-weight: 600;
  }
  /* NOTE: assumes that the server draws maps for a white background, so the map keeps one in dark themes. */
  .map {
    display: inline-block;
    padding: 8px;
    background: #ffffff;
    border-radius: 4px;
  }
  .map img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .message {
    color: var(--vscode-descriptionForeground);
  }
</style>
</head>
<body>
${renderBody(page.content)}
</body>
</html>
`;
}

function renderBody(content: PreviewContent): string {
  if (content.kind === 'map') {
    const source = `data:image/svg+xml;base64,${Buffer.from(content.svg, 'utf8').toString('base64')}`;
    return [
      `<h1>${escapeHtml(content.heading)}</h1>`,
      `<div class="map"><img src="${source}" alt="${escapeHtml(content.imageLabel)}"></div>`,
    ].join('\n');
  }

  const heading = content.heading === undefined ? '' : `<h1>${escapeHtml(content.heading)}</h1>\n`;
  return `${heading}<p class="message">${escapeHtml(content.text)}</p>`;
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
