// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { Logger } from 'vite';
import { createLogger, createServer } from 'vite';
import { canOpenBrowser, devHostUrls, devUrlsPlugin } from './dev-urls-plugin';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

test('the dev server prints the /dev URL beside its own', async () => {
  const root = mkdtempSync(join(tmpdir(), 'dev-urls-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  const lines: string[] = [];
  const logger: Logger = { ...createLogger('silent'), info: (line: string) => void lines.push(line) };
  const server = await createServer({
    root,
    configFile: false,
    customLogger: logger,
    plugins: [devUrlsPlugin()],
    server: { host: '127.0.0.1', port: 0, open: false, watch: null },
  });
  cleanups.push(() => server.close());
  await server.listen();
  server.printUrls();
  const local = server.resolvedUrls?.local[0];
  expect(local).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(lines.join('\n')).toContain(`Dev host: ${local}dev`);
});

test('/dev URLs for each address the server listens on', () => {
  expect(devHostUrls(['http://127.0.0.1:5173/', 'http://localhost:5173/'])).toEqual(['http://127.0.0.1:5173/dev', 'http://localhost:5173/dev']);
});

test('a browser is opened only where one can be', () => {
  expect(canOpenBrowser({}, 'linux')).toBe(false);
  expect(canOpenBrowser({ DISPLAY: ':0' }, 'linux')).toBe(true);
  expect(canOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
  expect(canOpenBrowser({}, 'darwin')).toBe(true);
});
