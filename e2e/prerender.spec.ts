import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page, Route } from '@playwright/test';
import { expect, test } from './support/test';
import { CALL, CROSS_SITE_HOST, SAME_SITE_HOST, WIDGET_ORIGIN, openWidget, pickValue, reloadWidget } from './support/widget-host';

/**
 * Start-up (SPEC §9, src/app/prefill.ts): `/`'s React tree is prerendered into the HTML,
 * filled from the URL by the small first script before React has loaded, then hydrated in
 * place. These tests hold React's entry chunk back (or fail it) at the network, so that
 * window is as long as a slow desktop makes it.
 */

/** The chunk main.ts imports to start React on `/`; the form is usable before it arrives. */
const APP_CODE = `${WIDGET_ORIGIN}/assets/widget-app-*.js`;

/** Tags an element with a property only that very element carries: hydration keeps it, a re-render would not. */
const tag = (element: HTMLElement | SVGElement) => Object.assign(element, { prerendered: true });
const isTagged = (element: HTMLElement | SVGElement) => 'prerendered' in element;

/** Holds the app's code until `release()`; resolves `requested` once the browser asked for it. */
async function holdAppCode(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let requested!: () => void;
  const asked = new Promise<void>((resolve) => {
    requested = resolve;
  });
  await page.route(APP_CODE, async (route: Route) => {
    requested();
    await released;
    await route.continue();
  });
  return { release, requested: asked };
}

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

const MODES_ANSWER = { channel: 'LCM', topic: 'Webservice', subtopic: 'CallbackModes', message: { callid: CALL.callid, response: [{ ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' }] } };

test('the pre-filled form is usable before React runs, and React hydrates it in place: typing, focus and caret stay', async ({ page }) => {
  const problems = watchProblems(page);
  const held = await holdAppCode(page);
  const { widget, received, scheduleRequests, reply } = await openWidget(page, { modes: 'none' });
  await held.requested;

  // Shown before React has arrived, and the desktop already asked for the numbers to call: nothing else was sent.
  await expect(widget.getByLabel('Call ID')).toHaveValue(CALL.callid);
  await expect(widget.getByLabel('Account number')).toHaveValue(CALL.accountNumber);
  await expect(widget.getByLabel('Agent ID')).toHaveValue(CALL.userId);
  await expect(widget.getByText(`Call ${CALL.callid}`)).toBeVisible();
  await expect(widget.getByRole('radio', { name: 'Regular (any agent)' })).toBeChecked();
  await expect(widget.getByLabel('Start date')).not.toHaveValue('');
  await expect.poll(async () => (await received()).map((message) => message.subtopic)).toEqual(['GetCallBackModes']);
  expect((await received())[0]).toMatchObject({ data: { callid: CALL.callid, AccountNumber: CALL.accountNumber } });
  // The desktop answers while React's code is still on its way: the answer waits for the form.
  await reply(MODES_ANSWER);
  const comments = widget.getByRole('textbox', { name: 'Comments' });
  await expect(comments).toBeEditable();
  await comments.pressSequentially('Call back after lunch');
  await expect(widget.getByText('21 / 1000 characters')).toBeVisible();
  for (let i = 0; i < 'lunch'.length; i += 1) await comments.press('ArrowLeft');
  await comments.evaluate(tag);

  held.release();
  // React is live once the one mode is chosen; the textarea is still the element the agent typed in.
  await expect(widget.getByRole('combobox', { name: 'Callback mode' })).toHaveValue('3');
  expect(await comments.evaluate(isTagged)).toBe(true);
  await expect(comments).toHaveValue('Call back after lunch');
  await expect(comments).toBeFocused();
  await page.keyboard.type('a late ');
  await expect(comments).toHaveValue('Call back after a late lunch');
  await expect(widget.getByText('28 / 1000 characters')).toBeVisible();

  // And it is the real form: the modes were asked once, and it schedules.
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect.poll(async () => (await scheduleRequests()).length).toBe(1);
  const [sent] = (await scheduleRequests()) as { data?: { AgentComments?: string; callid?: string } }[];
  expect(sent?.data).toMatchObject({ callid: CALL.callid, AgentComments: 'Call back after a late lunch' });
  expect((await received()).filter((message) => message.subtopic === 'GetCallBackModes')).toHaveLength(1);
  expect(problems).toEqual([]);
});

test("the customer's callbacks are asked while React's code loads, once the modes are in, and the form asks no more", async ({ page }) => {
  const held = await holdAppCode(page);
  const { widget, frame, received, listRequests, reply } = await openWidget(page, { modes: 'none' });
  await held.requested;
  const subtopics = async () => (await received()).map((message) => message.subtopic);
  await expect.poll(subtopics).toEqual(['GetCallBackModes']);
  await reply(MODES_ANSWER);
  // SPEC §12: the agent ID (from the URL) and the modes are known, so the list is asked, React or not.
  await expect.poll(subtopics).toEqual(['GetCallBackModes', 'GetPersonalCallbackList']);
  expect((await listRequests())[0]).toMatchObject({ data: { UserID: CALL.userId, StartingNo: 1, NoOfRecords: 100 } });
  const tomorrow = await frame().evaluate(() => {
    const day = new Date(Date.now() + 24 * 3600 * 1000);
    return [day.getDate(), day.getMonth() + 1].map((n) => String(n).padStart(2, '0')).join('/') + `/${day.getFullYear()}`;
  });
  const callback = { CValue: '6591462346', ModeDesc: 'Mobile', CallStartDate: tomorrow, CallStartTime: '10:00', CallEndDate: tomorrow, CallEndTime: '11:00' };
  await reply({ channel: 'LCM', topic: 'Webservice', subtopic: 'GetPersonalCallbackListResult', message: { response: [callback] } });

  held.release();
  // The answer the page's first script received is the one the form shows.
  await expect(widget.getByRole('list', { name: 'Already scheduled for this customer' }).getByRole('listitem')).toHaveCount(1);
  expect(await subtopics()).toEqual(['GetCallBackModes', 'GetPersonalCallbackList']);
});

/** Where every control and the Schedule button are in the frame, as the agent sees them. */
const controlBoxes = (frame: Frame) =>
  frame.evaluate(() =>
    Array.from(document.querySelectorAll('form input, form select, form textarea, form button'), (element) => {
      const box = element.getBoundingClientRect();
      return `${element.id || element.getAttribute('name') || element.textContent}: ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
    }),
  );

for (const { name, width, params } of [
  { name: 'no customer zone from the desktop, 360 px', width: 360, params: {} },
  { name: 'the customer zone in the URL, wide', width: 1100, params: { customerTimeZone: 'America/Chicago' } },
]) {
  test(`nothing under the agent's pointer moves when React starts and the numbers arrive (${name})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const held = await holdAppCode(page);
    const { widget, frame, reply } = await openWidget(page, { modes: 'none', params });
    await held.requested;
    await expect(widget.getByLabel('Call ID')).toHaveValue(CALL.callid);
    const before = await controlBoxes(frame());

    held.release();
    await reply(MODES_ANSWER);
    // React is live with the desktop's numbers, and the window's readout, written once the page is idle, is in.
    await expect(widget.getByRole('combobox', { name: 'Callback mode' })).toHaveValue('3');
    await expect(widget.getByText(/^Your time: /)).toBeVisible();
    expect(await controlBoxes(frame())).toEqual(before);
  });
}

test('a desktop silent about the modes while React\'s code loads is asked once: the form opens for a typed mode ID, and Retry asks again', async ({ page }) => {
  const held = await holdAppCode(page);
  // timeoutMs=1000 gives the modes their shortest wait, 3 s.
  const { widget, received } = await openWidget(page, { modes: 'none', params: { timeoutMs: '1000' } });
  await held.requested;
  const modesAsked = async () => (await received()).filter((message) => message.subtopic === 'GetCallBackModes').length;
  await expect.poll(modesAsked).toBe(1);
  // Setup, not a measurement: React's code arrives after the modes request has given up.
  await page.waitForTimeout(3_500);
  held.release();
  await expect(widget.getByRole('spinbutton', { name: 'Callback mode' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Retry loading numbers' })).toBeVisible();
  expect(await modesAsked()).toBe(1);
  await widget.getByRole('button', { name: 'Retry loading numbers' }).click();
  await expect.poll(modesAsked).toBe(2);
});

test('Enter before the app runs never navigates; the submit is made once the app is ready', async ({ page }) => {
  const held = await holdAppCode(page);
  const { widget, frame, scheduleRequests } = await openWidget(page, { modes: 'none' });
  await held.requested;
  const url = frame().url();
  await widget.getByRole('textbox', { name: 'Comments' }).fill('Wants a call on Friday');
  await widget.getByRole('spinbutton', { name: 'Lead score' }).press('Enter');
  await expect(widget.getByLabel('Call ID')).toHaveValue(CALL.callid);

  held.release();
  // The held submit ran through the real rules: no mode yet, so it says so, where it belongs.
  const mode = widget.getByRole('combobox', { name: 'Callback mode' });
  await expect(mode).toHaveAttribute('aria-invalid', 'true');
  await expect(widget.locator('#callback-mode-error')).toBeVisible();
  expect(frame().url()).toBe(url);
  await expect(widget.getByRole('textbox', { name: 'Comments' })).toHaveValue('Wants a call on Friday');
  expect(await scheduleRequests()).toEqual([]);
});

test('before React runs, a start moved carries the end with it, and a quick pick pressed is made once React is live', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
  const held = await holdAppCode(page);
  const { widget } = await openWidget(page, { params: { customerTimeZone: 'America/Chicago' } });
  await held.requested;
  // 03:00 in Chicago: the fresh window opens at 08:00 there.
  await expect(widget.getByLabel('Start time')).toHaveValue('08:00');
  await pickValue(widget.getByLabel('Start time'), '20:30');
  await expect(widget.getByLabel('End time')).toHaveValue('21:30');
  await widget.getByRole('button', { name: 'Tomorrow 14:00' }).click();
  await expect(widget.getByLabel('Start time')).toHaveValue('20:30');

  held.release();
  await expect(widget.getByLabel('Start date')).toHaveValue('2026-12-03');
  await expect(widget.getByLabel('Start time')).toHaveValue('14:00');
  await expect(widget.getByLabel('End time')).toHaveValue('15:00');
});

test('the pre-filled form has no accessibility violations before React runs', async ({ page }) => {
  const held = await holdAppCode(page);
  const { widget } = await openWidget(page);
  await held.requested;
  await expect(widget.getByLabel('Call ID')).toHaveValue(CALL.callid);
  const results = await new AxeBuilder({ page }).include('#widget').analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  held.release();
});

for (const host of [
  { name: 'cross-site, no storage: window.name', url: CROSS_SITE_HOST },
  { name: 'same-site: sessionStorage', url: SAME_SITE_HOST },
]) {
  test(`when React's code fails to load the form says so, and a reload keeps the typing (${host.name})`, async ({ page }) => {
    await page.route(APP_CODE, (route) => route.abort());
    const { widget } = await openWidget(page, { host: host.url });
    await expect(widget.getByRole('alert')).toContainText('did not finish loading');
    // Typed after the failure was reported: still kept, as a draft.
    await widget.getByRole('textbox', { name: 'Comments' }).fill('Callback about the overdue invoice');

    await page.unroute(APP_CODE);
    await reloadWidget(page);
    await expect(widget.getByRole('textbox', { name: 'Comments' })).toHaveValue('Callback about the overdue invoice');
    await expect(widget.getByRole('alert')).toHaveCount(0);
  });
}

test('a call the prerendered form does not fit (no account number) is rendered by React alone', async ({ page }) => {
  const held = await holdAppCode(page);
  const { widget } = await openWidget(page, { params: { accountNumber: '' } });
  await held.requested;
  await expect(widget.getByRole('textbox', { name: 'Comments' })).toHaveCount(0);
  held.release();
  await expect(widget.getByRole('spinbutton', { name: 'Callback mode' })).toBeVisible();
  await expect(widget.getByText(/^The call has no account number, so the agent desktop cannot be asked for its numbers\. Type the mode ID\./)).toBeVisible();
});
