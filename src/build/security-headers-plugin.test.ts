// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { build, preview } from 'vite';
import { nginxLines } from '../../scripts/nginx-headers.mjs';
import { securityHeaders } from '../protocol/security-headers';
import { HEADERS_FILE, builtHeaders, securityHeadersPlugin } from './security-headers-plugin';

const frameAncestors = (csp: string | null) => /(?:^|;\s*)frame-ancestors ([^;]*)/.exec(csp ?? '')?.[1];

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A one-page site with only this plugin: what `vite build` and `vite preview` do with it. */
function tinySite(): string {
  const root = mkdtempSync(join(tmpdir(), 'security-headers-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
  return root;
}

const config = (root: string) => ({ root, configFile: false as const, logLevel: 'silent' as const, plugins: [securityHeadersPlugin()] });

test('preview serves the headers the build was made for, not those of the shell that runs preview', async () => {
  const root = tinySite();
  // Built for the production desktop (pasted with a trailing slash), from .env.production…
  writeFileSync(join(root, '.env.production'), 'VITE_ALLOWED_HOST_ORIGINS=https://desk.example.com/\n');
  await build(config(root));
  const written = JSON.parse(readFileSync(join(root, 'dist', HEADERS_FILE), 'utf8')) as unknown;
  expect(written).toEqual({ allowedHostOrigins: ['https://desk.example.com'], headers: securityHeaders('https://desk.example.com') });

  // …previewed where the variable says something else.
  writeFileSync(join(root, '.env.production'), 'VITE_ALLOWED_HOST_ORIGINS=http://localhost:9999\n');
  const server = await preview({ ...config(root), preview: { host: '127.0.0.1', port: 0 } });
  cleanups.push(() => new Promise<void>((done) => server.httpServer.close(() => done())));
  const { port } = server.httpServer.address() as AddressInfo;
  for (const path of ['/', '/missing.js']) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    expect(frameAncestors(response.headers.get('content-security-policy')), path).toBe('https://desk.example.com');
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
  }
});

test('preview without a built headers file refuses to start and says why', async () => {
  const root = tinySite();
  await expect(preview({ ...config(root), preview: { port: 0 } })).rejects.toThrow(`${HEADERS_FILE} is missing: run \`npm run build\` first`);
});

test('a build whose allowed origins are not origins stops with a message naming them', async () => {
  const root = tinySite();
  writeFileSync(join(root, '.env.production'), 'VITE_ALLOWED_HOST_ORIGINS=https://desk.example.com, desk.example.com/agent\n');
  await expect(build(config(root))).rejects.toThrow('VITE_ALLOWED_HOST_ORIGINS: "desk.example.com/agent" is not an origin.');
  expect(() => builtHeaders('https://desk.example.com/agent,ftp://x')).toThrow('"https://desk.example.com/agent", "ftp://x" are not origins');
});

test('the nginx lines are the built headers, one add_header … always; each', () => {
  expect(nginxLines({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' })).toEqual([
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
  ]);
  // nginx would expand $host or end the string at the quote: refused, not printed wrong.
  expect(() => nginxLines({ 'Content-Security-Policy': "frame-ancestors https://$host" })).toThrow('nginx would reinterpret');
  expect(() => nginxLines({ 'Content-Security-Policy': 'a"b' })).toThrow('nginx would reinterpret');
});

test("the README's nginx snippet is what `npm run headers:nginx` prints for the list it documents", () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const documented = /headers:nginx` prints for\s+`VITE_ALLOWED_HOST_ORIGINS="([^"]+)"`/.exec(readme)?.[1];
  expect(documented).toBeDefined();
  const snippet = /`\/etc\/nginx\/snippets\/set-callback-headers\.conf`[^\n]*\n+```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const lines = snippet.split('\n').filter((line) => line.startsWith('add_header'));
  expect(lines).toEqual(nginxLines(builtHeaders(documented).headers));
});
