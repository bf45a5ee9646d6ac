import { expect, test } from './support/test';
import { WIDGET_ORIGIN, fillValidForm, openWidget, result } from './support/widget-host';

/**
 * Scheduling a callback in the embedded widget, across two real origins: what it sends, how
 * it takes the desktop's answers (success, failure, WS_Error, silence, junk), that one
 * submit is one message, and the whole flow by keyboard alone.
 */

test('the embedded widget is pre-filled from the URL and schedules a callback end to end', async ({ page }) => {
  const host = await openWidget(page, { params: { leadScore: '55', targetAmount: '99.5' } });
  const { widget } = host;
  await expect(widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('12345');
  await expect(widget.getByRole('textbox', { name: 'Account number' })).toHaveValue('5|3|1|0|0|44|1');
  await expect(widget.getByRole('textbox', { name: 'Agent ID' })).toHaveValue('testagent');
  await expect(widget.getByRole('spinbutton', { name: 'Lead score' })).toHaveValue('55');
  await expect(widget.getByRole('spinbutton', { name: 'Target amount' })).toHaveValue('99.5');
  await fillValidForm(widget, 'Call back about the renewal');
  await widget.getByLabel('Start date').fill('2030-01-01');
  await expect(widget.getByLabel('Start date')).toHaveValue('2030-01-01');
  // 2030 is more than 30 days ahead: the rule speaks before anything is sent.
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect(widget.getByText('Start must be within 30 days from now: choose an earlier date.')).toBeVisible();
  await expect(widget.getByLabel('Start date')).toBeFocused();
  const { startDate, endDate, startTime, endTime, day } = await host.frame().evaluate(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const start = new Date(Date.now() + 2 * 24 * 3600 * 1000);
    const iso = `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`;
    const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' }).format(start);
    return { startDate: iso, endDate: iso, startTime: '13:45', endTime: '14:45', day };
  });
  await widget.getByLabel('Start date').fill(startDate);
  await widget.getByLabel('Start time').fill(startTime);
  await widget.getByLabel('End date').fill(endDate);
  await widget.getByLabel('End time').fill(endTime);
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
  const [sent] = await host.scheduleRequests();
  const [y, m, d] = startDate.split('-');
  expect(sent).toEqual({
    channel: 'LCM',
    topic: 'Webservice',
    subtopic: 'SetCallbackWithComments',
    source: 'set-callback-widget',
    data: {
      callid: '12345',
      AccountNumber: '5|3|1|0|0|44|1',
      StartDate: `${d}/${m}/${y}`,
      EndDate: `${d}/${m}/${y}`,
      StartTime: '13:45',
      EndTime: '14:45',
      CallbackModeId: 3,
      UserID: 'testagent',
      AgentComments: 'Call back about the renewal',
      LeadScore: 55,
      TargetAmount: 99.5,
    },
  });
  await expect(widget.getByRole('status').filter({ hasText: 'Callback scheduled' })).toHaveCount(0);
  await host.reply(result('12345', true));
  const status = widget.getByRole('status').filter({ hasText: 'Callback scheduled' });
  // The weekday and the month as a word: a date no reader can take day for month (SPEC §11).
  await expect(status).toContainText(`${day}, 13:45 to 14:45`);
  await expect(status).toContainText('Mobile · 6591462346');
  await expect(widget.getByRole('textbox', { name: 'Comments' })).toBeDisabled();
  await expect(widget.getByRole('button', { name: 'Schedule another' })).toBeFocused();
});

test('a personal callback with a subscriber id travels as a packet, and the packet answer settles it', async ({ page }) => {
  const host = await openWidget(page, { params: { subscriberId: 'SUB-1', source: 'crm-desk' } });
  await fillValidForm(host.widget);
  await host.widget.getByRole('radio', { name: 'Personal (only me)' }).check();
  await host.widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
  const [packet] = await host.scheduleRequests();
  expect(packet).toMatchObject({
    channel: 'LCM',
    topic: '',
    subTopic: '',
    ResponseUrl: WIDGET_ORIGIN,
    SubscriberID: 'SUB-1',
    message: { channel: 'LCM', topic: 'Webservice', subtopic: 'SetPersonalCallbackWithComments', source: 'crm-desk' },
  });
  await host.reply({
    channel: 'LCM',
    topic: '',
    subTopic: '',
    message: JSON.stringify({ channel: 'LCM', topic: 'WebService', subTopic: 'SetPersonalCallbackWithCommentsResult', message: { callid: '12345', response: { success: 'TRUE' } } }),
  });
  await expect(host.widget.getByText('Callback scheduled')).toBeVisible();
});

test('success: false shows the host text and keeps the agent input', async ({ page }) => {
  const host = await openWidget(page);
  await fillValidForm(host.widget, 'do not lose me');
  await host.widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
  await host.reply(result('12345', false, { msg: 'No agents in campaign.' }));
  await expect(host.widget.getByRole('alert')).toContainText('No agents in campaign.');
  await expect(host.widget.getByRole('textbox', { name: 'Comments' })).toHaveValue('do not lose me');
  await expect(host.widget.getByText('Callback scheduled')).toHaveCount(0);
});

test('a WS_Error "Invalid Call ID." is shown as an error toast with its technical details', async ({ page }) => {
  const host = await openWidget(page);
  await fillValidForm(host.widget);
  await host.widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
  await host.reply({ channel: 'LCM', topic: 'Error', data: { errorType: 'WS_Error', errorMessage: 'Invalid Call ID:12345', msg: 'Invalid Call ID.' } });
  const alert = host.widget.getByRole('alert');
  await expect(alert).toContainText('Invalid Call ID.');
  await alert.getByText('Technical details').click();
  await expect(alert).toContainText('WS_Error: Invalid Call ID:12345');
});

test('silence becomes "may not have been scheduled" with Retry; a late answer still settles it', async ({ page }) => {
  const host = await openWidget(page, { params: { timeoutMs: '1000' } });
  await fillValidForm(host.widget, 'kept through the timeout');
  await host.widget.getByRole('button', { name: 'Schedule callback' }).click();
  const alert = host.widget.getByRole('alert');
  await expect(alert).toContainText('The agent desktop did not answer. The callback may not have been scheduled.');
  await expect(host.widget.getByRole('textbox', { name: 'Comments' })).toHaveValue('kept through the timeout');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(async () => (await host.scheduleRequests()).length).toBe(2);
  await expect(alert).toBeVisible({ timeout: 5000 });
  await host.reply(result('12345', true));
  await expect(host.widget.getByText('Callback scheduled')).toBeVisible();
  await expect(host.widget.getByText(/confirmed it late/)).toBeVisible();
  await expect(host.widget.getByRole('alert')).toHaveCount(0);
});

test('double click, Enter and click together send exactly one message', async ({ page }) => {
  const host = await openWidget(page);
  await fillValidForm(host.widget);
  const button = host.widget.getByRole('button', { name: 'Schedule callback' });
  await button.dblclick();
  await host.widget.getByRole('spinbutton', { name: 'Lead score' }).press('Enter');
  // aria-disabled keeps the button focusable; force the click an impatient agent would make anyway.
  await button.click({ force: true });
  await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
  await page.waitForTimeout(300);
  expect(await host.scheduleRequests()).toHaveLength(1);
});

test('malformed and foreign messages never crash the widget and never read as success', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const host = await openWidget(page, { params: { timeoutMs: '1500' } });
  await fillValidForm(host.widget);
  await host.widget.getByRole('button', { name: 'Schedule callback' }).click();
  for (const junk of [
    'not json',
    '{"subtopic": "SetCallbackWithCommentsResult"',
    null,
    42,
    [1, 2],
    { subtopic: 'SetCallbackWithCommentsResult', message: { response: { success: true } } },
    { subtopic: 'SetCallbackWithCommentsResult', message: { callid: '999', response: { success: true } } },
    { subtopic: 'constructor', message: { callid: '12345', response: { success: true } } },
  ]) {
    await host.reply(junk);
  }
  // None of it settled the request: it runs into the timeout like plain silence.
  await expect(host.widget.getByRole('alert')).toContainText('The callback may not have been scheduled.');
  await expect(host.widget.getByText('Callback scheduled')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the whole flow works by keyboard alone', async ({ page }) => {
  const host = await openWidget(page, { result: 'success' });
  const { widget } = host;
  await expect(widget.getByRole('option', { name: 'Mobile · 6591462346' })).toBeAttached();
  await widget.getByRole('textbox', { name: 'Agent ID' }).focus();
  // Tab walks the customer's zone, the quick picks and the window fields (date and time
  // inputs have a stop per segment) to the mode.
  const mode = widget.getByRole('combobox', { name: 'Callback mode' });
  const visited = new Set<string>();
  for (let presses = 0; presses < 40 && !(await mode.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
    visited.add(await host.frame().evaluate(() => document.activeElement?.id ?? ''));
  }
  await expect(mode).toBeFocused();
  expect([...visited]).toEqual([
    'customer-zone',
    'quick-in-1-hour',
    'quick-in-2-hours',
    'quick-tomorrow-0900',
    'quick-tomorrow-1400',
    'start-date',
    'start-time',
    'end-date',
    'end-time',
    'callback-mode',
  ]);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('radio', { name: 'Regular (any agent)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(widget.getByRole('radio', { name: 'Personal (only me)' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('spinbutton', { name: 'Lead score' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('textbox', { name: 'Comments' })).toBeFocused();
  await page.keyboard.type('Typed without a mouse');
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Schedule callback' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.getByText('Callback scheduled')).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Schedule another' })).toBeFocused();
  const [sent] = await host.scheduleRequests();
  expect(sent).toMatchObject({ subtopic: 'SetPersonalCallbackWithComments', data: { AgentComments: 'Typed without a mouse' } });
  expect(await mode.inputValue()).not.toBe('');
});
