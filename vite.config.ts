/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, ViteDevServer } from 'vite';
import { defineConfig, runnerImport } from 'vite';
import { securityHeadersPlugin } from './src/build/security-headers-plugin.ts';

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

const WIDGET_APP_FILE = fileURLToPath(new URL('./src/app/widget-app.tsx', import.meta.url));

/** What widget-app.tsx imports statically, transitively: the code `/` preloads. */
function staticClosure(ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }, root: string): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/**
 * Two chunks for `/`, so bytes are not lost to many small ones: what the entry runs
 * before React (the shell), and everything the widget's React app imports statically,
 * which /dev and /demo share. What is only imported dynamically (rules and outcomes,
 * toasts, refusals, debug log, /dev, /demo) stays in lazy chunks.
 */
function widgetChunks() {
  const closures = new WeakMap<object, Set<string>>();
  return [
    { name: 'shell', tags: ['$initial' as const], priority: 2 },
    {
      debugName: 'widget',
      name: (id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }) => {
        let closure = closures.get(ctx);
        if (!closure) closures.set(ctx, (closure = staticClosure(ctx, WIDGET_APP_FILE)));
        return closure.has(id) ? 'widget' : null;
      },
      priority: 1,
    },
  ];
}

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

export default defineConfig(() => {
  return {
    plugins: [react(), widgetShell(), plainDynamicImports(), securityHeadersPlugin()],
    server: {
      host: '127.0.0.1',
      port: 5173,
      strictPort: true,
      watch: { ignored: ['**/bench/out/**', '**/test-results/**', '**/dist/**'] },
    },
    // Headers: the ones the build wrote to dist/security-headers.json (securityHeadersPlugin).
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
    },
    // Every browser an agent desktop runs in supports modulepreload natively.
    build: {
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      rolldownOptions: { output: { codeSplitting: { groups: widgetChunks() } } },
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
