// Build and serve for `npm run bench` (SPEC §9): the widget and the bare React hello
// world, built by the same Vite in the same run, each behind a tiny static server that
// also serves a simulated agent desktop (the "host page") embedding it cross-origin.
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build, loadEnv, resolveConfig } from 'vite';

export const HOST_PATH = '/__bench/host.html';

/** What the bench embeds: the pre-fill of SPEC §5 for a call that is already known. */
export const CALL = { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent' };
export const MODE = { ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' };

const LOOPBACK = 'http://localhost:*,http://127.0.0.1:*';

/**
 * Builds the widget with its own vite.config.ts and the hello world with a bare config,
 * using the same build target, so the two bundles differ only by the app's code.
 * Returns the headers `vite preview` would send for the app (CSP and friends).
 */
export async function buildBoth({ appRoot, helloRoot, appOut, helloOut, skipBuild }) {
  const mode = 'production';
  const env = loadEnv(mode, appRoot, 'VITE_');
  if (env.VITE_ALLOWED_HOST_ORIGINS) {
    // The bench's host page is on loopback; an .env that allows only the real desktop
    // would make the widget (rightly) refuse to talk to it.
    console.info(`bench: overriding VITE_ALLOWED_HOST_ORIGINS=${env.VITE_ALLOWED_HOST_ORIGINS} with loopback`);
    process.env.VITE_ALLOWED_HOST_ORIGINS = LOOPBACK;
  }
  // The app's resolved config gives the hello world the same build target and both
  // pages the headers `vite preview` sends (CSP with frame-ancestors, nosniff, …).
  let appConfig;
  const capture = { name: 'bench-capture-config', configResolved: (config) => void (appConfig = config) };
  if (skipBuild) {
    appConfig = await resolveConfig({ root: appRoot, mode, logLevel: 'warn' }, 'build', mode, mode);
  } else {
    await build({
      root: appRoot,
      mode,
      logLevel: 'warn',
      plugins: [capture],
      build: { outDir: appOut, emptyOutDir: true, reportCompressedSize: false },
    });
  }
  const target = appConfig.build.target;
  const headers = { ...(appConfig.preview?.headers ?? {}) };
  if (!skipBuild) {
    await build({
      root: helloRoot,
      mode,
      configFile: false,
      envDir: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: helloOut, emptyOutDir: true, reportCompressedSize: false, target },
    });
  }
  return { headers, target };
}

const TYPES = {
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

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves `dir` on 127.0.0.1 with an SPA fallback, like `vite preview`. The same port is
 * reached as http://localhost:PORT (the host page) and http://127.0.0.1:PORT (the widget):
 * two origins and two sites, so the iframe is cross-origin exactly as in production.
 * Uncompressed on purpose: the byte figure gzips itself, and loopback transfer time is nil.
 */
export async function serveDir(dir, { headers = {} } = {}) {
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  let site;
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Cache-Control', 'no-cache');
    if (url.pathname === HOST_PATH) {
      res.setHeader('Content-Type', TYPES['.html']);
      res.end(hostPage(site));
      return;
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const root = path.resolve(dir);
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
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const host = `http://localhost:${port}`;
  const widget = `http://127.0.0.1:${port}`;
  const params = new URLSearchParams({
    callid: CALL.callid,
    accountNumber: CALL.accountNumber,
    userId: CALL.userId,
    hostOrigin: host,
  });
  site = { host, widget, widgetUrl: `${widget}/?${params}` };
  return {
    ...site,
    hostUrl: `${host}${HOST_PATH}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The simulated agent desktop: embeds the widget and answers it like the vendor's host
 * (SPEC §2–3). `window.__benchHost` records what arrived; `window.__benchFlood` sends
 * the message flood of figure 4.
 */
function hostPage({ widget, widgetUrl }) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bench host</title>
<style>body{margin:0;font:14px sans-serif}iframe{border:0;width:560px;height:1000px;display:block}</style></head>
<body>
<iframe id="widget" title="Set callback" src="${widgetUrl.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"></iframe>
<script>${hostScript(widget)}</script>
</body>
</html>`;
}

function hostScript(widgetOrigin) {
  return `
const WIDGET_ORIGIN = ${JSON.stringify(widgetOrigin)};
const MODES = ${JSON.stringify([MODE])};
const frame = document.getElementById('widget');
const log = (window.__benchHost = { received: [], replies: 0 });
const asObject = (value) => {
  if (typeof value === 'string') {
    try { value = JSON.parse(value); } catch { return null; }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
};
const field = (obj, name) => {
  for (const key of Object.keys(obj)) if (key.trim().toLowerCase() === name) return obj[key];
  return undefined;
};
window.addEventListener('message', (event) => {
  if (event.origin !== WIDGET_ORIGIN || event.source !== frame.contentWindow) return;
  const msg = asObject(event.data);
  if (!msg) return;
  const subtopic = String(field(msg, 'subtopic') ?? '').trim();
  const payload = asObject(field(msg, 'data') ?? field(msg, 'message')) ?? {};
  const callid = field(payload, 'callid');
  log.received.push({ subtopic, callid, at: performance.now() });
  const reply = (sub, response) => {
    log.replies += 1;
    frame.contentWindow.postMessage(
      { channel: 'LCM', topic: 'Webservice', subtopic: sub, message: { callid, response } },
      WIDGET_ORIGIN,
    );
  };
  const s = subtopic.toLowerCase();
  if (s === 'getcallbackmodes') reply('CallbackModes', MODES);
  else if (s === 'setcallbackwithcomments' || s === 'setpersonalcallbackwithcomments') {
    reply(subtopic + 'Result', { success: true });
  }
});
// Unrelated traffic a busy agent desktop broadcasts: presence and heartbeats of other
// channels, unknown LCM subtopics, JSON strings, junk strings, numbers, arrays.
const JUNK = ['ping', '{not json', '', '[]', 'null', '{"channel":"Genesys","topic":"Presence","subtopic":"AgentStateChange","data":{"state":"NotReady"}}'];
function floodMessage(i) {
  switch (i % 10) {
    case 0: return JUNK[Math.floor(i / 10) % JUNK.length];
    case 1: return i;
    case 2: return { channel: 'Five9', topic: 'Interaction', subtopic: 'Heartbeat', data: { seq: i } };
    case 3: return { channel: 'LCM', topic: 'Webservice', subtopic: 'KeepAlive', message: { seq: i } };
    case 4: return [i, 'x'];
    case 5: return JSON.stringify({ channel: 'Finesse', topic: 'Dialog', subtopic: 'Update', data: { seq: i } });
    default: return { channel: 'Genesys', topic: 'Presence', subtopic: 'AgentStateChange', data: { n: i, state: i % 2 ? 'Ready' : 'NotReady' } };
  }
}
window.__benchFlood = (count, spreadMs, batches) => new Promise((resolve) => {
  const perBatch = Math.ceil(count / batches);
  const t0 = performance.now();
  let sent = 0;
  let batch = 0;
  const tick = () => {
    const end = Math.min(count, sent + perBatch);
    for (; sent < end; sent += 1) frame.contentWindow.postMessage(floodMessage(sent), WIDGET_ORIGIN);
    batch += 1;
    if (sent >= count) {
      resolve({ sent, ms: performance.now() - t0 });
      return;
    }
    setTimeout(tick, Math.max(0, t0 + (batch * spreadMs) / batches - performance.now()));
  };
  tick();
});
`;
}
