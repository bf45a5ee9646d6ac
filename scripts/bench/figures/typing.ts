// Figure 4: 500 characters typed into Comments, against the same typing into a bare
// <textarea> in the same cross-origin iframe, same browser, same throttle, same method.
import type { Browser, CDPSession, Frame, Locator, Page } from '@playwright/test';
import { openPage } from '../browser';
import { inPage } from '../in-page';
import type { Served } from '../serve';
import type { LongTask, Typing, TypingFigure } from '../types';
import { SETTLE_MS, frameNow, longTasksSince, median, round, sleep, waitForModes } from './common';

const COMMENT =
  'Customer asks to be called back tomorrow afternoon about the renewal quote; prefers the mobile number, ' +
  'not before lunch. Mention the loyalty discount and the new tariff. ';

interface Typed {
  perKey: number[];
  totalMs: number;
  longTasks: LongTask[];
  hostLongTasks: LongTask[];
}

/**
 * One `keyboard.type` per character. A keystroke's time is the round trip of its key
 * events: Chromium acks them once the frame's main thread has handled them (React's
 * synchronous update included), and a rendering backlog delays the next one.
 */
async function typeInto(page: Page, frame: Frame, field: Locator, chars: number): Promise<Typed> {
  await field.click();
  const text = COMMENT.repeat(Math.ceil(chars / COMMENT.length)).slice(0, chars);
  const since = await frameNow(frame);
  const perKey: number[] = [];
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
  return { perKey, totalMs, longTasks: longTasks.frame, hostLongTasks: longTasks.host };
}

function summarise(chars: number, runs: readonly Typed[]): Typing {
  const perKey = runs.flatMap((run) => run.perKey);
  const sorted = [...perKey].sort((a, b) => a - b);
  const totalMs = runs.reduce((sum, run) => sum + run.totalMs, 0);
  return {
    chars,
    medianMsPerKey: round(median(perKey)),
    meanMsPerKey: round(totalMs / perKey.length),
    p95MsPerKey: round(sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN),
    maxMsPerKey: round(sorted[sorted.length - 1] ?? Number.NaN),
    totalMs: Math.round(totalMs),
    longTasks: runs.flatMap((run) => run.longTasks),
    hostLongTasks: runs.flatMap((run) => run.hostLongTasks),
  };
}

/**
 * How much slower the same loop runs in the frame at the throttle than at 1× (median
 * of three alternations). Informational: on a busy machine it wanders.
 */
async function throttleCheck(cdp: CDPSession, frame: Frame, throttle: number): Promise<number> {
  const loop = () => {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 5e6; i += 1) x += i % 7;
    return x > 0 ? performance.now() - t0 : 0;
  };
  const at = async (rate: number) => {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return inPage(frame, loop, null);
  };
  await at(1); // warm up the JIT
  const ratios: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const fast = await at(1);
    ratios.push((await at(throttle)) / fast);
  }
  return round(median(ratios));
}

/** Types into the bare <textarea> served from `server`'s origin. */
async function typeIntoTextarea(browser: Browser, server: Served, throttle: number, chars: number): Promise<Typed> {
  const { context, page, frame } = await openPage(browser, server, { readyWhen: 'textarea', throttle, url: server.textareaHostUrl });
  try {
    await sleep(SETTLE_MS);
    return await typeInto(page, frame, page.frameLocator('#widget').getByRole('textbox', { name: 'Comments' }), chars);
  } finally {
    await context.close();
  }
}

/**
 * The bare textarea is typed into before and after the widget (its keys pooled), so a
 * machine that gets busier or quieter during the figure weighs on both sides.
 */
export async function measureTyping(browser: Browser, server: Served, { chars, throttle }: { chars: number; throttle: number }): Promise<TypingFigure> {
  const before = await typeIntoTextarea(browser, server, throttle, chars);
  const { context, page, frame, cdp } = await openPage(browser, server, { readyWhen: 'form', throttle });
  let app: Typed;
  let throttleFactor: number;
  try {
    await waitForModes(page);
    await sleep(SETTLE_MS);
    throttleFactor = await throttleCheck(cdp, frame, throttle);
    app = await typeInto(page, frame, page.frameLocator('#widget').getByRole('textbox', { name: 'Comments' }), chars);
  } finally {
    await context.close();
  }
  const after = await typeIntoTextarea(browser, server, throttle, chars);
  return { app: summarise(chars, [app]), textarea: summarise(chars, [before, after]), throttleFactor };
}
