/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import type { Plugin, ViteDevServer } from 'vite';
import { defineConfig, runnerImport } from 'vite';
import { canOpenBrowser, devUrlsPlugin } from './src/build/dev-urls-plugin.ts';
import { securityHeadersPlugin } from './src/build/security-headers-plugin.ts';

const PRERENDER_SLOT = '<!--prerendered-widget-->';
const PRERENDER_MODULE = '/src/app/prerender.tsx';

/**
 * Puts `/`'s own React tree, rendered to HTML, into index.html (at build time and under
 * `npm run dev`), so the frame shows the form before React has loaded and React then
 * hydrates it (src/app/prefill.ts). The markup comes from the same components, never a copy.
 */
function prerenderWidget(): Plugin {
  let server: ViteDevServer | null = null;
  return {
    name: 'prerender-widget',
    configureServer: (devServer) => void (server = devServer),
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(PRERENDER_SLOT)) return html;
        type Prerender = { prerenderWidget(): string };
        const { prerenderWidget: render } = server
          ? ((await server.ssrLoadModule(PRERENDER_MODULE)) as Prerender)
          : (await runnerImport<Prerender>(PRERENDER_MODULE, { root: process.cwd(), configFile: false, logLevel: 'error', plugins: [react()] })).module;
        return html.replace(PRERENDER_SLOT, render());
      },
    },
  };
}

export default defineConfig(() => {
  return {
    plugins: [react(), prerenderWidget(), securityHeadersPlugin(), devUrlsPlugin()],
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: true,
      // /dev, the simulated agent desktop, is where to start; printed either way (devUrlsPlugin).
      open: canOpenBrowser(process.env, process.platform) ? '/dev' : false,
      watch: { ignored: ['**/bench/out/**', '**/test-results/**', '**/dist/**'] },
    },
    // Headers: the ones the build wrote to dist/security-headers.json (securityHeadersPlugin).
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      // Every browser an agent desktop runs in supports modulepreload natively.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // Two chunks for `/`: what the first script needs stays in it, and widget-app.tsx
          // takes everything else it imports statically (a group takes a module's
          // dependencies with it): one request, and it compresses as one.
          codeSplitting: {
            groups: [
              { name: 'index', tags: ['$initial' as const], priority: 2 },
              { name: 'widget-app', test: /[\\/]src[\\/]app[\\/]widget-app\.tsx$/, priority: 1 },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      globals: true,
      restoreMocks: true,
      // The machines are shared and noisy: a form test may wait seconds for a busy core.
      testTimeout: 15_000,
    },
  };
});
