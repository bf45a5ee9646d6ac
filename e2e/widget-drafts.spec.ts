import { expect, test } from './support/test';
import { CALL, CROSS_SITE_HOST, SAME_SITE_HOST, fillValidForm, openWidget, reloadWidget, result, typeText } from './support/widget-host';

/**
 * The agent's draft in the embedded widget, across two real origins: when a new call
 * replaces it, and what an iframe reload keeps (cross-site and same-site), in a named frame,
 * with a request unanswered and after success.
 */

test('a pristine form follows a new call; a form with edits keeps its call and offers Switch', async ({ page }) => {
  const host = await openWidget(page);
  const event = (id: string) => ({
    channel: 'Five9',
    topic: 'Outbound',
    subTopic: 'OutboundCallStateChange',
    data: { call: { id, CallVariables: { LCMKey: '137|1|3|0|0|84|', LeadScore: '70' }, User: { loginName: 'agent.b' } } },
  });
  await expect(host.widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('12345');
  await host.reply(event('2001'));
  await expect(host.widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('2001');
  await expect(host.widget.getByRole('textbox', { name: 'Account number' })).toHaveValue('137|1|3|0|0|84|');
  await expect(host.widget.getByRole('spinbutton', { name: 'Lead score' })).toHaveValue('70');
  await typeText(host.widget.getByRole('textbox', { name: 'Comments' }), 'about call 2001');
  await host.reply(event('2002'));
  await expect(host.widget.getByText('A new call is active (2002)')).toBeVisible();
  await expect(host.widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('2001');
  await host.widget.getByRole('button', { name: 'Switch' }).click();
  await expect(host.widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('2002');
  await expect(host.widget.getByRole('textbox', { name: 'Comments' })).toHaveValue('');
});

for (const mode of [
  // Chromium denies a cross-site frame all storage (the draft goes to window.name); Firefox
  // partitions it (the frame has a sessionStorage of its own under this host).
  { name: 'cross-site iframe', host: CROSS_SITE_HOST, storage: { chromium: 'SecurityError', firefox: 'allowed' } },
  { name: 'same-site iframe, storage allowed', host: SAME_SITE_HOST, storage: { chromium: 'allowed', firefox: 'allowed' } },
]) {
  test(`the draft survives an iframe reload (${mode.name})`, async ({ page }, testInfo) => {
    const host = await openWidget(page, { host: mode.host });
    const storage = await host.frame().evaluate(() => {
      try {
        window.sessionStorage.getItem('probe');
        return 'allowed';
      } catch (error) {
        return error instanceof DOMException ? error.name : String(error);
      }
    });
    expect(storage).toBe(mode.storage[testInfo.project.name as 'chromium' | 'firefox']);
    await fillValidForm(host.widget, 'typed before the reload');
    await host.widget.getByRole('radio', { name: 'Personal (only me)' }).check();
    await page.waitForTimeout(400);
    await reloadWidget(page);
    await expect(host.widget.getByRole('textbox', { name: 'Comments' })).toHaveValue('typed before the reload');
    await expect(host.widget.getByRole('radio', { name: 'Personal (only me)' })).toBeChecked();
    await expect(host.widget.getByRole('combobox', { name: 'Callback mode' })).toHaveValue('3');
    // The reload restores; it never sends the callback on its own.
    expect(await host.scheduleRequests()).toHaveLength(0);
  });
}

for (const mode of [
  { name: 'cross-site', host: CROSS_SITE_HOST },
  { name: 'same-site', host: SAME_SITE_HOST },
]) {
  test(`the host still finds its named frame (window.frames[name]) after the widget saved a draft and after a reload (${mode.name})`, async ({ page }, testInfo) => {
    const host = await openWidget(page, { host: mode.host, frameName: 'agent-callback' });
    const foundByName = () =>
      page.evaluate(() => {
        const byName = (window.frames as unknown as Record<string, Window | undefined>)['agent-callback'];
        return byName !== undefined && byName === (document.getElementById('widget') as HTMLIFrameElement).contentWindow;
      });
    expect(await foundByName()).toBe(true);
    await typeText(host.widget.getByRole('textbox', { name: 'Comments' }), 'typed in a named frame');
    await expect.poll(() => host.frame().evaluate(() => document.querySelector('.counter')?.textContent)).toMatch(/^22 \//);
    await page.waitForTimeout(600);
    expect(await foundByName()).toBe(true);
    await reloadWidget(page);
    await expect(host.widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue(CALL.callid);
    // While the old document unloads, the name carries the draft; the new one takes it back at once.
    await expect.poll(foundByName).toBe(true);
    // A cross-site frame without storage (Chromium) cannot keep the host's name and a draft
    // in window.name at once: a frame found by another name is not found at all. The name
    // wins, and the draft of such a frame lives only as long as its document.
    const draftKept = !(mode.host === CROSS_SITE_HOST && testInfo.project.name === 'chromium');
    await expect(host.widget.getByRole('textbox', { name: 'Comments' })).toHaveValue(draftKept ? 'typed in a named frame' : '');
    // The host can post to the frame it found by name, and the widget hears it.
    await page.evaluate(() => {
      const byName = (window.frames as unknown as Record<string, Window | undefined>)['agent-callback'];
      if (!byName) throw new Error('no frame named agent-callback');
      byName.postMessage({ channel: 'Five9', topic: 'Outbound', subTopic: 'OutboundCallStateChange', data: { call: { id: '2002' } } }, '*');
    });
    if (draftKept) await expect(host.widget.getByText('A new call is active (2002)')).toBeVisible();
    else await expect(host.widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('2002');
  });
}

test('a reload while the desktop has not answered says so, re-sends nothing, and the answer still settles it', async ({ page }) => {
  const host = await openWidget(page);
  await fillValidForm(host.widget, 'sent just before the reload');
  await host.widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
  await reloadWidget(page);
  const alert = host.widget.getByRole('alert');
  await expect(alert).toContainText('A callback request was sent before the widget reloaded');
  await expect(host.widget.getByRole('textbox', { name: 'Comments' })).toHaveValue('sent just before the reload');
  expect(await host.scheduleRequests()).toHaveLength(1);
  await host.reply(result('12345', true));
  await expect(host.widget.getByText('Callback scheduled')).toBeVisible();
  await expect(host.widget.getByText(/confirmed it late/)).toBeVisible();
});

test('after success a reload shows the call as scheduled instead of a blank form', async ({ page }) => {
  const host = await openWidget(page, { result: 'success' });
  await fillValidForm(host.widget, 'once only');
  await host.widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect(host.widget.getByText('Callback scheduled')).toBeVisible();
  await reloadWidget(page);
  await expect(host.widget.getByText('Callback scheduled')).toBeVisible();
  await expect(host.widget.getByRole('textbox', { name: 'Comments' })).toBeDisabled();
  await host.widget.getByRole('button', { name: 'Schedule another' }).click();
  await expect(host.widget.getByRole('textbox', { name: 'Comments' })).toHaveValue('');
});
