// Figure 3: the agent types a comment and presses Schedule the moment the form shows;
// how long from navigation start until SetCallbackWithComments reaches the host.
import type { Browser, Frame, Page } from '@playwright/test';
import { assertInProcess, frameDiagnostics, sinceNavigationStart, startPage, widgetFrame } from '../browser';
import { inPage } from '../in-page';
import type { HostReceived } from '../in-page';
import type { Served } from '../serve';
import type { FirstSend, FirstSendRun, PageKind } from '../types';
import { loadOnce } from './ready-time';
import { alternate, median, medianOf, round } from './common';

const SEND_TIMEOUT_MS = 30_000;
/**
 * An agent who pressed Schedule and sees nothing go out presses again. A press the app
 * drops is a defect (the figure is missed), but the run still gives the time the agent
 * waited; up to MAX_PRESSES.
 */
export const PRESS_AGAIN_AFTER_MS = 5_000;
const MAX_PRESSES = 3;
const isSend = (subtopic: string) => /^set(personal)?callbackwithcomments$/i.test(subtopic);

/**
 * One cold load of `/`. The probe signals the first frame in which Comments is
 * editable and "Schedule callback" visible, with where both are; the bench then acts as
 * the agent does: a mouse click into Comments, the keys of the comment, a click on
 * Schedule, all as raw input at those points (CDP input events, each acknowledged by the
 * frame's main thread once handled). Not Playwright's locator actions: each of those
 * makes several round trips into a main thread that is busy starting the app, which
 * would add waits no agent has. The host page stamps SetCallbackWithComments with its
 * own clock, whose zero is its navigation start, and pushes it to the bench: nothing
 * polls during the measurement. Whatever the app does at start-up (a static shell that
 * replays the click, or not), this is the time the agent waits.
 */
async function sendOnce(browser: Browser, server: Served, throttle: number, comment: string): Promise<FirstSendRun> {
  // A holder, not a `let`: it is written from the host's callback.
  const seen: { modesAsked: HostReceived | null; sent: HostReceived | null } = { modesAsked: null, sent: null };
  let onSent: (received: HostReceived) => void = () => undefined;
  const sent = new Promise<HostReceived>((resolve) => {
    onSent = resolve;
  });
  const onHostEvent = (received: HostReceived) => {
    if (/^getcallbackmodes$/i.test(received.subtopic)) seen.modesAsked ??= received;
    if (isSend(received.subtopic)) onSent(received);
  };
  const { context, page, ready, problems } = await startPage(browser, server, { readyWhen: 'send', throttle, onHostEvent });
  try {
    const shown = await ready;
    if (!shown) throw new Error(`the form never showed Comments and "Schedule callback": ${await frameDiagnostics(page)}`);
    if (!shown.comments) throw new Error('the probe did not say where Comments is');
    await page.mouse.click(shown.comments.x, shown.comments.y);
    await page.keyboard.type(comment);
    const frame = widgetFrame(page, server);
    let message: HostReceived | null = null;
    let presses = 0;
    let missed = 0;
    while (!message && presses < MAX_PRESSES) {
      missed += await pressSchedule(page, frame);
      presses += 1;
      message = await within(sent, presses < MAX_PRESSES ? PRESS_AGAIN_AFTER_MS : SEND_TIMEOUT_MS);
    }

    const marks = await inPage(frame, () => window.__bench ?? null, null);
    const onTop = async (at: number) => round(await sinceNavigationStart(page, shown.timeOrigin, at));
    const timeline = {
      formShownMs: await onTop(shown.frameAt),
      firstKeyMs: marks?.firstKeyAt == null ? null : await onTop(marks.firstKeyAt),
      reactLiveMs: marks?.reactAt == null ? null : await onTop(marks.reactAt),
      modesAskedMs: seen.modesAsked === null ? null : round(seen.modesAsked.at),
      scheduleClicksMs: await Promise.all((marks?.scheduleClicks ?? []).map(onTop)),
      submitsMs: await Promise.all((marks?.submits ?? []).map(onTop)),
      presses,
      missedButton: missed,
    };
    if (!message) {
      const heard = await inPage(page, () => (window.__benchHost?.received ?? []).map((m) => `${m.subtopic} @${Math.round(m.at)}`), null);
      throw new Error(
        `no SetCallbackWithComments reached the host after ${presses} presses of Schedule ` +
          `(ms from navigation start: ${JSON.stringify(timeline)}; the host heard ${JSON.stringify(heard)}).\n` +
          `iframe: ${await frameDiagnostics(page)}\n${problems.slice(0, 10).join('\n')}`,
      );
    }
    if (typeof message.comments !== 'string' || !message.comments.includes(comment)) {
      throw new Error(`SetCallbackWithComments went out with AgentComments ${JSON.stringify(message.comments)}, not the "${comment}" typed`);
    }
    await assertInProcess(context, frame);
    return { ...timeline, sentMs: round(message.at) };
  } finally {
    await context.close();
  }
}

/**
 * Clicks "Schedule callback" where it is now, as an agent aims at what the screen
 * shows, scrolling it into the panel first when the form is taller than the frame. The
 * form's layout can move between two frames (a hint that goes away, say): when a click
 * landed beside the button, which the probe tells, the agent aims again.
 * Returns how many clicks missed.
 */
async function pressSchedule(page: Page, frame: Frame): Promise<number> {
  for (let missed = 0; missed < 5; missed += 1) {
    const aim = await inPage(
      frame,
      () => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.replace(/\s+/g, ' ').trim().toLowerCase() === 'schedule callback');
        button?.scrollIntoView({ block: 'nearest' });
        const rect = button?.getBoundingClientRect() ?? new DOMRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, clicks: window.__bench?.scheduleClicks.length ?? 0 };
      },
      null,
    );
    await page.mouse.click(aim.x, aim.y);
    const clicks = await inPage(frame, () => window.__bench?.scheduleClicks.length ?? 0, null);
    if (clicks > aim.clicks) return missed;
  }
  throw new Error('5 clicks aimed at "Schedule callback" all landed beside it');
}

/** `promise`, or null once `ms` have passed. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** App (first send) and hello world (render) alternate, cold, at the throttle; warm-ups dropped. */
export async function measureFirstSend(
  browser: Browser,
  servers: Record<PageKind, Served>,
  { runs, warmup, throttle, comment }: { runs: number; warmup: number; throttle: number; comment: string },
): Promise<FirstSend> {
  const app: FirstSendRun[] = [];
  const hello: number[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    for (const kind of alternate<PageKind>(i, ['hello', 'app'])) {
      if (kind === 'app') {
        const run = await sendOnce(browser, servers.app, throttle, comment);
        if (i >= warmup) app.push(run);
      } else {
        const { readyMs } = await loadOnce(browser, servers.hello, 'hello', throttle);
        if (i >= warmup) hello.push(readyMs);
      }
    }
  }
  return {
    app: {
      medianMs: median(app.map((run) => run.sentMs)),
      modesAskedMedianMs: medianOf(app.map((run) => run.modesAskedMs)),
      formShownMedianMs: median(app.map((run) => run.formShownMs)),
      lostPresses: app.reduce((sum, run) => sum + run.presses - 1, 0),
      runs: app,
    },
    hello: { medianMs: median(hello), runsMs: hello },
  };
}
