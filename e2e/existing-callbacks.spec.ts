import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import type { WidgetHost } from './support/widget-host';
import { fillValidForm, openWidget, result, typeText } from './support/widget-host';

/**
 * SPEC §12 across two real origins: the test host page (localhost) answers
 * GetPersonalCallbackList itself, with dates the widget's own frame computed, and records
 * every message the widget (127.0.0.1) posts.
 */

const LIST_NAME = 'Already scheduled for this customer';

/** A day two days ahead, on the frame's clock: as an input value and as the vendor writes it. */
async function dayAhead(host: WidgetHost) {
  return host.frame().evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = new Date(Date.now() + 2 * 24 * 3600 * 1000);
    const [y, m, d] = [day.getFullYear(), pad(day.getMonth() + 1), pad(day.getDate())];
    // As the widget writes a window for people: weekday and month in words, and the zone.
    const words = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }).format(day);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return { input: `${y}-${m}-${d}`, vendor: `${d}/${m}/${y}`, words, zone };
  });
}

/** Answers the widget's GetPersonalCallbackList: this customer's mobile at 13:30–14:30 that day, and another customer. */
async function answerWithClash(host: WidgetHost, vendorDate: string) {
  await expect.poll(async () => (await host.listRequests()).length).toBe(1);
  const entry = (CValue: string, ModeDesc: string) => ({
    RowNumber: 1,
    CampaignID: '5',
    ContactID: 'C-1',
    ModeNumber: '3',
    ModeDesc,
    CValue,
    CallStartDate: vendorDate,
    CallStartTime: '13:30:00',
    CallEndDate: vendorDate,
    CallEndTime: '14:30:00',
  });
  await host.reply({
    channel: 'LCM',
    topic: 'WebService',
    subtopic: 'GetPersonalCallbackListResult',
    message: { response: [entry('+65 9146-2346', 'Mobile'), entry('+44 20 7946 0958', 'Mobile')] },
  });
}

/** The form filled for 13:45–14:45 on `inputDate`: it overlaps the listed callback. */
async function fillClashingWindow(host: WidgetHost, inputDate: string) {
  const { widget } = host;
  await fillValidForm(widget, 'Wants the renewal quote');
  await widget.getByLabel('Start date').fill(inputDate);
  await widget.getByLabel('Start time').fill('13:45');
  await widget.getByLabel('End date').fill(inputDate);
  await widget.getByLabel('End time').fill('14:45');
}

async function openWithClash(page: Page, params: Record<string, string> = {}) {
  const host = await openWidget(page, { params });
  const day = await dayAhead(host);
  await answerWithClash(host, day.vendor);
  const list = host.widget.getByRole('list', { name: LIST_NAME });
  // Customer and agent share the browser's zone here: one clock, named.
  await expect(list.getByRole('listitem')).toHaveText([`${day.words}, 13:30 to 14:30 (${day.zone}) Mobile · +65 9146-2346`]);
  await fillClashingWindow(host, day.input);
  return { host, day };
}

test('a clash opens the dialog and sends nothing until Schedule anyway, which sends exactly one message', async ({ page }) => {
  const { host, day } = await openWithClash(page);
  const { widget } = host;
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  const dialog = widget.getByRole('dialog', { name: 'This customer already has a callback' });
  await expect(dialog).toContainText(`Already scheduled: ${day.words}, 13:30 to 14:30 (${day.zone}), to Mobile · +65 9146-2346. The new window overlaps it.`);
  await expect(dialog.getByRole('button', { name: 'Change time' })).toBeFocused();
  expect(await host.scheduleRequests()).toEqual([]);

  // Escape is Change time: the dialog closes, the agent is back at the window, nothing is sent.
  await dialog.getByRole('button', { name: 'Change time' }).press('Escape');
  await expect(dialog).toBeHidden();
  await expect(widget.getByLabel('Start date')).toBeFocused();
  expect(await host.scheduleRequests()).toEqual([]);

  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  await dialog.getByRole('button', { name: 'Schedule anyway' }).click();
  await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
  expect((await host.scheduleRequests())[0]).toMatchObject({
    subtopic: 'SetCallbackWithComments',
    data: { StartDate: day.vendor, StartTime: '13:45', EndTime: '14:45', CallbackModeId: 3, AgentComments: 'Wants the renewal quote' },
  });
  await host.reply(result('12345', true));
  await expect(widget.getByRole('status').filter({ hasText: 'Callback scheduled' })).toBeVisible();
  await expect(widget.getByRole('list', { name: LIST_NAME }).getByRole('listitem')).toHaveCount(2);
  expect(await host.scheduleRequests()).toHaveLength(1);
});

test('Change time sends nothing: the only message is the one for the time chosen after it', async ({ page }) => {
  const { host } = await openWithClash(page);
  const { widget } = host;
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  const dialog = widget.getByRole('dialog', { name: 'This customer already has a callback' });
  await dialog.getByRole('button', { name: 'Change time' }).click();
  await expect(dialog).toBeHidden();
  await expect(widget.getByLabel('Start date')).toBeFocused();

  // Another day: no clash, so it goes at once.
  const later = await host.frame().evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = new Date(Date.now() + 4 * 24 * 3600 * 1000);
    return { input: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`, vendor: `${pad(day.getDate())}/${pad(day.getMonth() + 1)}/${day.getFullYear()}` };
  });
  await widget.getByLabel('Start date').fill(later.input);
  await widget.getByLabel('End date').fill(later.input);
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
  expect((await host.scheduleRequests())[0]).toMatchObject({ data: { StartDate: later.vendor, EndDate: later.vendor } });
  await expect(dialog).toBeHidden();
});

test('with no agent ID from the desktop, the one the agent types is asked about on Schedule, and a clash asks first', async ({ page }) => {
  const host = await openWidget(page, { params: { userId: '' } });
  const { widget } = host;
  const day = await dayAhead(host);
  await fillClashingWindow(host, day.input);
  await typeText(widget.getByRole('textbox', { name: 'Agent ID' }), 'agent42');
  expect(await host.listRequests()).toEqual([]);
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect(widget.getByText('Asking the agent desktop for this customer’s callbacks…')).toBeVisible();
  await answerWithClash(host, day.vendor);
  expect((await host.listRequests())[0]).toMatchObject({ data: { UserID: 'agent42' } });
  await expect(widget.getByRole('dialog', { name: 'This customer already has a callback' })).toBeVisible();
  expect(await host.scheduleRequests()).toEqual([]);
});

test('a desktop that never answers the list still schedules at once, and says the callbacks could not be checked', async ({ page }) => {
  const host = await openWidget(page, { result: 'success', params: { timeoutMs: '1000' } });
  const { widget } = host;
  await fillValidForm(widget);
  await expect.poll(async () => (await host.listRequests()).length).toBe(1);
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect(widget.getByRole('status').filter({ hasText: 'Callback scheduled' })).toBeVisible();
  expect(await host.scheduleRequests()).toHaveLength(1);
  await expect(widget.getByText('Existing callbacks could not be checked')).toBeVisible();
  await expect(widget.getByRole('dialog')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations with the clash dialog open (${theme})`, async ({ page }) => {
    // axe walks the cross-origin frame too: Firefox on a busy machine needs more than 30 s for it.
    test.slow();
    const { host } = await openWithClash(page, { theme });
    await host.widget.getByRole('button', { name: 'Schedule callback' }).click();
    await expect(host.widget.getByRole('dialog', { name: 'This customer already has a callback' })).toBeVisible();
    const results = await new AxeBuilder({ page }).include('#widget').analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
