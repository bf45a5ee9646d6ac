import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { WIDGET_ORIGIN, WIDGET_PORT } from './support/ports';
import { typeText } from './support/widget-host';

/**
 * /dev, driven as a person would: the page on `localhost`, the widget in its iframe on
 * `127.0.0.1`, real postMessage across the two origins. Each test checks what the agent
 * sees in the widget and what the message log shows crossed the frame.
 */
const DESK = `http://localhost:${WIDGET_PORT}`;
const WIDGET = WIDGET_ORIGIN;
const COMMENT = 'Customer asked for a call after lunch.';

interface Dev {
  widget: FrameLocator;
  log: Locator;
  entries: (...texts: (string | RegExp)[]) => Locator;
}

async function openDev(page: Page, query = ''): Promise<Dev> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${DESK}/dev${query}`);
  const widget = page.frameLocator('iframe[title="Set callback widget"]');
  const log = page.getByRole('log', { name: /Message log/ });
  const entries = (...texts: (string | RegExp)[]) =>
    texts.reduce<Locator>((found, text) => found.filter({ hasText: text }), log.getByRole('listitem'));
  // Generous: the first load parses the whole widget, and CI machines are small.
  await expect(widget.getByLabel('Call ID')).toHaveValue('12345', { timeout: 20_000 });
  expect(errors).toEqual([]);
  return { widget, log, entries };
}

async function chooseAnswer(page: Page, request: string, scenario: string) {
  await page.getByLabel(request, { exact: true }).selectOption({ label: scenario });
}

async function fillAndSubmit(widget: FrameLocator) {
  await widget.getByLabel('Callback mode').selectOption({ label: 'Mobile · 6591462346' });
  await typeText(widget.getByLabel('Comments'), COMMENT);
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
}

const scheduled = (widget: FrameLocator) => widget.getByRole('status').filter({ hasText: 'Callback scheduled' });
const TIMEOUT_TOAST = 'The agent desktop did not answer. The callback may not have been scheduled.';

test('embeds the widget from the second origin, with the call in its URL, and answers its modes request', async ({ page }) => {
  const { widget, entries } = await openDev(page);
  const src = new URL((await page.locator('iframe[title="Set callback widget"]').getAttribute('src')) ?? '');
  expect(src.origin).toBe(WIDGET);
  expect(Object.fromEntries(src.searchParams)).toMatchObject({
    callid: '12345',
    accountNumber: '5|3|1|0|0|44|1',
    userId: 'testagent',
    hostOrigin: DESK,
  });
  await expect(widget.getByLabel('Account number')).toHaveValue('5|3|1|0|0|44|1');
  await expect(widget.getByLabel('Agent ID')).toHaveValue('testagent');
  await expect(widget.getByLabel('Callback mode').locator('option')).toHaveText(['Choose a mode…', 'Home · 6591460012', 'Mobile · 6591462346', 'Work · 6531870500']);
  await expect(entries(/Widget → Host/i, 'GetCallBackModes', `from ${WIDGET}`, '"AccountNumber": "5|3|1|0|0|44|1"')).toHaveCount(1);
  await expect(entries(/Host → Widget/i, 'CallbackModes', `to ${WIDGET}`, '"Description": "Mobile"', '"Cvalue": "6591462346"')).toHaveCount(1);
});

test('success: the agent sees "Callback scheduled"; the log shows the exact request and the answer', async ({ page }) => {
  const { widget, entries } = await openDev(page);
  await fillAndSubmit(widget);
  await expect(scheduled(widget)).toContainText('to Mobile · 6591462346');
  await expect(widget.getByRole('button', { name: 'Schedule another' })).toBeFocused();
  const request = entries(/Widget → Host/i, 'SetCallbackWithComments');
  await expect(request).toHaveCount(1);
  for (const line of ['"callid": "12345"', '"CallbackModeId": 3', `"AgentComments": "${COMMENT}"`, '"LeadScore": 0', '"UserID": "testagent"']) {
    await expect(request).toContainText(line);
  }
  await expect(request).toContainText(/"StartDate": "\d{2}\/\d{2}\/\d{4}"/);
  await expect(entries(/Host → Widget/i, 'SetCallbackWithCommentsResult', '"success": true')).toHaveCount(1);
});

test('success: false keeps everything the agent typed and says the desktop could not schedule it', async ({ page }) => {
  const { widget, entries } = await openDev(page);
  await chooseAnswer(page, 'SetCallbackWithComments', 'Rejected (success: false)');
  await fillAndSubmit(widget);
  await expect(widget.getByRole('alert')).toContainText('The agent desktop could not schedule the callback.');
  await expect(widget.getByLabel('Comments')).toHaveValue(COMMENT);
  await expect(scheduled(widget)).toHaveCount(0);
  await expect(entries(/Host → Widget/i, 'SetCallbackWithCommentsResult', '"success": false')).toHaveCount(1);
});

test("WS_Error shows the host's message 'Invalid Call ID.'", async ({ page }) => {
  const { widget, entries } = await openDev(page);
  await chooseAnswer(page, 'SetCallbackWithComments', "WS_Error 'Invalid Call ID.'");
  await fillAndSubmit(widget);
  const toast = widget.getByRole('alert');
  await expect(toast).toContainText('Invalid Call ID.');
  await toast.getByText('Technical details').click();
  await expect(toast).toContainText('WS_Error: Invalid Call ID:12345');
  await expect(entries(/Host → Widget/i, 'WS_Error', '"msg": "Invalid Call ID."')).toHaveCount(1);
});

test('no answer: after the timeout the agent gets Retry, and Retry sends again', async ({ page }) => {
  const { widget, entries } = await openDev(page, '?timeoutMs=1000');
  await chooseAnswer(page, 'SetCallbackWithComments', 'No answer');
  await fillAndSubmit(widget);
  await expect(widget.getByRole('alert')).toContainText(TIMEOUT_TOAST);
  await expect(widget.getByLabel('Comments')).toHaveValue(COMMENT);
  await expect(entries(/Host → Widget/i, 'SetCallbackWithCommentsResult')).toHaveCount(0);
  await chooseAnswer(page, 'SetCallbackWithComments', 'Success');
  await widget.getByRole('button', { name: 'Retry' }).click();
  await expect(scheduled(widget)).toBeVisible();
  await expect(entries(/Widget → Host/i, 'SetCallbackWithComments')).toHaveCount(2);
});

test('an answer after N seconds: the form waits, then schedules', async ({ page }) => {
  const { widget, entries } = await openDev(page);
  await chooseAnswer(page, 'SetCallbackWithComments', 'Answer after N seconds');
  await typeText(page.getByLabel('Delay (seconds)'), '2');
  await fillAndSubmit(widget);
  await expect(widget.getByText('Sending to the agent desktop…')).toBeVisible();
  await expect(scheduled(widget)).toHaveCount(0);
  await expect(scheduled(widget)).toBeVisible({ timeout: 5_000 });
  await expect(entries(/Host → Widget/i, 'SetCallbackWithCommentsResult', 'answered after 2 s')).toHaveCount(1);
});

test('the answer twice: the log shows both, the widget settles once', async ({ page }) => {
  const { widget, entries } = await openDev(page);
  await chooseAnswer(page, 'SetCallbackWithComments', 'Answer twice');
  await fillAndSubmit(widget);
  await expect(scheduled(widget)).toBeVisible();
  await expect(entries(/Host → Widget/i, 'SetCallbackWithCommentsResult')).toHaveCount(2);
  await expect(entries('answer 2 of 2 (a duplicate)')).toHaveCount(1);
  await expect(widget.getByRole('alert')).toHaveCount(0);
  await expect(entries(/Widget → Host/i, 'SetCallbackWithComments')).toHaveCount(1);
});

for (const [scenario, tag] of [
  ['Malformed answer', 'not valid JSON'],
  ['Answer for another call', 'for call 12346, not 12345'],
] as const) {
  test(`${scenario.toLowerCase()}: the widget ignores it and reports no answer`, async ({ page }) => {
    const { widget, entries } = await openDev(page, '?timeoutMs=1500');
    await chooseAnswer(page, 'SetCallbackWithComments', scenario);
    await fillAndSubmit(widget);
    await expect(entries(/Host → Widget/i, 'SetCallbackWithCommentsResult', tag)).toHaveCount(1);
    await expect(widget.getByRole('alert')).toContainText(TIMEOUT_TOAST);
    await expect(scheduled(widget)).toHaveCount(0);
  });
}

for (const [scenario, tag] of [
  ['Answer as a JSON string', 'JSON string'],
  ['Answer in a packet envelope', 'packet'],
] as const) {
  test(`${scenario.toLowerCase()}: the widget accepts it`, async ({ page }) => {
    const { widget, entries } = await openDev(page);
    await chooseAnswer(page, 'SetCallbackWithComments', scenario);
    await fillAndSubmit(widget);
    await expect(scheduled(widget)).toBeVisible();
    await expect(entries(/Host → Widget/i, 'SetCallbackWithCommentsResult', tag)).toHaveCount(1);
  });
}

test('personal callbacks are answered by their own scenario', async ({ page }) => {
  const { widget, entries } = await openDev(page);
  await chooseAnswer(page, 'SetPersonalCallbackWithComments', "WS_Error 'Invalid Call ID.'");
  await widget.getByLabel('Personal (only me)').check();
  await fillAndSubmit(widget);
  await expect(widget.getByRole('alert')).toContainText('Invalid Call ID.');
  await expect(entries(/Widget → Host/i, 'SetPersonalCallbackWithComments')).toHaveCount(1);
});

test('modes: an empty list and no answer both let the agent type the mode ID', async ({ page }) => {
  const { widget, entries } = await openDev(page, '?timeoutMs=1000');
  // The first load's exchange is over before the reload: an answer still on its way to the
  // old document would reach the new one (the same frame, the same origin, the same call).
  await expect(entries(/Host → Widget/i, 'GetPersonalCallbackListResult')).toHaveCount(1);
  await chooseAnswer(page, 'GetCallBackModes', 'Empty list');
  await page.getByRole('button', { name: 'Reload widget' }).click();
  await expect(widget.getByRole('spinbutton', { name: 'Callback mode' })).toBeVisible();
  await expect(widget.getByText(/^The agent desktop offered no numbers for this call\. Retry, or type the mode ID\./)).toBeVisible();

  await chooseAnswer(page, 'GetCallBackModes', 'No answer');
  await page.getByRole('button', { name: 'Reload widget' }).click();
  await expect(widget.getByRole('combobox', { name: 'Callback mode' })).toBeDisabled();
  // The modes wait at least 3 s; a loaded machine adds to it.
  await expect(widget.getByRole('spinbutton', { name: 'Callback mode' })).toBeVisible({ timeout: 10_000 });
});

test('with a subscriber ID, both sides speak in packets', async ({ page }) => {
  const { widget, entries } = await openDev(page, '?subscriberId=sub-42');
  await expect(entries(/Widget → Host/i, 'GetCallBackModes', 'packet', '"SubscriberID": "sub-42"', `"ResponseUrl": "${WIDGET}"`)).toHaveCount(1);
  await fillAndSubmit(widget);
  await expect(scheduled(widget)).toBeVisible();
  await expect(entries(/Host → Widget/i, 'SetCallbackWithCommentsResult', 'packet')).toHaveCount(1);
});

test('Deliver new call: a pristine form follows it; a form with edits shows the banner', async ({ page }) => {
  const { widget, entries } = await openDev(page);
  await typeText(page.getByLabel('Call ID', { exact: true }), '67890');
  await typeText(page.getByLabel('Account number'), '137|1|3|0|0|84|');
  await page.getByRole('button', { name: 'Deliver new call' }).click();
  await expect(widget.getByLabel('Call ID')).toHaveValue('67890');
  await expect(widget.getByLabel('Account number')).toHaveValue('137|1|3|0|0|84|');
  const event = entries(/Host → Widget/i, 'OutboundCallStateChange');
  await expect(event).toContainText('"channel": "Genesys"');
  await expect(event).toContainText('"CallId": "67890"');

  await typeText(widget.getByLabel('Comments'), 'Half-typed note');
  await typeText(page.getByLabel('Call ID', { exact: true }), '55555');
  await page.getByRole('button', { name: 'Deliver new call' }).click();
  await expect(widget.getByRole('status').filter({ hasText: 'A new call is active (55555)' })).toBeVisible();
  await expect(widget.getByLabel('Call ID')).toHaveValue('67890');
  await widget.getByRole('button', { name: 'Switch' }).click();
  await expect(widget.getByLabel('Call ID')).toHaveValue('55555');
});

test('Reload widget keeps the draft of a cross-site frame (no storage in Chromium, partitioned storage in Firefox)', async ({ page }) => {
  const { widget } = await openDev(page);
  await typeText(widget.getByLabel('Comments'), COMMENT);
  await page.waitForTimeout(400);
  await page.getByRole('button', { name: 'Reload widget' }).click();
  await expect(widget.getByLabel('Comments')).toHaveValue(COMMENT);
});

test('Clear log empties the log', async ({ page }) => {
  const { log, entries } = await openDev(page);
  // The start-up exchange ends with the list answer, which follows the modes: clear after it,
  // or it lands in the freshly cleared log.
  await expect(entries(/Host → Widget/i, 'CallbackModes')).toHaveCount(1);
  await expect(entries(/Host → Widget/i, 'GetPersonalCallbackListResult')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear log' }).click();
  await expect(log.getByRole('listitem')).toHaveCount(0);
  await expect(log).toContainText('No messages yet');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`/dev and the widget inside it have no axe violations (${scheme})`, async ({ page }) => {
    // axe walks two documents across two origins: slow on a small machine, not broken.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const { widget, entries } = await openDev(page);
    await expect(entries(/Host → Widget/i, 'CallbackModes')).toHaveCount(1);
    await fillAndSubmit(widget);
    await expect(scheduled(widget)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('`/` never downloads the /dev or /demo code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(`${WIDGET}/`);
  await expect(page.getByRole('heading', { name: 'Set callback' })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((url) => /mount-dev-host|mount-demo|agent-desktop|dev-host|demo/.test(url))).toEqual([]);
});

test.describe("the customer's time, set live from the desktop", () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('zones and calling hours reach the widget, and the log shows the window sent on the schedule clock', async ({ page }) => {
    test.slow(); // the widget reloads with each setting
    await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
    const { widget, entries } = await openDev(page);
    const panel = page.getByRole('region', { name: "Customer's time" });
    await typeText(panel.getByLabel('Customer time zone'), 'Asia/Tokyo');
    await typeText(panel.getByLabel('Schedule time zone'), 'UTC');
    await typeText(panel.getByLabel('Calling hours'), '09:00-17:00');
    const frame = page.locator('iframe[title="Set callback widget"]');
    await expect.poll(async () => new URL((await frame.getAttribute('src')) ?? '').searchParams.get('callingHours')).toBe('09:00-17:00');
    expect(Object.fromEntries(new URL((await frame.getAttribute('src')) ?? '').searchParams)).toMatchObject({
      customerTimeZone: 'Asia/Tokyo',
      scheduleTimeZone: 'UTC',
    });
    await expect(widget.getByRole('combobox', { name: 'Customer time zone' })).toHaveValue('Asia/Tokyo', { timeout: 20_000 });
    // 18:00 in Tokyo is past 17:00: the fresh window is tomorrow at 09:00 there, 00:00 UTC.
    await expect(widget.getByLabel('Start date')).toHaveValue('2026-12-03');
    await expect(widget.getByLabel('Start time')).toHaveValue('09:00');
    await fillAndSubmit(widget);
    const request = entries(/Widget → Host/i, 'SetCallbackWithComments');
    await expect(request).toHaveCount(1);
    await expect(request).toContainText('"StartDate": "03/12/2026"');
    await expect(request).toContainText('"StartTime": "00:00"');
    await expect(scheduled(widget)).toContainText("Thu 3 Dec, 09:00 to 10:00 customer's time (Asia/Tokyo); your time: Thu 3 Dec, 01:00 to 02:00 (Europe/Berlin)");
  });
});
