import { defineConfig } from '@playwright/test';
import { HOST_PORT, WIDGET_ORIGIN, WIDGET_PORT } from './e2e/support/ports.ts';
import { chromiumArgs, chromiumPath, firefoxPath, firefoxUserPrefs } from './scripts/browsers.mjs';

/**
 * Two real origins: the widget is served by `vite preview` on 127.0.0.1:E2E_WIDGET_PORT
 * (default 4173, with the production CSP), the test host pages by a tiny static server on
 * E2E_HOST_PORT (default 4174). Reaching the host as `localhost` makes the iframe
 * cross-site (Chromium denies it storage, Firefox partitions it); as `127.0.0.1` it is
 * same-site but cross-origin (storage allowed).
 *
 * Every spec runs in two browsers, both Debian's own: Chromium, and Firefox ESR over
 * WebDriver BiDi. Playwright is pinned to 1.64.1 for the latter (README, "Tests").
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
    trace: 'off',
    screenshot: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
    {
      name: 'firefox',
      use: {
        browserName: 'firefox',
        channel: 'moz-firefox',
        launchOptions: { executablePath: firefoxPath, firefoxUserPrefs },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite preview --strictPort --port ${WIDGET_PORT}`,
      url: `${WIDGET_ORIGIN}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: 'node e2e/support/host-server.mjs',
      env: { E2E_HOST_PORT: String(HOST_PORT) },
      url: `http://127.0.0.1:${HOST_PORT}/healthz`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
