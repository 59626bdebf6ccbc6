import assert from 'node:assert/strict';
import { test } from 'node:test';

import { importTypeScript } from './load-typescript.mjs';

const { renderPreviewHtml, escapeHtml } = await importTypeScript('src/previewHtml.ts');

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><script>alert(1)</script><text>é</text></svg>';

function contentSecurityPolicy(html) {
  const match = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  assert.ok(match, 'no Content-Security-Policy meta element');
  return match[1];
}

test('map page embeds the SVG as a data image', () => {
  const html = renderPreviewHtml({
    content: { kind: 'map', heading: 'Open an account', svg, imageLabel: 'Map of "Open an account"' },
    language: 'fr',
    nonce: 'abc123',
  });

  const image = html.match(/<img src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)" alt="([^"]*)">/);
  assert.ok(image, 'no data: image in the page');
  assert.equal(Buffer.from(image[1], 'base64').toString('utf8'), svg);
  assert.equal(image[2], 'Map of &quot;Open an account&quot;');
  assert.ok(html.includes('<h1>Open an account</h1>'));
  assert.ok(html.includes('<html lang="fr">'));
});

test('page runs no script', () => {
  const html = renderPreviewHtml({
    content: { kind: 'map', heading: 'A', svg, imageLabel: 'A' },
    language: 'en',
    nonce: 'abc123',
  });
  assert.ok(!/<script/i.test(html), 'the page has a script element outside the data: image');

  const policy = contentSecurityPolicy(html);
  assert.ok(policy.includes("default-src 'none'"), policy);
  assert.ok(policy.includes('img-src data:'), policy);
  assert.ok(policy.includes("style-src 'nonce-abc123'"), policy);
  assert.ok(!policy.includes('script-src'), policy);
  assert.ok(!policy.includes('unsafe-inline'), policy);
  assert.ok(html.includes('<style nonce="abc123">'));
});

test('message page escapes its text', () => {
  const html = renderPreviewHtml({
    content: { kind: 'message', heading: undefined, text: 'Place the cursor <inside> a journey & see' },
    language: 'en',
    nonce: 'n',
  });
  assert.ok(html.includes('<p class="message">Place the cursor &lt;inside&gt; a journey &amp; see</p>'));
  assert.ok(!html.includes('<h1>'));
  assert.ok(!html.includes('<img'));
});

test('message page with a heading', () => {
  const html = renderPreviewHtml({
    content: { kind: 'message', heading: 'Onboarding "v2"', text: 'No map.' },
    language: 'en',
    nonce: 'n',
  });
  assert.ok(html.includes('<h1>Onboarding &quot;v2&quot;</h1>'));
});

test('escapeHtml covers markup characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});
