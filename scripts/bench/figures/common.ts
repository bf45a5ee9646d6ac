// Shared by the figures: statistics and the frame's long tasks.
import type { Frame, Page } from '@playwright/test';
import { LONG_TASK_MS } from '../budgets';
import { MODE } from '../host-page';
import { inPage } from '../in-page';
import type { LongTask } from '../types';

/** Lets asynchronous observers (long tasks) and late work catch up before reading. */
export const SETTLE_MS = 500;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** The median of the values that exist; null when none does. */
export function medianOf(values: readonly (number | null)[]): number | null {
  const known = values.flatMap((value) => (value === null ? [] : [value]));
  return known.length ? median(known) : null;
}

export const round = (ms: number): number => Math.round(ms * 10) / 10;
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs alternate which page goes first, so drift during the run hits both alike. */
export const alternate = <T>(i: number, pair: readonly [T, T]): readonly [T, T] => (i % 2 ? [pair[1], pair[0]] : pair);

/**
 * Long tasks (> 50 ms) the frame's observer saw since `since`, split by attribution:
 * with host and frame sharing one renderer (see launchBrowser), the frame also hears of
 * the host page's own long tasks ("cross-origin-ancestor"), e.g. the flood's posting
 * loop; those are reported apart and do not count.
 */
export async function longTasksSince(frame: Frame, since: number): Promise<{ frame: LongTask[]; host: LongTask[] }> {
  // Long-task entries are delivered asynchronously: let the observer catch up first.
  await sleep(SETTLE_MS);
  await inPage(frame, () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))), null);
  const all = await inPage(frame, () => window.__bench?.longTasks ?? [], null);
  const long = all
    .filter((t) => t.start >= since && t.duration > LONG_TASK_MS)
    .map((t) => ({ ...t, start: round(t.start), duration: round(t.duration) }));
  const isHost = (t: LongTask) => t.name.endsWith('-ancestor');
  return { frame: long.filter((t) => !isHost(t)), host: long.filter(isHost) };
}

export const frameNow = (frame: Frame): Promise<number> => inPage(frame, () => performance.now(), null);

/** Waits until the host's modes reached the form, so their work is not measured. */
export async function waitForModes(page: Page) {
  const select = page.frameLocator('#widget').getByLabel('Callback mode');
  try {
    await select.locator('option', { hasText: MODE.Cvalue }).first().waitFor({ state: 'attached', timeout: 30_000 });
  } catch (error) {
    throw new Error(
      `the "Callback mode" select never offered "${MODE.Description} · ${MODE.Cvalue}" within 30 s ` +
        `(did GetCallBackModes reach the host, and its answer the form?): ${errorMessage(error).split('\n')[0] ?? ''}`,
    );
  }
  return select;
}
