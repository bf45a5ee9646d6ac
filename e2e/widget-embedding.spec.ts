import { expect, test } from './support/test';
import { CALL, CROSS_SITE_HOST, OTHER_HOST_PORT, WIDGET_ORIGIN, openWidget } from './support/widget-host';

/**
 * How the widget sits in its page: the parent origins it accepts, what it says when opened
 * on its own, and the theme the host asks for against the one the system prefers.
 */

test('a host origin that is not the real parent is refused, and nothing is sent', async ({ page }) => {
  const host = await openWidget(page, { params: { hostOrigin: `http://localhost:${OTHER_HOST_PORT}` } });
  await expect(host.widget.getByRole('alert')).toContainText('This widget must be opened inside the agent desktop at an allowed origin');
  await expect(host.widget.getByRole('alert')).toContainText(CROSS_SITE_HOST);
  await page.waitForTimeout(300);
  expect(await host.received()).toHaveLength(0);
});

test('without hostOrigin the parent origin is taken from the browser and must be allowed', async ({ page }) => {
  const host = await openWidget(page, { params: { hostOrigin: '' } });
  await expect(host.widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue(CALL.callid);
  // GetCallBackModes first (then GetPersonalCallbackList, once the modes are in).
  await expect.poll(async () => (await host.received()).length).toBeGreaterThan(0);
});

test('opened on its own the widget says so and links to the dev page', async ({ page }) => {
  await page.goto(`${WIDGET_ORIGIN}/?callid=1`);
  await expect(page.getByText('This widget runs inside the agent desktop, in a frame.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'http://localhost:5173/dev' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`theme=${theme} paints the widget in that theme whatever the system prefers`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' });
    const host = await openWidget(page, { params: { theme } });
    await expect(host.widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('12345');
    const background = await host.frame().evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(theme === 'light' ? 'rgb(246, 247, 249)' : 'rgb(18, 22, 28)');
  });
}

test('theme=system follows the system preference', async ({ page, browserName }) => {
  test.skip(
    browserName === 'firefox',
    'Playwright 1.64 cannot emulate prefers-color-scheme in Firefox over BiDi for the cross-origin frame (1.65 would, with the emulation command ESR 153 lacks): the frame keeps the real system scheme',
  );
  await page.emulateMedia({ colorScheme: 'dark' });
  const host = await openWidget(page);
  await expect(host.widget.getByRole('textbox', { name: 'Call ID' })).toHaveValue('12345');
  expect(await host.frame().evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 22, 28)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => host.frame().evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(246, 247, 249)');
});
