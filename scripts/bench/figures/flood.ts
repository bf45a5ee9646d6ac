// Figure 5: unrelated messages from the host, many within a second; then a real submit.
import type { Browser, Frame, Page } from '@playwright/test';
import { openPage } from '../browser';
import { MODE } from '../host-page';
import { inPage } from '../in-page';
import type { Served } from '../serve';
import type { Flood, FloodRun, PageKind } from '../types';
import { SETTLE_MS, frameNow, longTasksSince, sleep, waitForModes } from './common';

interface FloodOptions {
  count: number;
  spreadMs: number;
  batches: number;
}

/** Posts `count` messages from the host in about `spreadMs`; waits until all are dispatched. */
async function flood(page: Page, frame: Frame, { count, spreadMs, batches }: FloodOptions): Promise<FloodRun> {
  const before = await inPage(frame, () => window.__bench?.messages ?? 0, null);
  const since = await frameNow(frame);
  const posted = await inPage(
    page,
    ([n, ms, b]) => {
      if (!window.__benchFlood) throw new Error('the bench host page is missing __benchFlood');
      return window.__benchFlood(n, ms, b);
    },
    [count, spreadMs, batches] as const,
  );
  const t0 = performance.now();
  await frame.waitForFunction(`(window.__bench && window.__bench.messages) >= ${before + count}`, null, { polling: 100, timeout: 120_000 });
  const drainedMs = Math.round(posted.ms + performance.now() - t0);
  const longTasks = await longTasksSince(frame, since);
  return { count, postMs: Math.round(posted.ms), drainedMs, longTasks: longTasks.frame, hostLongTasks: longTasks.host };
}

/** What the form says when no "Callback scheduled" came: invalid fields, alerts, statuses. */
const formProblems = (frame: Frame) =>
  inPage(
    frame,
    () =>
      [...document.querySelectorAll('[aria-invalid="true"], [role="alert"], [role="status"]')]
        .map((el) => `${el.getAttribute('aria-label') ?? (el.id || el.localName)}: ${el.textContent?.trim() ?? ''}`)
        .join(' | '),
    null,
  );

/**
 * The messages go to the widget's origin in timer-spaced batches at the throttle; long
 * tasks in the frame count until every message has been dispatched; then a real submit
 * must reach "Callback scheduled" with one message sent. The same flood into the hello
 * world frame is the noise floor.
 */
export async function measureFlood(
  browser: Browser,
  servers: Record<PageKind, Served>,
  { count, spreadMs, throttle }: { count: number; spreadMs: number; throttle: number },
): Promise<Flood> {
  const options = { count, spreadMs, batches: 100 };
  const baseline = await openPage(browser, servers.hello, { readyWhen: 'hello', throttle });
  let floor: FloodRun;
  try {
    await sleep(SETTLE_MS);
    floor = await flood(baseline.page, baseline.frame, options);
  } finally {
    await baseline.context.close();
  }
  const { context, page, frame } = await openPage(browser, servers.app, { readyWhen: 'form', throttle });
  try {
    const select = await waitForModes(page);
    await sleep(SETTLE_MS);
    const result = await flood(page, frame, options);

    const widget = page.frameLocator('#widget');
    const labels = await select.locator('option').allTextContents();
    const label = labels.find((o) => o.includes(MODE.Cvalue));
    if (label !== undefined) await select.selectOption({ label });
    await widget.getByRole('textbox', { name: 'Comments' }).fill('Callback after a message flood');
    await widget.getByRole('button', { name: 'Schedule callback' }).click();
    let submitError: string | undefined;
    try {
      await widget.getByText('Callback scheduled').first().waitFor({ state: 'visible', timeout: 30_000 });
    } catch {
      submitError = (await formProblems(frame)) || 'no "Callback scheduled" within 30 s';
    }
    const sent = await inPage(
      page,
      () => (window.__benchHost?.received ?? []).filter((m) => /^set(personal)?callbackwithcomments$/i.test(m.subtopic)).length,
      null,
    );
    return { ...result, submitted: submitError === undefined, submitMessagesSent: sent, ...(submitError !== undefined && { submitError }), baseline: floor };
  } finally {
    await context.close();
  }
}
