// A tiny static server per bundle for `npm run bench`, like `vite preview`, that also
// serves the host page (host-page.ts) embedding the bundle cross-origin.
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CALL, HOST_PATH, TEXTAREA_PAGE, TEXTAREA_PATH, hostPage } from './host-page';

export interface Served {
  /** The host page's origin: http://localhost:PORT. */
  host: string;
  /** The bundle's origin: http://127.0.0.1:PORT, a different origin and site. */
  widget: string;
  /** The host page embedding the bundle's `/` with the call in the URL. */
  hostUrl: string;
  /** The host page embedding a bare <textarea> from the bundle's origin. */
  textareaHostUrl: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const HTML = 'text/html; charset=utf-8';

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves `dir` on 127.0.0.1 on a port of the system's choosing, with an SPA fallback.
 * The same port is reached as http://localhost:PORT (the host page) and
 * http://127.0.0.1:PORT (the bundle): two origins and two sites, so the iframe is
 * cross-origin exactly as in production. Uncompressed on purpose: the byte figure gzips
 * itself, and loopback transfer time is nil.
 */
export async function serveDir(dir: string, headers: Record<string, string>): Promise<Served> {
  const root = path.resolve(dir);
  let origins = { host: '', widget: '' };
  const frameUrl = (pathname: string): string => {
    if (pathname === TEXTAREA_PATH) return `${origins.widget}${TEXTAREA_PATH}`;
    const params = new URLSearchParams({ ...CALL, hostOrigin: origins.host });
    return `${origins.widget}/?${params}`;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Cache-Control', 'no-cache');
    if (url.pathname === HOST_PATH) {
      res.setHeader('Content-Type', HTML);
      res.end(hostPage(origins.widget, frameUrl(url.searchParams.get('frame') ?? '/')));
      return;
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (url.pathname === TEXTAREA_PATH) {
      res.setHeader('Content-Type', HTML);
      res.end(TEXTAREA_PAGE);
      return;
    }
    let file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.statusCode = 403;
      res.end();
      return;
    }
    const ext = path.extname(file);
    if (!(await isFile(file))) {
      if (ext && ext !== '.html') {
        res.statusCode = 404;
        res.end();
        return;
      }
      file = path.join(root, 'index.html');
    }
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.end(await readFile(file));
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origins = { host: `http://localhost:${port}`, widget: `http://127.0.0.1:${port}` };
  return {
    ...origins,
    hostUrl: `${origins.host}${HOST_PATH}`,
    textareaHostUrl: `${origins.host}${HOST_PATH}?frame=${encodeURIComponent(TEXTAREA_PATH)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
