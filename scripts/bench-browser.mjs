// The browser side of `npm run bench`: Debian Chromium driven by Playwright, one fresh
// context per load (cold cache, no draft left over), the widget in a cross-origin iframe.
import { chromium } from '@playwright/test';
import { CALL } from './bench-serve.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export const READY_TIMEOUT_MS = 60_000;

/**
 * Site isolation off: Chromium's CPU throttle (`Emulation.setCPUThrottlingRate`) slows
 * the renderer process of the session it is sent to. With site isolation on, the
 * cross-site iframe is an out-of-process iframe whose throttle could only be set once
 * Playwright has attached to it, i.e. after its document has started loading, so the
 * start of every load would run at full speed. With it off, host and widget share one
 * renderer and one throttle from the first byte, for the app and the hello world alike.
 * `openWidget` checks that the iframe really is in-process.
 */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--disable-site-isolation-trials'],
  });
}

/**
 * Runs in every frame at document start (Playwright init script); acts only in the
 * widget's iframe. Serialised into the page, so it must be self-contained.
 *
 * Readiness is detected inside the frame rather than by polling from Node: polling
 * would add main-thread work at 4× throttle, more for the app's two checks than for
 * the hello world's one. The condition is checked after every DOM mutation batch and at
 * every animation frame; `frameAt` is the first animation frame in which it holds, i.e.
 * the first frame that paints the ready form (or the hello world's h1). Values set as
 * DOM properties only (uncontrolled inputs) cause no mutation, but are caught at the
 * next frame. The same definition applies to both pages, so the ratio is fair.
 */
function benchInit({ kind, callid, widgetOrigin }) {
  if (window === window.top || location.origin !== widgetOrigin) return;
  const state = { longTasks: [], messages: 0, ready: null, commitAt: null, reactAt: null };
  Object.defineProperty(window, '__bench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longTasks.push({ start: entry.startTime, duration: entry.duration, name: entry.name });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.longTaskError = 'longtask PerformanceObserver unsupported';
  }
  // Counts host messages before the widget's own listener sees them (capture phase),
  // so the flood figure knows when every message has been dispatched.
  window.addEventListener(
    'message',
    (event) => {
      if (event.source === window.parent) state.messages += 1;
    },
    true,
  );

  const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const visible = (el) =>
    typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
  // A small stand-in for Playwright's getByLabel: <label> (for= or wrapping),
  // aria-labelledby and aria-label; an exact name beats one that merely contains it.
  const byLabel = (name) => {
    const want = name.toLowerCase();
    const found = [];
    const consider = (label, control) => {
      if (!control) return;
      if (label === want) found.unshift(control);
      else if (label.includes(want)) found.push(control);
    };
    for (const label of document.querySelectorAll('label')) consider(text(label), label.control);
    for (const el of document.querySelectorAll('[aria-labelledby]')) {
      const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      consider(ids.map((id) => text(document.getElementById(id))).join(' '), el);
    }
    for (const el of document.querySelectorAll('[aria-label]')) consider(text({ textContent: el.getAttribute('aria-label') }), el);
    return found[0] ?? null;
  };
  const enabled = (el) => !el.matches(':disabled') && el.getAttribute('aria-disabled') !== 'true';
  const isReady =
    kind === 'hello'
      ? () => {
          const h1 = document.querySelector('h1');
          return Boolean(h1) && text(h1).includes('hello') && visible(h1);
        }
      : () => {
          const comments = byLabel('Comments');
          const callId = byLabel('Call ID');
          return (
            Boolean(comments && callId) &&
            (comments.localName === 'textarea' || comments.localName === 'input') &&
            enabled(comments) &&
            visible(comments) &&
            String(callId.value ?? '').trim() === callid
          );
        };

  // When React has rendered into #root: for the app with the static shell, the moment
  // React took the form over (reported beside the ready time, never instead of it).
  const reactRoot = new MutationObserver(() => {
    if (document.getElementById('root')?.firstElementChild) {
      state.reactAt = performance.now();
      reactRoot.disconnect();
    }
  });
  reactRoot.observe(document, { subtree: true, childList: true });

  const mutations = new MutationObserver(() => {
    if (state.commitAt === null && isReady()) state.commitAt = performance.now();
  });
  mutations.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const onFrame = () => {
    if (!isReady()) {
      requestAnimationFrame(onFrame);
      return;
    }
    const frameAt = performance.now();
    if (state.commitAt === null) state.commitAt = frameAt;
    mutations.disconnect();
    state.ready = { commitAt: state.commitAt, frameAt, timeOrigin: performance.timeOrigin };
    if (typeof window.__benchReady === 'function') window.__benchReady(state.ready);
  };
  requestAnimationFrame(onFrame);
}

async function frameDiagnostics(page) {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) return 'no iframe in the host page';
  try {
    const info = await frame.evaluate(() => ({
      url: location.href,
      text: (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 600),
      labels: [...document.querySelectorAll('label')].map((l) => l.textContent?.trim()),
      longTasks: window.__bench?.longTasks.length,
    }));
    return JSON.stringify(info, null, 2);
  } catch (error) {
    return `could not inspect the iframe: ${error.message}`;
  }
}

/**
 * Opens the host page for `server` in a fresh context and waits until the widget (or
 * the hello world) is ready. Returns the page, the widget frame, and the ready time
 * measured from the top page's navigation start.
 */
export async function openWidget(browser, server, { kind, throttle = 1, waitReady = true, onResponse }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const problems = [];
  let resolveReady;
  const readySignal = new Promise((resolve) => {
    resolveReady = resolve;
  });
  try {
    await context.exposeBinding('__benchReady', (_source, ready) => resolveReady(ready));
    await context.addInitScript(benchInit, { kind, callid: CALL.callid, widgetOrigin: server.widget });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    });
    if (onResponse) page.on('response', onResponse);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(server.hostUrl, { waitUntil: 'commit' });

    let ready = null;
    if (waitReady) {
      let timer;
      const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve(null), READY_TIMEOUT_MS);
      });
      ready = await Promise.race([readySignal, timeout]);
      clearTimeout(timer);
      if (!ready) {
        const what = kind === 'hello' ? 'the hello world h1' : 'the pre-filled form ("Comments" enabled, "Call ID" = 12345)';
        throw new Error(
          `${kind}: ${what} did not become ready within ${READY_TIMEOUT_MS / 1000} s.\n` +
            `iframe: ${await frameDiagnostics(page)}\n${problems.slice(0, 10).join('\n')}`,
        );
      }
    } else {
      await page.waitForLoadState('load');
    }
    const frame = page.frames().find((f) => f.url().startsWith(server.widget));
    if (!frame) throw new Error(`${kind}: the widget iframe is missing`);
    if (throttle !== 1) await assertInProcess(context, frame);

    let readyMs = null;
    if (ready) {
      const topOrigin = await page.evaluate(() => performance.timeOrigin);
      readyMs = ready.timeOrigin + ready.frameAt - topOrigin;
      ready.commitMs = ready.timeOrigin + ready.commitAt - topOrigin;
      await verifyReady(page, kind);
    }
    return { context, page, frame, cdp, readyMs, ready, problems };
  } catch (error) {
    await context.close().catch(() => {});
    throw error;
  }
}

async function assertInProcess(context, frame) {
  try {
    const session = await context.newCDPSession(frame);
    await session.detach();
  } catch {
    return; // "This frame does not have a separate CDP session": in-process, throttled.
  }
  throw new Error('the widget iframe runs out of process, so the CPU throttle would not apply to it');
}

/** Cross-checks the in-page detector with Playwright's own accessible-name queries. */
async function verifyReady(page, kind) {
  const widget = page.frameLocator('#widget');
  const timeout = 10_000;
  if (kind === 'hello') {
    await widget.getByRole('heading', { name: 'Hello' }).waitFor({ state: 'visible', timeout });
    return;
  }
  const comments = widget.getByRole('textbox', { name: 'Comments' });
  if (!(await comments.isEnabled({ timeout }))) throw new Error('app: the Comments textbox is disabled');
  const callId = await widget.getByLabel('Call ID').inputValue({ timeout });
  if (callId.trim() !== CALL.callid) throw new Error(`app: Call ID shows "${callId}", expected ${CALL.callid}`);
}
