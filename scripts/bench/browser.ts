// The browser side of `npm run bench`: Debian Chromium driven by Playwright, one fresh
// context per load (cold cache, no draft left over), the page in a cross-origin iframe.
import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, CDPSession, Frame, Page, Response } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { installProbe } from './frame-probe';
import type { ReadyWhen } from './frame-probe';
import { CALL } from './host-page';
import { inPage, pageScript } from './in-page';
import type { HostReceived, ReadySignal } from './in-page';
import type { Served } from './serve';

export const READY_TIMEOUT_MS = 60_000;

/**
 * Site isolation off: Chromium's CPU throttle (`Emulation.setCPUThrottlingRate`) slows
 * the renderer process of the session it is sent to. With site isolation on, the
 * cross-site iframe is an out-of-process iframe whose throttle could only be set once
 * Playwright has attached to it, i.e. after its document has started loading, so the
 * start of every load would run at full speed. With it off, host and frame share one
 * renderer and one throttle from the first byte, for every page alike.
 * `openPage` checks that the iframe really is in-process.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--disable-site-isolation-trials'] });
}

export interface OpenOptions {
  readyWhen: ReadyWhen;
  throttle?: number;
  /** The host page to load; the server's host page embedding `/` by default. */
  url?: string;
  onResponse?: (response: Response) => void;
  /** Called (pushed, not polled) for every message the host page receives. */
  onHostEvent?: (received: HostReceived) => void;
}

export interface Started {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  problems: string[];
  /** Resolves when the frame first paints ready (see frame-probe.ts); null on timeout. */
  ready: Promise<ReadySignal | null>;
}

/** Loads the host page in a fresh context, throttled from the first byte; does not wait. */
export async function startPage(browser: Browser, server: Served, options: OpenOptions): Promise<Started> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const problems: string[] = [];
  try {
    let signal: (ready: ReadySignal) => void = () => undefined;
    const readyOrNull = new Promise<ReadySignal>((resolve) => {
      signal = resolve;
    });
    await context.exposeBinding('__benchReady', (_source, ready: ReadySignal) => signal(ready));
    const { onHostEvent } = options;
    if (onHostEvent) await context.exposeBinding('__benchHostEvent', (_source, received: HostReceived) => onHostEvent(received));
    await context.addInitScript({
      content: pageScript(installProbe, { readyWhen: options.readyWhen, callid: CALL.callid, widgetOrigin: server.widget }),
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    });
    if (options.onResponse) page.on('response', options.onResponse);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle ?? 1 });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), READY_TIMEOUT_MS);
    });
    const ready = Promise.race([readyOrNull, timeout]).finally(() => clearTimeout(timer));
    await page.goto(options.url ?? server.hostUrl, { waitUntil: 'commit' });
    return { context, page, cdp, problems, ready };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

export interface Opened extends Omit<Started, 'ready'> {
  frame: Frame;
  ready: ReadySignal & { commitMs: number };
  /** Navigation start of the host page → the first frame painting the ready page. */
  readyMs: number;
}

/** The top page's navigation start → `at` on the frame's clock. */
export async function sinceNavigationStart(page: Page, frameTimeOrigin: number, at: number): Promise<number> {
  const topOrigin = await page.evaluate(() => performance.timeOrigin);
  return frameTimeOrigin + at - topOrigin;
}

export function widgetFrame(page: Page, server: Served): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(server.widget));
  if (!frame) throw new Error('the widget iframe is missing');
  return frame;
}

/** Loads the host page and waits until the frame is ready; checks the throttle applies to it. */
export async function openPage(browser: Browser, server: Served, options: OpenOptions): Promise<Opened> {
  const started = await startPage(browser, server, options);
  const { context, page } = started;
  try {
    const ready = await started.ready;
    if (!ready) {
      throw new Error(
        `${options.readyWhen}: the page did not become ready within ${READY_TIMEOUT_MS / 1000} s.\n` +
          `iframe: ${await frameDiagnostics(page)}\n${started.problems.slice(0, 10).join('\n')}`,
      );
    }
    const frame = widgetFrame(page, server);
    if ((options.throttle ?? 1) !== 1) await assertInProcess(context, frame);
    const readyMs = await sinceNavigationStart(page, ready.timeOrigin, ready.frameAt);
    const commitMs = await sinceNavigationStart(page, ready.timeOrigin, ready.commitAt);
    await verifyReady(page, options.readyWhen);
    return { ...started, frame, ready: { ...ready, commitMs }, readyMs };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

export async function frameDiagnostics(page: Page): Promise<string> {
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) return 'no iframe in the host page';
  try {
    const info = await inPage(
      frame,
      () => ({
        url: location.href,
        text: document.body.innerText.replace(/\s+/g, ' ').slice(0, 600),
        labels: [...document.querySelectorAll('label')].map((l) => l.textContent.trim()),
        alerts: [...document.querySelectorAll('[aria-invalid="true"], [role="alert"], [role="status"]')].map(
          (el) => `${el.getAttribute('aria-label') ?? el.id}: ${el.textContent?.trim() ?? ''}`,
        ),
      }),
      null,
    );
    return JSON.stringify(info, null, 2);
  } catch (error) {
    return `could not inspect the iframe: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export async function assertInProcess(context: BrowserContext, frame: Frame): Promise<void> {
  try {
    const session = await context.newCDPSession(frame);
    await session.detach();
  } catch {
    return; // "This frame does not have a separate CDP session": in-process, throttled.
  }
  throw new Error('the widget iframe runs out of process, so the CPU throttle would not apply to it');
}

/** Cross-checks the in-page probe with Playwright's own accessible-name queries. */
async function verifyReady(page: Page, readyWhen: ReadyWhen): Promise<void> {
  const widget = page.frameLocator('#widget');
  const timeout = 10_000;
  if (readyWhen === 'hello') {
    await widget.getByRole('heading', { name: 'Hello' }).waitFor({ state: 'visible', timeout });
    return;
  }
  const comments = widget.getByRole('textbox', { name: 'Comments' });
  if (!(await comments.isEditable({ timeout }))) throw new Error(`${readyWhen}: the Comments textbox is not editable`);
  if (readyWhen !== 'form') return;
  const callId = await widget.getByLabel('Call ID').inputValue({ timeout });
  if (callId.trim() !== CALL.callid) throw new Error(`Call ID shows "${callId}", expected ${CALL.callid}`);
}
