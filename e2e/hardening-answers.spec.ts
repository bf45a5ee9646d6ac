import type { FrameLocator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { CROSS_SITE_HOST, SAME_SITE_HOST } from './support/ports';
import { CALLID, COMMENT, fillAndSubmit, openWidget, reply, result, scheduled, sentCount, timeoutToast, waitForLog } from './support/hardening-host';
import { reloadWidget, typeText } from './support/widget-host';

/**
 * Broken hosts, across real origins (issue #5): answers that come early, twice, for another
 * call, late or never; the iframe reloaded while a request is unanswered; one message per
 * request under React StrictMode; and what the console shows of the messages in and out.
 */

const PHONE = '6591462346';
const MODES = [
  { ModeID: '3', Description: 'Mobile', Cvalue: PHONE },
  { ModeID: '4', Description: 'Home', Cvalue: '6560001234' },
];

test.describe('answers at the wrong time', () => {
  test('an answer that arrives before any request settles nothing', async ({ page }) => {
    const { widget, logs } = await openWidget(page, { params: { debug: '1' } });
    await expect(widget.getByLabel('Comments')).toBeVisible();
    await reply(page, result(CALLID, { success: true }));
    await waitForLog(logs, /in {2}← \S+ result/);
    await expect(scheduled(widget)).toHaveCount(0);

    await fillAndSubmit(widget);
    await expect(timeoutToast(widget)).toBeVisible();
    await expect(scheduled(widget)).toHaveCount(0);
  });

  test('a success that arrives twice schedules once, and says nothing about a late answer', async ({ page }) => {
    const { widget, logs, errors } = await openWidget(page, { params: { debug: '1' } });
    await fillAndSubmit(widget);
    await expect.poll(() => sentCount(page, 'SetCallbackWithComments')).toBe(1);
    await reply(page, result(CALLID, { success: true }));
    await reply(page, result(CALLID, { success: true }));
    await waitForLog(logs, /in {2}← \S+ result/, 2);
    await expect(scheduled(widget)).toBeVisible();
    await expect(scheduled(widget)).not.toContainText('late');
    await expect(widget.getByRole('alert')).toHaveCount(0);
    expect(await sentCount(page, 'SetCallbackWithComments')).toBe(1);
    expect(errors).toEqual([]);
  });

  test('a failure after the success does not undo it', async ({ page }) => {
    const { widget, logs } = await openWidget(page, { params: { debug: '1' } });
    await fillAndSubmit(widget);
    await expect.poll(() => sentCount(page, 'SetCallbackWithComments')).toBe(1);
    await reply(page, result(CALLID, { success: true }));
    await expect(scheduled(widget)).toBeVisible();
    await reply(page, result(CALLID, { success: false, msg: 'Invalid Call ID.' }));
    await reply(page, { channel: 'LCM', topic: 'Webservice', subtopic: 'WS_Error', message: { callid: CALLID, msg: 'Invalid Call ID.' } });
    await waitForLog(logs, /in {2}← \S+ (result|error)/, 3);
    await expect(scheduled(widget)).toBeVisible();
    await expect(widget.getByRole('alert')).toHaveCount(0);
  });

  test('answers for another call leave this one pending', async ({ page }) => {
    const { widget, logs } = await openWidget(page, { params: { debug: '1' } });
    await fillAndSubmit(widget);
    await expect.poll(() => sentCount(page, 'SetCallbackWithComments')).toBe(1);
    await reply(page, result('99999', { success: true }));
    await reply(page, result('123456', { success: true }));
    await reply(page, { channel: 'LCM', topic: 'Webservice', subtopic: 'WS_Error', message: { callid: '99999', msg: 'Invalid Call ID.' } });
    await waitForLog(logs, /in {2}← \S+ (result|error)/, 3);
    // Still unsettled: only the timeout ends it (a settled request shows no timeout toast).
    await expect(timeoutToast(widget)).toBeVisible();
    await expect(scheduled(widget)).toHaveCount(0);
    await expect(widget.getByRole('alert').filter({ hasText: 'Invalid Call ID.' })).toHaveCount(0);
  });

  test('an answer after the timeout still settles the call, and says it came late', async ({ page }) => {
    const { widget } = await openWidget(page);
    await fillAndSubmit(widget);
    await expect(timeoutToast(widget)).toBeVisible();
    await reply(page, result(CALLID, { success: true }));
    await expect(scheduled(widget)).toContainText('The agent desktop confirmed it late.');
    await expect(timeoutToast(widget)).toHaveCount(0);
    expect(await sentCount(page, 'SetCallbackWithComments')).toBe(1);
  });
});

test('a host that never listens: modes fall back to typing, the request times out, input is kept, Retry asks again', async ({ page }) => {
  const { widget, errors } = await openWidget(page, {
    hostPage: 'hostile-deaf.html',
    params: { accountNumber: '5|3|1|0|0|44|1' },
  });
  await expect(widget.getByText(/^The agent desktop offered no numbers for this call\. Retry, or type the mode ID\./)).toBeVisible();
  await fillAndSubmit(widget);
  await expect(timeoutToast(widget)).toBeVisible();
  await expect(widget.getByLabel('Comments')).toHaveValue(COMMENT);

  await timeoutToast(widget).getByRole('button', { name: 'Retry' }).click();
  await expect(timeoutToast(widget)).toHaveCount(0);
  await expect(timeoutToast(widget)).toBeVisible();
  await expect(widget.getByLabel('Comments')).toHaveValue(COMMENT);
  expect(errors).toEqual([]);
});

test.describe('the iframe reloaded mid-request', () => {
  const hosts = [
    { name: 'cross-site, storage denied (window.name)', host: CROSS_SITE_HOST },
    { name: 'same-site (sessionStorage)', host: SAME_SITE_HOST },
  ];
  for (const { name, host } of hosts) {
    test(`${name}: the draft is restored and nothing is re-sent on its own`, async ({ page }) => {
      const { widget, errors } = await openWidget(page, { host });
      await fillAndSubmit(widget);
      await expect.poll(() => sentCount(page, 'SetCallbackWithComments')).toBe(1);

      await reloadWidget(page);
      await expect(widget.getByLabel('Comments')).toHaveValue(COMMENT);
      await expect(widget.getByRole('spinbutton', { name: 'Callback mode' })).toHaveValue('3');
      // The reloaded widget says a request is unanswered (it never pretends a blank slate)…
      await expect(widget.getByRole('alert')).toContainText('A callback request was sent before the widget reloaded');
      // …and, longer than timeoutMs later, has neither re-sent it nor timed out a request it never made.
      await page.waitForTimeout(1_300);
      expect(await sentCount(page, 'SetCallbackWithComments')).toBe(1);
      await expect(widget.getByRole('alert')).toHaveCount(1);
      await expect(scheduled(widget)).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
});

test('React StrictMode: one modes request, one message per double click and per Enter + click', async ({ page }) => {
  // The default timeout: here the host answers, only later than a loaded machine may take.
  const { widget, errors } = await openWidget(page, { params: { accountNumber: '5|3|1|0|0|44|1', timeoutMs: null } });
  await expect.poll(() => sentCount(page, 'GetCallBackModes')).toBe(1);
  await reply(page, { channel: 'LCM', topic: 'Webservice', subtopic: 'CallbackModes', message: { callid: CALLID, response: MODES } });
  await widget.getByLabel('Callback mode').selectOption({ label: `Mobile · ${PHONE}` });
  await typeText(widget.getByLabel('Comments'), COMMENT);

  const submit = widget.getByRole('button', { name: 'Schedule callback' });
  await submit.dblclick();
  await expect.poll(() => sentCount(page, 'SetCallbackWithComments')).toBe(1);
  await page.waitForTimeout(200);
  expect(await sentCount(page, 'SetCallbackWithComments')).toBe(1);
  await reply(page, result(CALLID, { success: true }));
  await expect(scheduled(widget)).toBeVisible();

  await widget.getByRole('button', { name: 'Schedule another' }).click();
  await widget.getByLabel('Callback mode').selectOption({ label: `Mobile · ${PHONE}` });
  await typeText(widget.getByLabel('Comments'), COMMENT);
  await widget.getByLabel('Lead score').press('Enter');
  // force: the button is aria-disabled while the first submit is in flight, which is the point.
  await submit.click({ force: true });
  // The same window again: the callback just scheduled is on that day, so it asks first (SPEC §12), once.
  const clash = widget.getByRole('dialog', { name: 'This customer already has a callback' });
  await clash.getByRole('button', { name: 'Schedule anyway' }).click();
  await expect.poll(() => sentCount(page, 'SetCallbackWithComments')).toBe(2);
  await page.waitForTimeout(200);
  expect(await sentCount(page, 'SetCallbackWithComments')).toBe(2);
  expect(await sentCount(page, 'GetCallBackModes')).toBe(1);
  expect(errors).toEqual([]);
});

test.describe('console output', () => {
  async function scheduleWithModes(page: Page, widget: FrameLocator): Promise<void> {
    await expect.poll(() => sentCount(page, 'GetCallBackModes')).toBe(1);
    await reply(page, { channel: 'LCM', topic: 'Webservice', subtopic: 'CallbackModes', message: { callid: CALLID, response: MODES } });
    await widget.getByLabel('Callback mode').selectOption({ label: `Mobile · ${PHONE}` });
    await typeText(widget.getByLabel('Comments'), COMMENT);
    await widget.getByRole('button', { name: 'Schedule callback' }).click();
    await expect.poll(() => sentCount(page, 'SetCallbackWithComments')).toBe(1);
    await reply(page, result(CALLID, { success: false, msg: `Cannot dial ${PHONE}` }));
    await expect(widget.getByRole('alert').filter({ hasText: `Cannot dial ${PHONE}` })).toBeVisible();
    await widget.getByRole('button', { name: 'Schedule callback' }).click();
    await expect.poll(() => sentCount(page, 'SetCallbackWithComments')).toBe(2);
    await reply(page, result(CALLID, { success: true }));
    await expect(scheduled(widget)).toBeVisible();
  }

  test('without ?debug=1 no comment or phone number reaches the console', async ({ page }) => {
    const { widget, logs } = await openWidget(page, { params: { accountNumber: '5|3|1|0|0|44|1', timeoutMs: null } });
    await scheduleWithModes(page, widget);
    const leaks = logs.filter((line) => line.includes(PHONE) || line.includes(COMMENT) || line.includes('[set-callback]'));
    expect(leaks).toEqual([]);
  });

  test('with ?debug=1 each message in and out gets one compact line', async ({ page }) => {
    const { widget, logs } = await openWidget(page, { params: { accountNumber: '5|3|1|0|0|44|1', debug: '1', timeoutMs: null } });
    await scheduleWithModes(page, widget);
    const lines = logs.filter((line) => line.startsWith('[set-callback]'));
    const summary = lines.map((line) => /^\[set-callback\] (out →|in {2}←) \S+ (\S+)/.exec(line)?.slice(1, 3).join(' '));
    expect(summary).toEqual([
      'out → GetCallBackModes',
      'in  ← modes',
      // SPEC §12, once the modes are in; this host never answers it.
      'out → GetPersonalCallbackList',
      'out → SetCallbackWithComments',
      'in  ← result',
      'out → SetCallbackWithComments',
      'in  ← result',
    ]);
    for (const line of lines) {
      expect(line).not.toContain('\n');
      expect(line.length).toBeLessThan(2_200);
    }
  });
});
