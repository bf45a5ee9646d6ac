// The four figures of `npm run bench` (SPEC §9). Each returns raw numbers only;
// bench.mjs turns them into ratios, goals and the printed lines.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openWidget } from './bench-browser.mjs';
import { MODE } from './bench-serve.mjs';

export const THROTTLE = 4;
const LONG_TASK_MS = 50;
const SETTLE_MS = 500;

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The entry script and its modulepreload links, as Vite wrote them into index.html. */
async function staticInitialJs(outDir) {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const urls = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isEntry = /^<script/i.test(tag) && /\btype=["']?module/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /\brel=["']?modulepreload/i.test(tag);
    const ref = /\b(?:src|href)=["']?([^"' >]+)/i.exec(tag)?.[1];
    if ((isEntry || isPreload) && ref) urls.add(new URL(ref, 'http://x/').pathname);
  }
  const files = [];
  for (const url of urls) {
    const bytes = await readFile(path.join(outDir, url));
    files.push({ path: url, raw: bytes.length, gzip: gzipBytes(bytes) });
  }
  return files;
}

/**
 * Figure 1: gzip size of every script the widget's origin serves while `/` loads in
 * the iframe (module entry, modulepreloads, and any chunk imported at start-up), each
 * body gzipped at level 9. Cross-checked against index.html: every script Vite declares
 * there must have been requested. Unthrottled: bytes do not depend on CPU speed.
 */
export async function measureInitialJs(browser, server, { kind, outDir, waitReady }) {
  const pending = [];
  const onResponse = (response) => {
    const url = new URL(response.url());
    const isScript = response.request().resourceType() === 'script' || /\.m?js$/.test(url.pathname);
    if (url.origin !== server.widget || !isScript) return;
    pending.push(
      response
        .body()
        .then((body) => ({ path: url.pathname, status: response.status(), raw: body.length, gzip: gzipBytes(body) })),
    );
  };
  const { context, page } = await openWidget(browser, server, { kind, waitReady, onResponse });
  let loaded;
  try {
    await page.waitForLoadState('networkidle');
    await sleep(SETTLE_MS);
    loaded = await Promise.all(pending); // bodies must be read before the context closes
  } finally {
    await context.close();
  }
  const byPath = new Map();
  for (const file of loaded) byPath.set(file.path, file);
  const files = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
  const bad = files.filter((f) => f.status !== 200);
  if (bad.length) throw new Error(`${kind}: script requests failed: ${bad.map((f) => `${f.path} ${f.status}`).join(', ')}`);
  const declared = await staticInitialJs(outDir);
  const missing = declared.filter((d) => !byPath.has(d.path)).map((d) => d.path);
  if (missing.length) throw new Error(`${kind}: index.html declares scripts the page never requested: ${missing.join(', ')}`);
  const extra = files.filter((f) => !declared.some((d) => d.path === f.path)).map((f) => f.path);
  return {
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    declaredGzip: declared.reduce((sum, f) => sum + f.gzip, 0),
    loadedAtStartupButNotInIndexHtml: extra,
    files,
  };
}

/**
 * Figure 2: navigation start of the host page → first frame painting the ready form
 * (see benchInit), at 4× CPU. A cold, fresh context per load; app and hello world
 * alternate (and swap who goes first) so drift hits both; warm-up loads are dropped.
 */
export async function measureReadyTime(browser, servers, { runs, warmup }) {
  const samples = { app: [], hello: [] };
  const commits = { app: [], hello: [] };
  const inFrame = { app: [], hello: [] };
  const reactMounted = { app: [], hello: [] };
  for (let i = 0; i < warmup + runs; i += 1) {
    const order = i % 2 ? ['app', 'hello'] : ['hello', 'app'];
    for (const kind of order) {
      const { context, frame, readyMs, ready } = await openWidget(browser, servers[kind], { kind, throttle: THROTTLE });
      const reactAt = await frame.waitForFunction(() => window.__bench.reactAt, null, { timeout: 60_000, polling: 100 }).then((handle) => handle.jsonValue());
      await context.close();
      if (i >= warmup) {
        reactMounted[kind].push(round(readyMs - ready.frameAt + reactAt));
        samples[kind].push(round(readyMs));
        commits[kind].push(round(ready.commitMs));
        inFrame[kind].push(round(ready.frameAt));
      }
    }
  }
  // domReady*: the first DOM mutation at which the condition held (no paint wait).
  // inFrame*: from the iframe's own navigation start, without the host page's share.
  const summary = (kind) => ({
    medianMs: median(samples[kind]),
    runsMs: samples[kind],
    domReadyRunsMs: commits[kind],
    inFrameMedianMs: median(inFrame[kind]),
    inFrameRunsMs: inFrame[kind],
    // From navigation start to React's first render into #root (the app: the shell's takeover).
    reactMountedMedianMs: median(reactMounted[kind]),
    reactMountedRunsMs: reactMounted[kind],
  });
  return { app: summary('app'), hello: summary('hello') };
}

const round = (ms) => Math.round(ms * 10) / 10;

/**
 * Long tasks (> 50 ms) the widget frame's observer saw since `since`, split by
 * attribution: with host and widget sharing one renderer (see launchBrowser), the
 * frame also hears of the host page's own long tasks ("cross-origin-ancestor"),
 * e.g. the flood's posting loop; those are reported apart and do not count.
 */
async function longTasksSince(frame, since) {
  // Long-task entries are delivered asynchronously: let the observer catch up first.
  await sleep(SETTLE_MS);
  await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const all = await frame.evaluate(() => window.__bench.longTasks);
  const long = all
    .filter((t) => t.start >= since && t.duration > LONG_TASK_MS)
    .map((t) => ({ ...t, start: round(t.start), duration: round(t.duration) }));
  const isHost = (t) => t.name.endsWith('-ancestor');
  return { widget: long.filter((t) => !isHost(t)), host: long.filter(isHost) };
}

/** Waits until the host's modes reached the form, so their work is not measured. */
async function waitForModes(page) {
  const select = page.frameLocator('#widget').getByLabel('Callback mode');
  try {
    await select.locator('option', { hasText: MODE.Cvalue }).first().waitFor({ state: 'attached', timeout: 30_000 });
  } catch (error) {
    throw new Error(
      `the "Callback mode" select never offered "${MODE.Description} · ${MODE.Cvalue}" within 30 s ` +
        `(did GetCallBackModes reach the host, and its answer the form?): ${error.message.split('\n')[0]}`,
    );
  }
  return select;
}

/**
 * How much slower the same loop runs in the widget frame at THROTTLE than at 1×
 * (median of three alternations). Informational: on a busy machine it wanders.
 */
async function throttleCheck(cdp, frame) {
  const loop = () => {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 5e6; i += 1) x += i % 7;
    return x > 0 ? performance.now() - t0 : 0;
  };
  const at = async (rate) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return frame.evaluate(loop);
  };
  await at(1); // warm up the JIT
  const ratios = [];
  for (let i = 0; i < 3; i += 1) {
    const fast = await at(1);
    ratios.push((await at(THROTTLE)) / fast);
  }
  return round(median(ratios));
}

const COMMENT =
  'Customer asks to be called back tomorrow afternoon about the renewal quote; prefers the mobile number, ' +
  'not before lunch. Mention the loyalty discount and the new tariff. ';

/**
 * Types `chars` characters into `field`, one `keyboard.type` per character. A
 * keystroke's time is the round trip of its key events: Chromium acks them once the
 * frame's main thread has handled them (React's synchronous update included), and any
 * rendering backlog delays the next one.
 */
async function typeInto(page, frame, field, chars) {
  await field.click();
  const text = COMMENT.repeat(Math.ceil(chars / COMMENT.length)).slice(0, chars);
  const since = await frame.evaluate(() => performance.now());
  const perKey = [];
  const t0 = performance.now();
  for (const ch of text) {
    const start = performance.now();
    await page.keyboard.type(ch);
    perKey.push(performance.now() - start);
  }
  const totalMs = performance.now() - t0;
  const longTasks = await longTasksSince(frame, since);
  const typed = (await field.inputValue()).length;
  if (typed !== chars) throw new Error(`typing: the field holds ${typed} characters after typing ${chars}`);
  const sorted = [...perKey].sort((a, b) => a - b);
  return {
    chars,
    medianMsPerKey: round(median(perKey)),
    p95MsPerKey: round(sorted[Math.floor(sorted.length * 0.95)]),
    maxMsPerKey: round(sorted[sorted.length - 1]),
    totalMs: Math.round(totalMs),
    longTasks: longTasks.widget,
    hostLongTasks: longTasks.host,
  };
}

/**
 * Figure 3: 500 characters typed into Comments at 4× CPU (see typeInto); long tasks
 * from the frame's own PerformanceObserver. The same typing into a bare <textarea>
 * added to the hello world frame is the noise floor: long tasks there are the
 * machine's, not the widget's.
 */
export async function measureTyping(browser, servers, { chars = 500 } = {}) {
  const baseline = await openWidget(browser, servers.hello, { kind: 'hello', throttle: THROTTLE });
  let floor;
  try {
    await baseline.frame.evaluate(() => {
      const area = document.createElement('textarea');
      area.setAttribute('aria-label', 'Baseline');
      document.body.append(area);
    });
    await sleep(SETTLE_MS);
    floor = await typeInto(baseline.page, baseline.frame, baseline.page.frameLocator('#widget').getByLabel('Baseline'), chars);
  } finally {
    await baseline.context.close();
  }
  const { context, page, frame, cdp } = await openWidget(browser, servers.app, { kind: 'app', throttle: THROTTLE });
  try {
    await waitForModes(page);
    await sleep(SETTLE_MS);
    const throttleFactor = await throttleCheck(cdp, frame);
    const comments = page.frameLocator('#widget').getByRole('textbox', { name: 'Comments' });
    const app = await typeInto(page, frame, comments, chars);
    return { ...app, throttleFactor, baseline: floor };
  } finally {
    await context.close();
  }
}

/** Posts `count` messages from the host in ~`spreadMs`; waits until all are dispatched. */
async function flood(page, frame, { count, spreadMs, batches }) {
  const before = await frame.evaluate(() => window.__bench.messages);
  const since = await frame.evaluate(() => performance.now());
  const posted = await page.evaluate(([n, ms, b]) => window.__benchFlood(n, ms, b), [count, spreadMs, batches]);
  const t0 = performance.now();
  await frame.waitForFunction((target) => window.__bench.messages >= target, before + count, {
    polling: 100,
    timeout: 120_000,
  });
  const drainedMs = Math.round(posted.ms + performance.now() - t0);
  const longTasks = await longTasksSince(frame, since);
  return { count, postMs: Math.round(posted.ms), drainedMs, longTasks: longTasks.widget, hostLongTasks: longTasks.host };
}

/**
 * Figure 4: 10,000 unrelated messages posted by the host to the widget's origin in
 * ~1 s (timer-spaced batches), at 4× CPU; long tasks in the frame until every message
 * has been dispatched, then a real submit that must reach "Callback scheduled". The
 * same flood into the hello world frame is the noise floor.
 */
export async function measureFlood(browser, servers, { count = 10_000, spreadMs = 1000, batches = 100 } = {}) {
  const options = { count, spreadMs, batches };
  const baseline = await openWidget(browser, servers.hello, { kind: 'hello', throttle: THROTTLE });
  let floor;
  try {
    await sleep(SETTLE_MS);
    floor = await flood(baseline.page, baseline.frame, options);
  } finally {
    await baseline.context.close();
  }
  const { context, page, frame } = await openWidget(browser, servers.app, { kind: 'app', throttle: THROTTLE });
  try {
    const select = await waitForModes(page);
    await sleep(SETTLE_MS);
    const result = await flood(page, frame, options);

    const widget = page.frameLocator('#widget');
    const labels = await select.locator('option').allTextContents();
    await select.selectOption({ label: labels.find((o) => o.includes(MODE.Cvalue)) });
    await widget.getByRole('textbox', { name: 'Comments' }).fill('Callback after a message flood');
    await widget.getByRole('button', { name: 'Schedule callback' }).click();
    let submitted = true;
    let submitError = null;
    try {
      await widget.getByText('Callback scheduled').first().waitFor({ state: 'visible', timeout: 30_000 });
    } catch {
      submitted = false;
      submitError = await frame.evaluate(() =>
        [...document.querySelectorAll('[aria-invalid="true"], [role="alert"], [role="status"]')]
          .map((el) => `${el.getAttribute('aria-label') ?? el.id ?? el.localName}: ${el.textContent?.trim()}`)
          .join(' | '),
      );
    }
    const sent = await page.evaluate(
      () => window.__benchHost.received.filter((m) => /^set(personal)?callbackwithcomments$/i.test(m.subtopic)).length,
    );
    return {
      ...result,
      submitted,
      submitMessagesSent: sent,
      ...(submitError !== null && { submitError: submitError || 'no "Callback scheduled" within 30 s' }),
      baseline: floor,
    };
  } finally {
    await context.close();
  }
}
