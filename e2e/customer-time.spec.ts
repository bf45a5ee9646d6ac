import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { fillValidForm, openWidget, pickValue, result } from './support/widget-host';

/**
 * SPEC §11 across two origins: the agent's zone and clock are pinned (timezoneId, a fixed
 * time), the customer's zone comes from the desktop, and the host checks the exact
 * StartDate/StartTime it receives.
 */

// 09:00 UTC on Wed 2 Dec 2026: 10:00 in Berlin, 03:00 in Chicago, 18:00 in Tokyo.
const NOW = new Date('2026-12-02T09:00:00Z');

async function pinClock(page: Page, at: Date = NOW) {
  await page.clock.setFixedTime(at);
}

test.describe('an agent in Berlin and a customer in Chicago', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  test('the window is entered in the customer time, shown on both clocks and sent in the agent zone', async ({ page }) => {
    await pinClock(page);
    const host = await openWidget(page, { params: { customerTimeZone: 'America/Chicago' } });
    const { widget } = host;
    await expect(widget.getByRole('combobox', { name: 'Customer time zone' })).toHaveValue('America/Chicago');
    await expect(widget.getByText("Customer's time, America/Chicago")).toBeVisible();
    // 03:30 in Chicago is before calling hours: the fresh window starts at 08:00 there.
    await expect(widget.getByLabel('Start date')).toHaveValue('2026-12-02');
    await expect(widget.getByLabel('Start time')).toHaveValue('08:00');
    await expect(widget.getByLabel('End time')).toHaveValue('09:00');
    await expect(widget.getByText('Your time: Wed 2 Dec, 15:00 to 16:00 (Europe/Berlin)')).toBeVisible();

    // The agent writes 14:00 as the customer said it; the end follows, keeping the hour.
    await pickValue(widget.getByLabel('Start time'), '14:00');
    await expect(widget.getByLabel('End time')).toHaveValue('15:00');
    await expect(widget.getByText('Your time: Wed 2 Dec, 21:00 to 22:00 (Europe/Berlin)')).toBeVisible();
    await fillValidForm(widget);
    await widget.getByRole('button', { name: 'Schedule callback' }).click();
    await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
    const [sent] = await host.scheduleRequests();
    expect(sent).toMatchObject({ data: { StartDate: '02/12/2026', StartTime: '21:00', EndDate: '02/12/2026', EndTime: '22:00' } });
    await host.reply(result('12345', true));
    await expect(widget.getByRole('status').filter({ hasText: 'Callback scheduled' })).toContainText(
      "Wed 2 Dec, 14:00 to 15:00 customer's time (America/Chicago); your time: Wed 2 Dec, 21:00 to 22:00 (Europe/Berlin)",
    );
  });

  test('a window outside calling hours says so, and Move to next allowed time fixes it before anything is sent', async ({ page }) => {
    await pinClock(page);
    const host = await openWidget(page, { params: { customerTimeZone: 'America/Chicago' } });
    const { widget } = host;
    await expect(widget.getByLabel('Start time')).toHaveValue('08:00');
    await pickValue(widget.getByLabel('Start time'), '20:30');
    await expect(widget.getByLabel('End time')).toHaveValue('21:30');
    await fillValidForm(widget);
    await widget.getByRole('button', { name: 'Schedule callback' }).click();
    await expect(widget.getByLabel('End time')).toHaveAccessibleDescription(
      'Outside calling hours: the customer can be called from 08:00 to 21:00, their time (America/Chicago).',
    );
    await widget.getByRole('button', { name: 'Move to next allowed time' }).click();
    await expect(widget.getByLabel('Start date')).toHaveValue('2026-12-03');
    await expect(widget.getByLabel('Start time')).toHaveValue('08:00');
    await expect(widget.getByLabel('End time')).toHaveValue('09:00');
    await expect(widget.getByRole('button', { name: 'Move to next allowed time' })).toHaveCount(0);
    expect(await host.scheduleRequests()).toHaveLength(0);
    await widget.getByRole('button', { name: 'Schedule callback' }).click();
    await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
    expect((await host.scheduleRequests())[0]).toMatchObject({ data: { StartDate: '03/12/2026', StartTime: '15:00', EndTime: '16:00' } });
  });

  test('quick picks set a one-hour window on the customer clock', async ({ page }) => {
    await pinClock(page);
    const { widget } = await openWidget(page, { params: { customerTimeZone: 'America/Chicago' } });
    const picks = widget.getByRole('group', { name: 'Quick picks' });
    await picks.getByRole('button', { name: 'Tomorrow 14:00' }).click();
    await expect(widget.getByLabel('Start date')).toHaveValue('2026-12-03');
    await expect(widget.getByLabel('Start time')).toHaveValue('14:00');
    await expect(widget.getByLabel('End time')).toHaveValue('15:00');
    // In 1 hour is 04:00 in Chicago: before calling hours, so 08:00 today.
    await picks.getByRole('button', { name: 'In 1 hour' }).click();
    await expect(widget.getByLabel('Start date')).toHaveValue('2026-12-02');
    await expect(widget.getByLabel('Start time')).toHaveValue('08:00');
  });

  test('an unknown zone from the desktop falls back to the agent zone and says what it got', async ({ page }) => {
    await pinClock(page);
    const { widget } = await openWidget(page, { params: { customerTimeZone: 'Mars/Olympus_Mons', callingHours: '7-22' } });
    const zone = widget.getByRole('combobox', { name: 'Customer time zone' });
    await expect(zone).toHaveValue('Europe/Berlin');
    await expect(zone).toHaveAccessibleDescription('The desktop gave “Mars/Olympus_Mons”, which is not a time zone: using yours (Europe/Berlin).');
    await expect(widget.getByText('The desktop\'s callingHours “7-22” is not valid: using 08:00 to 21:00.')).toBeVisible();
  });
});

test.describe('a window that crosses midnight on the way to the schedule zone', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('a customer morning in Tokyo is sent on the previous UTC day, on the right date', async ({ page }) => {
    await pinClock(page);
    const host = await openWidget(page, { params: { customerTimeZone: 'Asia/Tokyo', scheduleTimeZone: 'UTC' } });
    const { widget } = host;
    await pickValue(widget.getByLabel('Start date'), '2026-12-03');
    await pickValue(widget.getByLabel('Start time'), '08:30');
    await pickValue(widget.getByLabel('End date'), '2026-12-03');
    await pickValue(widget.getByLabel('End time'), '09:30');
    await expect(widget.getByText('Your time: Wed 2 Dec, 18:30 to 19:30 (America/New_York), 1 day behind the customer')).toBeVisible();
    await fillValidForm(widget);
    await widget.getByRole('button', { name: 'Schedule callback' }).click();
    await expect.poll(async () => (await host.scheduleRequests()).length).toBe(1);
    // 08:30 in Tokyo (UTC+9) is 23:30 UTC the day before; 09:30 is 00:30 on the 3rd.
    expect((await host.scheduleRequests())[0]).toMatchObject({
      data: { StartDate: '02/12/2026', StartTime: '23:30', EndDate: '03/12/2026', EndTime: '00:30' },
    });
  });

  test('a time the spring-forward skips is refused with the jump, and nothing is sent', async ({ page }) => {
    await pinClock(page, new Date('2027-03-13T15:00:00Z'));
    const host = await openWidget(page, { params: { customerTimeZone: 'America/New_York', callingHours: 'off' } });
    const { widget } = host;
    await pickValue(widget.getByLabel('Start date'), '2027-03-14');
    await pickValue(widget.getByLabel('Start time'), '02:30');
    await fillValidForm(widget);
    await widget.getByRole('button', { name: 'Schedule callback' }).click();
    await expect(widget.getByLabel('Start time')).toHaveAccessibleDescription(
      '02:30 does not exist on 14 March 2027 in America/New_York: clocks jump to 03:00.',
    );
    await expect(widget.getByLabel('Start time')).toBeFocused();
    expect(await host.scheduleRequests()).toHaveLength(0);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the customer-time controls have no axe violations at 360 px, ${colorScheme}`, async ({ page }) => {
    test.slow(); // axe over a cross-origin frame takes a while on a small machine
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme });
    await pinClock(page);
    const { widget } = await openWidget(page, { params: { customerTimeZone: 'America/Chicago', theme: colorScheme } });
    await pickValue(widget.getByLabel('Start time'), '22:00');
    await fillValidForm(widget);
    await widget.getByRole('button', { name: 'Schedule callback' }).click();
    await expect(widget.getByRole('button', { name: 'Move to next allowed time' })).toBeVisible();
    await expect(widget.getByText(/^Your time:/)).toBeVisible();
    const results = await new AxeBuilder({ page }).include('#widget').analyze();
    expect(results.violations).toEqual([]);
  });
}
