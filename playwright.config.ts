import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * Two real origins: the widget is served by `vite preview` on 127.0.0.1:4173 (with the
 * production CSP), the test host pages by a tiny static server on :4174. Reaching the host
 * as `localhost` makes the iframe cross-site (Chromium denies it storage); as `127.0.0.1`
 * it is same-site but cross-origin (storage allowed).
 */

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
    trace: 'off',
    screenshot: 'off',
  },
  webServer: [
    {
      command: 'npx vite build --logLevel warn && npx vite preview --strictPort',
      url: 'http://127.0.0.1:4173/',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: 'node e2e/support/host-server.mjs',
      url: 'http://127.0.0.1:4174/healthz',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
