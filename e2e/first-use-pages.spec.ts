import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { WIDGET_ORIGIN, WIDGET_PORT } from './support/ports';
import { typeText } from './support/widget-host';

/**
 * What a new user tripped over on the pages around the widget (issue #13): /demo and
 * /demo/docs in a 360×740 window, and the /dev message log at 1280×900.
 */

test('8. /demo at 360 px: the story list is one row and the story is on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${WIDGET_ORIGIN}/demo/scheduled`);
  await expect(page.locator('#root')).toHaveAttribute('data-story-state', 'ready', { timeout: 20_000 });
  const nav = await page.getByRole('navigation', { name: 'Stories' }).boundingBox();
  expect(nav?.height).toBeLessThan(80);
  // The first screen: the top of the page (the story's focus may have scrolled it since).
  await page.evaluate(() => window.scrollTo(0, 0));
  // The current story shows in the row, which scrolls sideways on its own.
  const row = page.getByRole('navigation', { name: 'Stories' });
  const [rowBox, current] = [await row.boundingBox(), await row.getByRole('link', { name: 'Scheduled', exact: true }).boundingBox()];
  expect(current && rowBox && current.x >= rowBox.x && current.x + current.width <= rowBox.x + rowBox.width).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Scheduled' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Schedule another' })).toBeInViewport();
  expect(await page.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBe(0);
});

test('9. /demo links each story into the integration contract, which /demo/docs shows as written (360 px)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${WIDGET_ORIGIN}/demo`);
  const card = page.getByRole('main').getByRole('listitem').filter({ hasText: 'WS_Error' });
  await expect(card).not.toContainText('SPEC');
  await card.getByRole('link', { name: 'In the integration contract' }).click();
  await expect(page).toHaveURL(`${WIDGET_ORIGIN}/demo/docs#messages-the-widget-receives`);
  const heading = page.getByRole('heading', { level: 2, name: 'Messages the widget receives' });
  await expect(heading).toBeInViewport();
  await expect(page.getByRole('heading', { level: 2, name: 'Time zones and calling hours' })).toBeAttached();
  await expect(page.getByText('"subtopic": "GetCallBackModes"', { exact: false }).first()).toBeAttached();
});

const DESK = `http://localhost:${WIDGET_PORT}`;

async function openDev(page: Page): Promise<{ widget: FrameLocator; log: Locator }> {
  await page.setViewportSize({ width: 1280, height: 900 });
  // What Copy hands the clipboard, in both browsers (neither lets a test read the clipboard itself).
  await page.addInitScript(() => {
    const copied: string[] = [];
    (window as unknown as { copied: string[] }).copied = copied;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) } });
  });
  await page.goto(`${DESK}/dev`);
  const widget = page.frameLocator('iframe[title="Set callback widget"]');
  await expect(widget.getByLabel('Call ID')).toHaveValue('12345', { timeout: 20_000 });
  return { widget, log: page.getByRole('log', { name: /Message log/ }) };
}

test('11. the /dev log at 1280×900: beside the widget, one line per message, expand on click, filter, copy', async ({ page }) => {
  const { widget, log } = await openDev(page);
  await expect(log).toBeInViewport();
  await widget.getByLabel('Callback mode').selectOption({ label: 'Mobile · 6591462346' });
  await typeText(widget.getByLabel('Comments'), 'Customer asked for a call after lunch.');
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
  await expect(widget.getByRole('status').filter({ hasText: 'Callback scheduled' })).toBeVisible();

  // The modes and the callback list (asked and answered), the callback and its answer.
  const entries = log.getByRole('listitem');
  await expect(entries).toHaveCount(6);
  // The list's answer reads as the widget reads it: none booked before this one.
  await expect(entries.filter({ hasText: 'GetPersonalCallbackListResult' }).locator('summary')).toHaveText(/Host → Widget\s*GetPersonalCallbackListResult\s*0 entries$/);
  const answer = entries.filter({ hasText: 'SetCallbackWithCommentsResult' });
  const line = answer.locator('summary');
  await expect(line).toHaveText(/Host → Widget\s*SetCallbackWithCommentsResult\s*12345\s*success$/);
  await expect(line.locator('[aria-hidden="true"]')).toHaveText('→ Widget');
  // One line each, the message itself hidden until asked for.
  for (const entry of await entries.all()) expect((await entry.boundingBox())?.height).toBeLessThan(40);
  const json = answer.locator('pre');
  await expect(json).toBeHidden();
  await line.click();
  await expect(json).toBeVisible();
  await expect(json).toContainText('"success": true');

  await answer.getByRole('button', { name: 'Copy' }).click();
  await expect(answer.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
  expect(copied).toHaveLength(1);
  expect(JSON.parse(copied[0] ?? '')).toMatchObject({ message: { callid: '12345', response: { success: true } } });

  await page.getByLabel('Show').selectOption('GetCallBackModes');
  await expect(entries).toHaveCount(1);
  await expect(entries.locator('summary')).toContainText('GetCallBackModes');
  await expect(page.getByRole('heading', { name: /Message log/ })).toContainText('1 of 6');
  await page.getByLabel('Show').selectOption({ label: 'All messages' });
  await expect(entries).toHaveCount(6);
});
