// Serves the test host pages of e2e/support/pages on E2E_HOST_PORT (default 4174), a second
// origin for the widget's iframe.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), 'pages');
const port = Number(process.env.E2E_HOST_PORT || 4174);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://host').pathname;
  if (path === '/healthz') {
    response.end('ok');
    return;
  }
  const file = normalize(join(root, path === '/' ? 'host.html' : path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1');
