import type { Plugin } from 'vite';

/**
 * `npm run dev` serves three places; `/` alone is the widget outside a frame, which only
 * says it wants a frame. The first thing a new user needs is `/dev`, so the dev server
 * prints it beside Vite's own lines, and opens it only where there is a browser to open.
 */

export const devHostUrls = (serverUrls: readonly string[]): string[] => serverUrls.map((url) => new URL('/dev', url).href);

/** A desktop session can open a browser; a container or a CI runner cannot (Vite would try and fail). */
export const canOpenBrowser = (env: Record<string, string | undefined>, platform: string): boolean =>
  platform === 'darwin' || platform === 'win32' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);

export function devUrlsPlugin(): Plugin {
  return {
    name: 'dev-urls',
    apply: 'serve',
    configureServer(server) {
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        for (const url of devHostUrls(server.resolvedUrls?.local ?? [])) {
          server.config.logger.info(`  ➜  Dev host: ${url}  (start here: the widget inside a simulated agent desktop)`);
        }
      };
    },
  };
}
