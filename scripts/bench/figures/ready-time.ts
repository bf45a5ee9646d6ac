// Figure 2: navigation → a visible, pre-filled form the agent can type in.
import type { Browser } from '@playwright/test';
import { openPage, sinceNavigationStart } from '../browser';
import type { ReadyWhen } from '../frame-probe';
import { inPage } from '../in-page';
import type { Served } from '../serve';
import type { PageKind, ReadyRuns, ReadyTime } from '../types';
import { alternate, median, round } from './common';

export interface LoadTimes {
  readyMs: number;
  commitMs: number;
  inFrameMs: number;
  reactLiveMs: number | null;
}

const READY_WHEN: Record<PageKind, ReadyWhen> = { app: 'form', hello: 'hello' };

/** One cold load at `throttle`: when the page first painted ready, and when React rendered. */
export async function loadOnce(browser: Browser, server: Served, kind: PageKind, throttle: number): Promise<LoadTimes> {
  const { context, page, frame, ready, readyMs } = await openPage(browser, server, { readyWhen: READY_WHEN[kind], throttle });
  try {
    const reactAt = await frame
      .waitForFunction(`window.__bench && window.__bench.reactAt`, null, { timeout: 60_000, polling: 100 })
      .then(() => inPage(frame, () => window.__bench?.reactAt ?? null, null));
    return {
      readyMs: round(readyMs),
      commitMs: round(ready.commitMs),
      inFrameMs: round(ready.frameAt),
      reactLiveMs: reactAt === null ? null : round(await sinceNavigationStart(page, ready.timeOrigin, reactAt)),
    };
  } finally {
    await context.close();
  }
}

/**
 * Navigation start of the host page → the first frame painting the ready form (see
 * frame-probe.ts), at the CPU throttle. A cold, fresh context per load; app and hello
 * world alternate (and swap who goes first) so drift hits both; warm-up loads dropped.
 */
export async function measureReadyTime(
  browser: Browser,
  servers: Record<PageKind, Served>,
  { runs, warmup, throttle }: { runs: number; warmup: number; throttle: number },
): Promise<ReadyTime> {
  const loads: Record<PageKind, LoadTimes[]> = { app: [], hello: [] };
  for (let i = 0; i < warmup + runs; i += 1) {
    for (const kind of alternate<PageKind>(i, ['hello', 'app'])) {
      const times = await loadOnce(browser, servers[kind], kind, throttle);
      if (i >= warmup) loads[kind].push(times);
    }
  }
  const summary = (kind: PageKind): ReadyRuns => {
    const list = loads[kind];
    const react = list.map((l) => l.reactLiveMs ?? Number.NaN);
    return {
      medianMs: median(list.map((l) => l.readyMs)),
      runsMs: list.map((l) => l.readyMs),
      domReadyRunsMs: list.map((l) => l.commitMs),
      inFrameMedianMs: median(list.map((l) => l.inFrameMs)),
      inFrameRunsMs: list.map((l) => l.inFrameMs),
      reactLiveMedianMs: median(react),
      reactLiveRunsMs: react,
    };
  };
  return { app: summary('app'), hello: summary('hello') };
}
