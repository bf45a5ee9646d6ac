/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import type { Plugin, ViteDevServer } from 'vite';
import { defineConfig, loadEnv, runnerImport } from 'vite';
import { contentSecurityPolicy } from './src/protocol/security-headers.ts';

const SHELL_SLOT = '<!--widget-shell-->';
const SHELL_MODULE = '/src/app/widget-shell-markup.tsx';
const WIDGET_APP_MODULE = '/src/app/widget-app.tsx';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps every dynamic import in a helper that preloads the chunk's CSS (about
 * 1 kB gzip in the entry `/` loads). Ours have no CSS of their own: /dev and /demo link
 * their stylesheets themselves (main.tsx), and everything else is in the entry's CSS.
 */
function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    enforce: 'pre',
    apply: 'build',
    resolveId: (id) => (id === PRELOAD_HELPER ? id : null),
    load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/** Loaded only on demand: never part of the chunk `/` preloads. */
const LAZY_MODULES = /[\\/]src[\\/](dev-host|demo)[\\/]|[\\/]src[\\/](callback[\\/]callback-schema|ui[\\/]toaster|app[\\/]refusals|protocol[\\/]debug-log)\.tsx?$/;

/**
 * Two chunks for `/`, so bytes are not lost to many small ones: what the entry runs
 * before React (the shell), and everything the widget's React app needs, which /dev and
 * /demo share. The rare parts (rules, toasts, refusals, debug log, /dev, /demo) stay lazy.
 */
const WIDGET_CHUNKS = [
  { name: 'shell', tags: ['$initial' as const], priority: 2 },
  { name: 'widget', test: (id: string) => !LAZY_MODULES.test(id), priority: 1 },
];

/**
 * The static shell (src/app/widget-shell.ts): renders the form into index.html at build
 * (and dev-serve) time, and has the browser fetch the app's code in parallel with the
 * entry that shows the shell, since the entry only imports it dynamically.
 */
function widgetShell(): Plugin {
  let server: ViteDevServer | null = null;
  let base = '/';
  return {
    name: 'widget-shell',
    configResolved: (config) => void (base = config.base),
    configureServer: (devServer) => void (server = devServer),
    transformIndexHtml: {
      // After Vite's own processing, when the build's chunks are known.
      order: 'post',
      async handler(html, ctx) {
        if (!html.includes(SHELL_SLOT)) return html;
        type ShellMarkup = { renderWidgetShell(): string };
        const markup = server
          ? ((await server.ssrLoadModule(SHELL_MODULE)) as ShellMarkup)
          : (await runnerImport<ShellMarkup>(SHELL_MODULE, { root: process.cwd(), configFile: false, logLevel: 'error', plugins: [react()] })).module;
        const withShell = html.replace(SHELL_SLOT, markup.renderWidgetShell());
        if (!ctx.bundle) return withShell;
        const chunks = new Map(Object.values(ctx.bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
        const app = [...chunks.values()].find((chunk) => chunk.moduleIds.some((id) => id.endsWith(WIDGET_APP_MODULE)));
        if (!app) throw new Error(`widget-shell: no chunk for ${WIDGET_APP_MODULE}`);
        const entryFiles = new Set([...chunks.values()].filter((chunk) => chunk.isEntry).flatMap((chunk) => [chunk.fileName, ...chunk.imports]));
        const preload = new Set<string>();
        const visit = (fileName: string) => {
          if (preload.has(fileName) || entryFiles.has(fileName)) return;
          preload.add(fileName);
          chunks.get(fileName)?.imports.forEach(visit);
        };
        visit(app.fileName);
        return {
          html: withShell,
          tags: [...preload].map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const csp = contentSecurityPolicy(env.VITE_ALLOWED_HOST_ORIGINS);
  return {
    plugins: [react(), widgetShell(), plainDynamicImports()],
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: true,
      watch: { ignored: ['**/bench/out/**', '**/test-results/**', '**/dist/**'] },
    },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
      headers: {
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    // Every browser an agent desktop runs in supports modulepreload natively.
    build: {
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      rolldownOptions: { output: { codeSplitting: { groups: WIDGET_CHUNKS } } },
    },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      globals: true,
      restoreMocks: true,
    },
  };
});
