import type { Frame, FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { CROSS_SITE_HOST, WIDGET_ORIGIN } from './ports';

export { CROSS_SITE_HOST, OTHER_HOST_PORT, SAME_SITE_HOST, WIDGET_ORIGIN } from './ports';

export const CALL = { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent' };

export interface OpenOptions {
  host?: string;
  params?: Record<string, string>;
  modes?: 'default' | 'none' | 'empty';
  result?: 'success' | 'manual';
  /** A name the host gives the widget's frame. */
  frameName?: string;
}

export interface WidgetHost {
  page: Page;
  widget: FrameLocator;
  frame: () => Frame;
  received: () => Promise<Record<string, unknown>[]>;
  /** SetCallbackWithComments and SetPersonalCallbackWithComments, packets included. */
  scheduleRequests: () => Promise<Record<string, unknown>[]>;
  /** GetPersonalCallbackList (the host page leaves it unanswered: `reply` answers it). */
  listRequests: () => Promise<Record<string, unknown>[]>;
  reply: (message: unknown) => Promise<void>;
}

export async function openWidget(page: Page, options: OpenOptions = {}): Promise<WidgetHost> {
  const host = options.host ?? CROSS_SITE_HOST;
  const params = new URLSearchParams({ ...CALL, hostOrigin: host, ...options.params });
  const widgetUrl = `${WIDGET_ORIGIN}/?${params.toString()}`;
  const hostQuery = new URLSearchParams({ widget: widgetUrl, modes: options.modes ?? 'default', result: options.result ?? 'manual' });
  if (options.frameName) hostQuery.set('name', options.frameName);
  await page.goto(`${host}/?${hostQuery.toString()}`);
  const widget = page.frameLocator('#widget');
  const received = () => page.evaluate(() => (window as unknown as { received: Record<string, unknown>[] }).received);
  return {
    page,
    widget,
    frame: () => {
      const frame = page.frames().find((candidate) => candidate.url().startsWith(WIDGET_ORIGIN));
      if (!frame) throw new Error('widget frame not found');
      return frame;
    },
    received,
    scheduleRequests: async () =>
      (await received()).filter((message) => {
        const inner = (message.topic === '' ? message.message : message) as Record<string, unknown>;
        return inner.subtopic === 'SetCallbackWithComments' || inner.subtopic === 'SetPersonalCallbackWithComments';
      }),
    listRequests: async () =>
      (await received()).filter((message) => (message.topic === '' ? (message.message as Record<string, unknown>) : message).subtopic === 'GetPersonalCallbackList'),
    reply: (message) => page.evaluate((data) => (window as unknown as { reply: (m: unknown) => void }).reply(data), message),
  };
}

/** Reloads the widget's frame from the host page (host.js), and waits until the new document has loaded. */
export async function reloadWidget(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { reloadWidget: () => Promise<void> }).reloadWidget());
}

/**
 * Types into a field as an agent does, so the form hears every edit. In Firefox, Playwright
 * 1.64's fill (over WebDriver BiDi) sets the value from script: React's change tracking
 * sees no change, so the form never learns of the edit (no autosave, no "has edits"),
 * although the field shows the text. Key input is what an agent's typing produces.
 */
export async function typeText(field: Locator, text: string): Promise<void> {
  if (test.info().project.name !== 'firefox') {
    await field.fill(text);
    return;
  }
  await field.click();
  await field.press('ControlOrMeta+A');
  await field.press('Delete');
  await field.pressSequentially(text);
}

/**
 * Sets a date or time input as the browser's own picker does. Firefox's date and time
 * fields take keys segment by segment in the machine's locale, and Playwright's fill there
 * sets the value from script, which React's change tracking does not see; so in Firefox the
 * value goes through the input's own setter and the input and change events a pick fires.
 */
export async function pickValue(field: Locator, value: string): Promise<void> {
  if (test.info().project.name !== 'firefox') {
    await field.fill(value);
    return;
  }
  await field.evaluate((element, next) => {
    const input = element as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, next);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

export async function fillValidForm(widget: FrameLocator, comment = 'Customer prefers the afternoon') {
  await expect(widget.getByRole('option', { name: 'Mobile · 6591462346' })).toBeAttached();
  await widget.getByRole('combobox', { name: 'Callback mode' }).selectOption({ label: 'Mobile · 6591462346' });
  await typeText(widget.getByRole('textbox', { name: 'Comments' }), comment);
}

export function result(callid: string, success: unknown, extra: Record<string, unknown> = {}) {
  return { channel: 'LCM', topic: 'WebService', subtopic: ' SetCallbackWithCommentsResult', message: { callid, response: { success, ...extra } } };
}
