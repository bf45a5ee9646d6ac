import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { CALL, CROSS_SITE_HOST, SAME_SITE_HOST, WIDGET_ORIGIN, openWidget } from './support/widget-host';

/**
 * The static shell (SPEC §9, src/app/widget-shell.ts): the form is in the HTML and filled
 * from the URL before the app's code has run. These tests hold the app's code back (or
 * fail it) at the network, so the shell's window is as long as a slow desktop makes it.
 */

/** The chunk with React and the app: everything but the small entry that shows the shell. */
const APP_CODE = `${WIDGET_ORIGIN}/assets/widget-*.js`;

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

test('the pre-filled form is usable before the app runs, and typing, focus and caret carry over', async ({ page }) => {
  const problems = watchProblems(page);
  const held = await holdAppCode(page);
  const { widget, received, scheduleRequests, reply } = await openWidget(page, { modes: 'none' });
  await held.requested;

  // Shown by the shell alone: nothing of React has arrived, nothing was sent to the host.
  await expect(widget.getByLabel('Call ID')).toHaveValue(CALL.callid);
  await expect(widget.getByLabel('Account number')).toHaveValue(CALL.accountNumber);
  await expect(widget.getByLabel('Agent ID')).toHaveValue(CALL.userId);
  await expect(widget.getByText(`Call ${CALL.callid}`)).toBeVisible();
  await expect(widget.getByRole('radio', { name: 'Regular (any agent)' })).toBeChecked();
  await expect(widget.getByLabel('Start date')).not.toHaveValue('');
  const comments = widget.getByRole('textbox', { name: 'Comments' });
  await expect(comments).toBeEditable();
  await comments.pressSequentially('Call back after lunch');
  await expect(widget.getByText('21 / 1000 characters')).toBeVisible();
  for (let i = 0; i < 'lunch'.length; i += 1) await comments.press('ArrowLeft');
  expect(await received()).toEqual([]);

  held.release();
  await expect(widget.locator('#widget-shell')).toHaveCount(0);
  // React's form now: same text, still focused, caret where the agent left it.
  await expect(comments).toHaveValue('Call back after lunch');
  await expect(comments).toBeFocused();
  await page.keyboard.type('a late ');
  await expect(comments).toHaveValue('Call back after a late lunch');
  await expect(widget.getByText('28 / 1000 characters')).toBeVisible();

  // And it is the real form: it asks for modes and schedules.
  await expect.poll(async () => (await received()).length).toBeGreaterThan(0);
  await reply({ channel: 'LCM', topic: 'Webservice', subtopic: 'CallbackModes', message: { callid: CALL.callid, response: [{ ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' }] } });
  await expect(widget.getByRole('combobox', { name: 'Callback mode' })).toHaveValue('3');
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect.poll(async () => (await scheduleRequests()).length).toBe(1);
  const [sent] = (await scheduleRequests()) as { data?: { AgentComments?: string; callid?: string } }[];
  expect(sent?.data).toMatchObject({ callid: CALL.callid, AgentComments: 'Call back after a late lunch' });
  expect(problems).toEqual([]);
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

test('the shell has no accessibility violations', async ({ page }) => {
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
  test(`when the app's code fails to load the shell says so, and a reload keeps the typing (${host.name})`, async ({ page }) => {
    await page.route(APP_CODE, (route) => route.abort());
    const { widget } = await openWidget(page, { host: host.url });
    await expect(widget.getByRole('alert')).toContainText('did not finish loading');
    // Typed after the failure was reported: still kept, as a draft.
    await widget.getByRole('textbox', { name: 'Comments' }).fill('Callback about the overdue invoice');

    await page.unroute(APP_CODE);
    await page.evaluate(() => (window as unknown as { reloadWidget(): void }).reloadWidget());
    await expect(widget.getByRole('textbox', { name: 'Comments' })).toHaveValue('Callback about the overdue invoice');
    await expect(widget.locator('#widget-shell')).toHaveCount(0);
    await expect(widget.getByRole('alert')).toHaveCount(0);
  });
}

test('no shell for a call without an account number: the app renders the typed-mode form itself', async ({ page }) => {
  const held = await holdAppCode(page);
  const { widget } = await openWidget(page, { params: { accountNumber: '' } });
  await held.requested;
  await expect(widget.getByRole('textbox', { name: 'Comments' })).toHaveCount(0);
  held.release();
  await expect(widget.getByRole('spinbutton', { name: 'Callback mode' })).toBeVisible();
  await expect(widget.getByText('No account number: type the mode ID.')).toBeVisible();
});
