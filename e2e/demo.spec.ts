import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { WIDGET_ORIGIN } from './support/ports';

/** /demo: every story renders its state through the real form, with no console errors and no axe violations. */
const BASE = WIDGET_ORIGIN;

/** `widget` is the widget's own <main>, so a story's title never doubles as the widget's text. */
type Check = (widget: Locator, page: Page) => Promise<void>;

const STORIES: { id: string; title: string; check: Check }[] = [
  {
    id: 'ready',
    title: 'Pre-filled and ready',
    check: async (w) => {
      await expect(w.getByLabel('Call ID')).toHaveValue('12345');
      await expect(w.getByLabel('Lead score')).toHaveValue('40');
      await expect(w.getByLabel('Callback mode').locator('option')).toHaveCount(4);
      await expect(w.getByRole('button', { name: 'Schedule callback' })).toBeEnabled();
    },
  },
  {
    id: 'no-call',
    title: 'No active call',
    check: async (w) => {
      await expect(w.getByRole('heading', { name: 'No active call' })).toBeVisible();
      // Nothing to press until a call arrives (issue #13).
      await expect(w.getByRole('button')).toHaveCount(0);
    },
  },
  {
    id: 'validation-errors',
    title: 'Validation errors shown',
    check: async (w) => {
      await expect(w.getByLabel('Start date')).toHaveAttribute('aria-invalid', 'true');
      // Focus lands on an invalid field (SPEC §4), not on the button that was clicked.
      await expect(w.locator(':focus')).toHaveAttribute('aria-invalid', 'true');
      await expect(w.getByLabel('Start date')).toHaveAccessibleDescription(/Start is in the past: choose a time from now on\.$/);
      await expect(w.getByLabel('Callback mode')).toHaveAccessibleDescription(/Choose a callback mode\.$/);
      await expect(w.getByLabel('Lead score')).toHaveAccessibleDescription(/Enter a lead score from 0 to 100, as a whole number\.$/);
      await expect(w.getByLabel('Target amount')).toHaveAccessibleDescription(/Use at most 2 decimals for the target amount\.$/);
      await expect(w.getByText('Add a comment for the agent who calls back.')).toBeVisible();
    },
  },
  {
    id: 'modes-loading',
    title: 'Modes loading',
    check: async (w) => {
      await expect(w.getByRole('combobox', { name: 'Callback mode' })).toBeDisabled();
      await expect(w.getByRole('combobox', { name: 'Callback mode' })).toHaveAttribute('aria-busy', 'true');
      await expect(w.getByRole('option', { name: 'Loading the desktop’s numbers…' })).toBeAttached();
      await expect(w.getByLabel('Comments')).toHaveValue('Wants the revised quote first.');
      await expect(w.getByLabel('Comments')).toBeEditable();
    },
  },
  {
    id: 'modes-unavailable',
    title: 'Modes unavailable: typed mode ID',
    check: async (w) => {
      await expect(w.getByRole('spinbutton', { name: 'Callback mode' })).toHaveValue('3');
      await expect(w.getByText(/^The agent desktop offered no numbers for this call\. Retry, or type the mode ID\./)).toBeVisible();
    },
  },
  {
    id: 'submitting',
    title: 'Submitting',
    check: async (w) => {
      await expect(w.getByText('Sending to the agent desktop…')).toBeVisible();
      await expect(w.getByRole('button', { name: 'Schedule callback' })).toBeDisabled();
      await expect(w.getByRole('textbox', { name: 'Comments' })).toBeDisabled();
      await expect(w.getByRole('progressbar', { name: 'Time waited for the agent desktop' })).toBeVisible();
    },
  },
  {
    id: 'scheduled',
    title: 'Scheduled',
    check: async (w) => {
      await expect(w.getByRole('status').filter({ hasText: 'Callback scheduled' })).toContainText('Mobile · 6591462346');
      await expect(w.getByRole('button', { name: 'Schedule another' })).toBeVisible();
      await expect(w.getByLabel('Comments')).toBeDisabled();
    },
  },
  {
    id: 'failed',
    title: 'Failed: success false',
    check: async (w) => {
      await expect(w.getByRole('alert')).toContainText('The agent desktop could not schedule the callback.');
      await expect(w.getByLabel('Comments')).toHaveValue('Customer asked for a call after lunch, on the mobile.');
    },
  },
  {
    id: 'ws-error',
    title: 'WS_Error',
    check: async (w) => {
      await expect(w.getByRole('alert')).toContainText('Invalid Call ID.');
    },
  },
  {
    id: 'unknown-retry',
    title: 'Unknown, with Retry',
    check: async (w) => {
      await expect(w.getByRole('alert')).toContainText('The agent desktop did not answer. The callback may not have been scheduled.');
      await expect(w.getByRole('button', { name: 'Retry' })).toBeVisible();
      await expect(w.getByLabel('Comments')).toHaveValue('Customer asked for a call after lunch, on the mobile.');
    },
  },
  {
    id: 'late-answer',
    title: 'Late answer settles',
    check: async (w) => {
      await expect(w.getByRole('status').filter({ hasText: 'Callback scheduled' })).toContainText('confirmed it late');
    },
  },
  {
    id: 'new-call-banner',
    title: 'New call over a form with edits',
    check: async (w) => {
      await expect(w.getByRole('status').filter({ hasText: 'A new call is active (67890)' })).toBeVisible();
      await expect(w.getByRole('button', { name: 'Switch' })).toBeVisible();
      await expect(w.getByLabel('Call ID')).toHaveValue('12345');
      await expect(w.getByLabel('Comments')).toHaveValue('Half-typed note for call 12345.');
    },
  },
  {
    id: 'existing-callbacks',
    title: 'Already scheduled for this customer',
    check: async (w) => {
      const items = w.getByRole('list', { name: 'Already scheduled for this customer' }).getByRole('listitem');
      await expect(items).toHaveCount(1);
      await expect(items).toContainText('Home · +65 9146-0012');
      await expect(items).toContainText(/^\w{3} \d{1,2} \w{3}, \d{2}:\d{2} to /);
    },
  },
  {
    id: 'existing-unchecked',
    title: 'Existing callbacks not checked',
    check: async (w) => {
      await expect(w.getByText('Existing callbacks could not be checked')).toBeVisible();
      await expect(w.getByRole('button', { name: 'Schedule callback' })).toBeEnabled();
    },
  },
  {
    id: 'clash-dialog',
    title: 'Clash: confirm first',
    check: async (w) => {
      const dialog = w.getByRole('dialog', { name: 'This customer already has a callback' });
      await expect(dialog).toContainText('Home · +65 9146-0012. The new window overlaps it.');
      await expect(dialog.getByRole('button', { name: 'Change time' })).toBeFocused();
      await expect(dialog.getByRole('button', { name: 'Schedule anyway' })).toBeVisible();
    },
  },
  {
    id: 'same-day-after-success',
    title: 'Schedule another: same day',
    check: async (w) => {
      await expect(w.getByRole('dialog', { name: 'This customer already has a callback' })).toContainText('Mobile · 6591462346');
      await expect(w.getByRole('list', { name: 'Already scheduled for this customer' }).getByRole('listitem')).toHaveCount(1);
    },
  },
  {
    id: 'retry-already-scheduled',
    title: 'Retry: maybe already scheduled',
    check: async (w) => {
      const dialog = w.getByRole('dialog', { name: 'This callback may already be scheduled' });
      await expect(dialog).toContainText('The agent desktop did not answer the first request, and now lists a callback for this customer');
      await expect(dialog).toContainText('Mobile · 6591462346');
    },
  },
  {
    id: 'dark-theme',
    title: 'Dark theme',
    check: async (w, page) => {
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(w.getByLabel('Callback mode')).toHaveValue('3');
    },
  },
  {
    id: 'comments-near-limit',
    title: 'Comments near the limit',
    check: async (w) => {
      await expect(w.getByText('985 / 1000 characters')).toBeVisible();
    },
  },
  {
    id: 'narrow-width',
    title: 'Narrow width (360 px)',
    check: async (_w, page) => {
      const frame = page.frameLocator('iframe[title="The widget, 360 px wide"]');
      await expect(page.locator('iframe[title="The widget, 360 px wide"]')).toHaveAttribute('width', '360');
      await expect(frame.getByLabel('Call ID')).toHaveValue('12345');
      await expect(frame.getByLabel('Callback mode').locator('option')).toHaveCount(4);
      const overflow = await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
      expect(overflow).toBe(0);
    },
  },
  {
    id: 'customer-zone',
    title: 'Customer in another time zone',
    check: async (w) => {
      await expect(w.getByRole('combobox', { name: 'Customer time zone' })).toHaveValue('America/Chicago');
      await expect(w.getByLabel('Start time')).toHaveValue('14:00');
      await expect(w.getByText(/^Your time: \w{3} \d{1,2} \w{3}, \d{2}:\d{2} to /)).toBeVisible();
    },
  },
  {
    id: 'dst-gap',
    title: 'A time DST skips',
    check: async (w) => {
      await expect(w.getByLabel('Start time')).toHaveAccessibleDescription(/^02:30 does not exist on .+ in America\/New_York: clocks jump to 03:00\.$/);
    },
  },
  {
    id: 'dst-repeat',
    title: 'A time DST repeats',
    check: async (w) => {
      await expect(w.getByLabel('Start time')).toHaveAccessibleDescription(/^01:30 happens twice on .+ in America\/New_York: this is the first, at UTC-04:00\.$/);
    },
  },
  {
    id: 'outside-calling-hours',
    title: 'Outside calling hours',
    check: async (w) => {
      await expect(w.getByLabel('End time')).toHaveAccessibleDescription(/^Outside calling hours: the customer can be called from 08:00 to 21:00/);
      await expect(w.getByRole('button', { name: 'Move to next allowed time' })).toBeVisible();
    },
  },
  {
    id: 'crosses-midnight',
    title: 'A window that crosses midnight',
    check: async (w) => {
      await expect(w.getByRole('status').filter({ hasText: 'Callback scheduled' })).toContainText("08:30 to 09:30 customer's time (Asia/Tokyo)");
    },
  },
  {
    id: 'unknown-zone',
    title: 'An unknown time zone',
    check: async (w) => {
      await expect(w.getByRole('combobox', { name: 'Customer time zone' })).toHaveAccessibleDescription(/^The desktop gave “Mars\/Olympus_Mons”, which is not a time zone/);
      await expect(w.getByText('The desktop\'s callingHours “7-22” is not valid: using 08:00 to 21:00.')).toBeVisible();
    },
  },
];

function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the index lists every story, each with the promise it shows and a link into the integration contract', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto(`${BASE}/demo`);
  const cards = page.getByRole('main').getByRole('listitem');
  await expect(cards).toHaveCount(STORIES.length);
  for (const story of STORIES) {
    await expect(page.getByRole('main').getByRole('link', { name: story.title, exact: true })).toHaveAttribute('href', `/demo/${story.id}`);
  }
  await expect(cards.getByRole('link', { name: 'In the integration contract' })).toHaveCount(STORIES.length);
  await expect(cards.filter({ hasText: 'SPEC' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Stories' }).getByRole('link', { name: 'WS_Error', exact: true }).click();
  await expect(page).toHaveURL(`${BASE}/demo/ws-error`);
  await expect(page.getByRole('heading', { level: 1, name: 'WS_Error' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('an unknown story says so and keeps the list', async ({ page }) => {
  await page.goto(`${BASE}/demo/nope`);
  await expect(page.getByRole('heading', { name: 'No story called “nope”' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Stories' }).getByRole('link')).toHaveCount(STORIES.length);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the index has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${BASE}/demo`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`/demo/docs, the integration contract, has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${BASE}/demo/docs?theme=${scheme}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Integrating the Set Callback widget' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  for (const story of STORIES) {
    test(`${story.id} (${scheme}): shows its state, links its promise into the contract, no console errors, no axe violations`, async ({ page }) => {
      test.slow();
      const problems = watchConsole(page);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${BASE}/demo/${story.id}?theme=${scheme}`);
      await expect(page.locator('#root')).toHaveAttribute('data-story-state', 'ready', { timeout: 20_000 });
      await expect(page.getByRole('heading', { level: 1, name: story.title, exact: true })).toBeVisible();
      await expect(
        page.getByRole('region', { name: `Story: ${story.title}`, exact: true }).getByRole('link', { name: 'In the integration contract' }),
      ).toHaveAttribute('href', /^\/demo\/docs(\?theme=(light|dark))?#[a-z-]+$/);
      await expect(page.getByRole('navigation', { name: 'Stories' }).getByRole('link', { name: story.title, exact: true })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await story.check(page.locator('main.widget'), page);
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });
  }
}
