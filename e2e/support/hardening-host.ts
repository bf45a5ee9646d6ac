import type { ConsoleMessage, FrameLocator, Page } from '@playwright/test';
import { expect } from './test';
import { CROSS_SITE_HOST, WIDGET_ORIGIN as WIDGET } from './ports';
import { typeText } from './widget-host';

/**
 * What the hardening-*.spec.ts files share: the widget opened in a test host page that
 * answers nothing on its own (each test decides what the host says, and when), with every
 * console line and error of the page and its frames collected, and the widget's timeout cut
 * to a second. Tests that need to know the widget *processed* a message open it with
 * `debug=1` and wait for its log line (`waitForLog`): an ignored spoof that never arrived
 * would prove nothing.
 */

export const CALLID = '12345';
export const COMMENT = 'Customer asked about the renewal, call after lunch';
const TIMEOUT_TEXT = 'The agent desktop did not answer. The callback may not have been scheduled.';

/** What host.js puts on the host page's window. */
export interface HostWindow {
  received: unknown[];
  reply(message: unknown): void;
}

export interface OpenOptions {
  host?: string;
  /** A page of e2e/support/pages; host.html by default. */
  hostPage?: string;
  /** Widget URL parameters; `null` drops a default one. */
  params?: Record<string, string | null>;
  /** Extra query parameters of the host page itself. */
  hostQuery?: Record<string, string>;
}

function widgetUrl(host: string, params: Record<string, string | null>): string {
  const url = new URL(`${WIDGET}/`);
  const all: Record<string, string | null> = { callid: CALLID, userId: 'agent7', hostOrigin: host, timeoutMs: '1000', ...params };
  for (const [name, value] of Object.entries(all)) if (value !== null) url.searchParams.set(name, value);
  return url.href;
}

export interface Opened {
  widget: FrameLocator;
  /** Every console line of the page and its frames, widget included. */
  logs: string[];
  /** Uncaught exceptions and console errors in any frame. */
  errors: string[];
}

export async function openWidget(page: Page, options: OpenOptions = {}): Promise<Opened> {
  const host = options.host ?? CROSS_SITE_HOST;
  const logs: string[] = [];
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    logs.push(message.text());
    // The test host pages have no favicon; that 404 is theirs, not the widget's.
    if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const hostUrl = new URL(`${host}/${options.hostPage ?? ''}`);
  hostUrl.searchParams.set('widget', widgetUrl(host, options.params ?? {}));
  // host.js answers nothing on its own: each test decides what the host says, and when.
  hostUrl.searchParams.set('modes', 'none');
  for (const [name, value] of Object.entries(options.hostQuery ?? {})) hostUrl.searchParams.set(name, value);
  await page.goto(hostUrl.href);
  return { widget: page.frameLocator('#widget'), logs, errors };
}

/** How many messages with this subtopic the host has received (packets unwrapped). */
export function sentCount(page: Page, subtopic: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      (window as unknown as HostWindow).received.filter((raw) => {
        const message = raw as { topic?: string; subtopic?: string; message?: { subtopic?: string } };
        return (message.topic === '' ? message.message?.subtopic : message.subtopic) === wanted;
      }).length,
    subtopic,
  );
}

export function reply(page: Page, message: unknown): Promise<void> {
  return page.evaluate((data) => (window as unknown as HostWindow).reply(data), message);
}

export const result = (callid: string, response: unknown, subtopic = 'SetCallbackWithCommentsResult') => ({
  channel: 'LCM',
  topic: 'Webservice',
  subtopic,
  message: { callid, response },
});

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Waits until the widget's debug log shows `count` lines matching `pattern`. */
export async function waitForLog(logs: string[], pattern: RegExp, count = 1): Promise<void> {
  await expect.poll(() => logs.filter((line) => pattern.test(line)).length).toBeGreaterThanOrEqual(count);
}

/** With no accountNumber the host is never asked for modes: the agent types the mode ID. */
export async function fillAndSubmit(widget: FrameLocator): Promise<void> {
  await typeText(widget.getByRole('spinbutton', { name: 'Callback mode' }), '3');
  await typeText(widget.getByLabel('Comments'), COMMENT);
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
}

export const scheduled = (widget: FrameLocator) => widget.getByRole('status').filter({ hasText: 'Callback scheduled' });
export const timeoutToast = (widget: FrameLocator) => widget.getByRole('alert').filter({ hasText: TIMEOUT_TEXT });
