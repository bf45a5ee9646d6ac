import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import type { OpenOptions, WidgetHost } from './support/widget-host';
import { fillValidForm, openWidget, result } from './support/widget-host';

/**
 * What a new user tripped over in the widget (issue #13), each at the width where it went
 * wrong: the widget in a 360×740 (or 320 px) panel of the test host, two real origins.
 */

const WS_ERROR = {
  channel: 'LCM',
  topic: 'WebService',
  subtopic: 'WS_Error',
  data: { callid: '12345', errorType: 'WS_Error', errorMessage: 'Invalid Call ID:12345', msg: 'Invalid Call ID.' },
};

/** The widget as the only thing in a panel this size. */
async function openInPanel(page: Page, width: number, options: OpenOptions = {}): Promise<WidgetHost> {
  await page.setViewportSize({ width, height: 740 });
  const host = await openWidget(page, options);
  await page.locator('#widget').evaluate((frame: HTMLIFrameElement) => {
    frame.style.height = '740px';
  });
  await expect(host.widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('12345', { timeout: 20_000 });
  return host;
}

async function submit(host: WidgetHost) {
  await fillValidForm(host.widget);
  await host.widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
}

/** Two boxes share no pixel. */
function apart(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
}

/** The element a click at the centre of `target` would land on is `target` itself (nothing lies over it). */
async function expectUncovered(target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const hit = await target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const top = element.ownerDocument.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return top === element || element.contains(top);
  });
  expect(hit).toBe(true);
}

test('1. a WS_Error toast says "Callback not scheduled", then the desktop\'s text, then the next step (360 px)', async ({ page }) => {
  const host = await openInPanel(page, 360);
  await submit(host);
  await host.reply(WS_ERROR);
  const toast = host.widget.getByRole('alert', { name: 'Callback not scheduled' });
  await expect(toast.locator('p')).toHaveText([
    'Callback not scheduled',
    'Invalid Call ID.',
    'Everything you typed is kept. Check the call in the agent desktop, then press Schedule callback again.',
  ]);
  await toast.getByText('Technical details').click();
  await expect(toast.getByText('WS_Error: Invalid Call ID:12345 (call 12345)')).toBeVisible();
});

test('1. success: false without a reason still says what happened and what to do (360 px)', async ({ page }) => {
  const host = await openInPanel(page, 360);
  await submit(host);
  await host.reply(result('12345', false));
  const toast = host.widget.getByRole('alert', { name: 'Callback not scheduled' });
  await expect(toast).toContainText('The agent desktop could not schedule the callback.');
  await expect(toast).toContainText('Check the call in the agent desktop, then press Schedule callback again.');
  await toast.getByText('Technical details').click();
  await expect(toast.getByText('success: false (call 12345)')).toBeVisible();
});

for (const width of [320, 360]) {
  test(`2. toasts never cover the form's actions, and Escape closes the newest (${width} px)`, async ({ page }) => {
    const host = await openInPanel(page, width, { params: { timeoutMs: '1000' } });
    await submit(host);
    const toast = host.widget.getByRole('alert');
    await expect(toast).toContainText('The agent desktop did not answer.');
    const schedule = host.widget.getByRole('button', { name: 'Schedule callback' });
    await expect(schedule).toBeEnabled();
    const [toastBox, buttonBox] = [await toast.boundingBox(), await schedule.boundingBox()];
    expect(toastBox && buttonBox && apart(toastBox, buttonBox)).toBe(true);
    await expectUncovered(schedule);
    await expectUncovered(toast.getByRole('button', { name: 'Retry' }));
    await expectUncovered(toast.getByRole('button', { name: 'Dismiss' }));
    // Nothing scrolls sideways at this width.
    expect(await host.widget.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBe(0);
    await host.widget.getByRole('textbox', { name: 'Comments' }).press('Escape');
    await expect(host.widget.getByRole('alert')).toHaveCount(0);
  });
}

test('3. after Schedule another the focus is on Start date, not the page (360 px)', async ({ page }) => {
  const host = await openInPanel(page, 360);
  await submit(host);
  await host.reply(result('12345', true));
  await host.widget.getByRole('button', { name: 'Schedule another' }).click();
  await expect(host.widget.getByLabel('Start date')).toBeFocused();
});

test('4. while the desktop answers the form is locked and shows the time waited against the timeout, with no Cancel (360 px)', async ({ page }) => {
  const host = await openInPanel(page, 360, { params: { timeoutMs: '30000' } });
  await submit(host);
  const { widget } = host;
  await expect(widget.getByText('Sending to the agent desktop…')).toBeVisible();
  const waited = widget.getByRole('progressbar', { name: 'Time waited for the agent desktop' });
  await expect(waited).toHaveAttribute('max', '30');
  await expect(widget.getByText(/^\d+ s of 30 s · the form is locked until the desktop answers$/)).toBeVisible();
  // The count goes on while the desktop is silent.
  await expect(widget.getByText(/^[1-9]\d* s of 30 s/)).toBeVisible({ timeout: 10_000 });
  for (const field of [widget.getByRole('textbox', { name: 'Comments' }), widget.getByLabel('Start date'), widget.getByRole('combobox', { name: 'Callback mode' })]) {
    await expect(field).toBeDisabled();
  }
  await expect(widget.getByRole('button', { name: 'Schedule callback' })).toBeDisabled();
  await expect(widget.getByRole('button', { name: /cancel/i })).toHaveCount(0);
  await host.reply(result('12345', true));
  await expect(widget.getByRole('status').filter({ hasText: 'Callback scheduled' })).toBeVisible();
  await expect(waited).toHaveCount(0);
});

test('5. a desktop that offers no numbers: the hint says where mode IDs come from, and Retry loading numbers asks again (360 px)', async ({ page }) => {
  const host = await openInPanel(page, 360, { modes: 'empty' });
  const { widget } = host;
  const typed = widget.getByRole('spinbutton', { name: 'Callback mode' });
  await expect(typed).toBeVisible();
  await expect(typed).toHaveAccessibleDescription(/offered no numbers for this call\. Retry, or type the mode ID\. A mode ID is the number \(ModeID\) the agent desktop gives each callback number/);
  await page.evaluate(() => {
    const desk = window as unknown as { autoAnswer: { modes: unknown[] } };
    desk.autoAnswer.modes = [{ ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' }];
  });
  await widget.getByRole('button', { name: 'Retry loading numbers' }).click();
  const list = widget.getByRole('combobox', { name: 'Callback mode' });
  await expect(list.locator('option')).toHaveText(['Choose a mode…', 'Mobile · 6591462346']);
  await expect(list).toBeFocused();
  expect((await host.received()).filter((message) => message.subtopic === 'GetCallBackModes')).toHaveLength(2);
});

const callEvent = (id: string) => ({
  channel: 'Five9',
  topic: 'Outbound',
  subTopic: 'OutboundCallStateChange',
  data: { call: { id, CallVariables: { LCMKey: '137|1|3|0|0|84|' }, User: { loginName: 'testagent' } } },
});

test('6. a switch says what happens to the draft and its "may have been scheduled" warning, and the draft comes back (360 px)', async ({ page }) => {
  const host = await openInPanel(page, 360, { params: { timeoutMs: '1000' } });
  const { widget } = host;
  await submit(host);
  await expect(widget.getByRole('alert')).toContainText('may not have been scheduled');
  await host.reply(callEvent('2002'));
  const banner = widget.getByRole('status').filter({ hasText: 'A new call is active (2002)' });
  await expect(banner).toContainText(
    'Switching keeps your draft for call 12345, and its last callback request is unconfirmed and may have been scheduled. You can go back to it until its callback is scheduled or you discard it.',
  );
  await widget.getByRole('button', { name: 'Switch' }).click();
  await expect(widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('2002');
  const kept = widget.getByRole('status').filter({ hasText: 'Your draft for call 12345 is kept' });
  await expect(kept).toContainText('Call 12345: its last callback request is unconfirmed and may have been scheduled.');
  await kept.getByRole('button', { name: 'Back to call 12345' }).click();
  await expect(widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('12345');
  await expect(widget.getByRole('textbox', { name: 'Comments' })).toHaveValue('Customer prefers the afternoon');
  await expect(widget.getByRole('alert')).toContainText('It may have been scheduled.');
});

for (const width of [320, 360]) {
  test(`7. the call is one compact line and no field cuts its text (${width} px)`, async ({ page }) => {
    const host = await openInPanel(page, width);
    const { widget } = host;
    await expect(widget.getByRole('option', { name: 'Mobile · 6591462346' })).toBeAttached();
    const callFields = ['Call ID', 'Account number', 'Agent ID'].map((name) => widget.getByRole('textbox', { name }));
    const tops: number[] = [];
    let bottom = 0;
    for (const field of callFields) {
      const box = await field.boundingBox();
      if (!box) throw new Error('a call field is not laid out');
      tops.push(box.y);
      bottom = Math.max(bottom, box.y + box.height);
      // The whole value shows: read-only text that is cut off is text nobody can read.
      expect(await field.evaluate((input: HTMLInputElement) => input.scrollWidth - input.clientWidth)).toBeLessThanOrEqual(0);
    }
    // Three read-only fields used to take about 220 px of a 740 px panel.
    expect(bottom - Math.min(...tops)).toBeLessThan(80);
    for (const name of ['Start date', 'Start time', 'End date', 'End time']) {
      const field = widget.getByLabel(name, { exact: true });
      // The width this date or time needs to show in full: the same control, sized by its own content.
      const [needed, has] = await field.evaluate((input: HTMLInputElement) => {
        const probe = input.cloneNode() as HTMLInputElement;
        probe.removeAttribute('id');
        probe.style.cssText = 'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none';
        input.parentElement?.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        return [width, input.getBoundingClientRect().width];
      });
      expect(has, name).toBeGreaterThanOrEqual(needed);
    }
    expect(await widget.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBe(0);
  });
}

for (const theme of ['dark', 'light'] as const) {
  test(`8. read-only call details read as text, not as boxes to type in (${theme}, 360 px)`, async ({ page }) => {
    const host = await openInPanel(page, 360, { params: { theme } });
    const style = (field: Locator) =>
      field.evaluate((input) => {
        const computed = getComputedStyle(input);
        return { border: computed.borderTopStyle === 'none' ? '0px' : computed.borderTopWidth, background: computed.backgroundColor };
      });
    const readOnly = await style(host.widget.getByRole('textbox', { name: 'Agent ID' }));
    const editable = await style(host.widget.getByRole('textbox', { name: 'Comments' }));
    expect(readOnly).toEqual({ border: '0px', background: 'rgba(0, 0, 0, 0)' });
    expect(editable.border).not.toBe('0px');
    expect(editable.background).not.toBe('rgba(0, 0, 0, 0)');
  });
}

test('8. "No active call" offers nothing to press (360 px)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const host = await openWidget(page, { params: { callid: '' } });
  await expect(host.widget.getByRole('heading', { name: 'No active call' })).toBeVisible({ timeout: 20_000 });
  await expect(host.widget.getByRole('button')).toHaveCount(0);
});
