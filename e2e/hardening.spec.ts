import type { ConsoleMessage, FrameLocator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { CROSS_SITE_HOST, HOST_PORT, OTHER_HOST_PORT, SAME_SITE_HOST, WIDGET_ORIGIN as WIDGET } from './support/ports';
import { typeText } from './support/widget-host';

/**
 * Hostile neighbours and broken hosts, across real origins (issue #5). The widget runs on
 * 127.0.0.1:E2E_WIDGET_PORT; the hosts on E2E_HOST_PORT, as `localhost` (cross-site) or as
 * `127.0.0.1` (same-site, cross-origin: sessionStorage). Tests that need to know the widget
 * *processed* a message open it with `debug=1` and wait for its log line: an ignored spoof
 * that never arrived would prove nothing.
 */

const CALLID = '12345';
const COMMENT = 'Customer asked about the renewal, call after lunch';
const PHONE = '6591462346';
const MODES = [
  { ModeID: '3', Description: 'Mobile', Cvalue: PHONE },
  { ModeID: '4', Description: 'Home', Cvalue: '6560001234' },
];
const TIMEOUT_TEXT = 'The agent desktop did not answer. The callback may not have been scheduled.';
const REFUSAL_TEXT = 'This widget must be opened inside the agent desktop at an allowed origin';

/** What host.js puts on the host page's window. */
interface HostWindow {
  received: unknown[];
  reply(message: unknown): void;
  reloadWidget(): void;
}

interface OpenOptions {
  host?: string;
  /** A page of e2e/support/pages; host.html by default. */
  hostPage?: string;
  /** Widget URL parameters; `null` drops a default one. */
  params?: Record<string, string | null>;
  /** Extra query parameters of the host page itself. */
  hostQuery?: Record<string, string>;
}

function widgetUrl(host: string, params: Record<string, string | null>): string {
  const url = new URL(`${WIDGET}/`);
  const all: Record<string, string | null> = { callid: CALLID, userId: 'agent7', hostOrigin: host, timeoutMs: '1000', ...params };
  for (const [name, value] of Object.entries(all)) if (value !== null) url.searchParams.set(name, value);
  return url.href;
}

interface Opened {
  widget: FrameLocator;
  /** Every console line of the page and its frames, widget included. */
  logs: string[];
  /** Uncaught exceptions and console errors in any frame. */
  errors: string[];
}

async function openWidget(page: Page, options: OpenOptions = {}): Promise<Opened> {
  const host = options.host ?? CROSS_SITE_HOST;
  const logs: string[] = [];
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    logs.push(message.text());
    // The test host pages have no favicon; that 404 is theirs, not the widget's.
    if (message.type() === 'error' && !/status of 404/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const hostUrl = new URL(`${host}/${options.hostPage ?? ''}`);
  hostUrl.searchParams.set('widget', widgetUrl(host, options.params ?? {}));
  // host.js answers nothing on its own: each test decides what the host says, and when.
  hostUrl.searchParams.set('modes', 'none');
  for (const [name, value] of Object.entries(options.hostQuery ?? {})) hostUrl.searchParams.set(name, value);
  await page.goto(hostUrl.href);
  return { widget: page.frameLocator('#widget'), logs, errors };
}

/** How many messages with this subtopic the host has received (packets unwrapped). */
function sentCount(page: Page, subtopic: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      (window as unknown as HostWindow).received.filter((raw) => {
        const message = raw as { topic?: string; subtopic?: string; message?: { subtopic?: string } };
        return (message.topic === '' ? message.message?.subtopic : message.subtopic) === wanted;
      }).length,
    subtopic,
  );
}

function reply(page: Page, message: unknown): Promise<void> {
  return page.evaluate((data) => (window as unknown as HostWindow).reply(data), message);
}

const result = (callid: string, response: unknown, subtopic = 'SetCallbackWithCommentsResult') => ({
  channel: 'LCM',
  topic: 'Webservice',
  subtopic,
  message: { callid, response },
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Waits until the widget's debug log shows `count` lines matching `pattern`. */
async function waitForLog(logs: string[], pattern: RegExp, count = 1): Promise<void> {
  await expect.poll(() => logs.filter((line) => pattern.test(line)).length).toBeGreaterThanOrEqual(count);
}

/** With no accountNumber the host is never asked for modes: the agent types the mode ID. */
async function fillAndSubmit(widget: FrameLocator): Promise<void> {
  await typeText(widget.getByRole('spinbutton', { name: 'Callback mode' }), '3');
  await typeText(widget.getByLabel('Comments'), COMMENT);
  await widget.getByRole('button', { name: 'Schedule callback' }).click();
}

const scheduled = (widget: FrameLocator) => widget.getByRole('status').filter({ hasText: 'Callback scheduled' });
const timeoutToast = (widget: FrameLocator) => widget.getByRole('alert').filter({ hasText: TIMEOUT_TEXT });

test.describe('spoofed results', () => {
  const neighbours = [
    { name: 'a sibling frame of the host’s own origin', spooferOrigin: CROSS_SITE_HOST, sandbox: '0', logged: CROSS_SITE_HOST },
    { name: 'a frame of another origin', spooferOrigin: SAME_SITE_HOST, sandbox: '0', logged: SAME_SITE_HOST },
    { name: 'a sandboxed (null-origin) frame', spooferOrigin: CROSS_SITE_HOST, sandbox: '1', logged: 'null' },
  ];
  for (const { name, spooferOrigin, sandbox, logged } of neighbours) {
    test(`${name} cannot settle the request or supply modes`, async ({ page }) => {
      const { widget, logs, errors } = await openWidget(page, {
        hostPage: 'hostile-neighbours.html',
        params: { accountNumber: '5|3|1|0|0|44|1', debug: '1' },
        hostQuery: { spoofer: `${spooferOrigin}/hostile-spoofer.html?callid=${CALLID}`, sandbox },
      });
      // The spoofs do reach the widget frame, and are dropped on their source.
      await waitForLog(logs, new RegExp(`ignored\\s+${escapeRegExp(logged)} \\(wrong source\\)`), 10);

      // The host never answers GetCallBackModes: the spoofed "Spoofed" mode must not appear.
      await expect(widget.getByRole('spinbutton', { name: 'Callback mode' })).toBeVisible();
      await fillAndSubmit(widget);
      await expect.poll(() => sentCount(page, 'SetCallbackWithComments')).toBe(1);
      await expect(timeoutToast(widget)).toBeVisible();
      await expect(scheduled(widget)).toHaveCount(0);

      // The real host is still heard: its (late) answer settles the call.
      await reply(page, result(CALLID, { success: true }));
      await expect(scheduled(widget)).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});

test.describe('origin look-alikes (widget built with the loopback defaults)', () => {
  const lookAlikes = [
    { name: 'a look-alike domain', hostOrigin: 'https://desk.example.com.evil.test' },
    { name: 'https instead of the parent’s http', hostOrigin: `https://localhost:${HOST_PORT}` },
    { name: 'another port than the parent’s', hostOrigin: `http://localhost:${OTHER_HOST_PORT}` },
    { name: '127.0.0.1 while the parent is localhost', hostOrigin: SAME_SITE_HOST },
    { name: 'an origin with a path tucked in', hostOrigin: `${CROSS_SITE_HOST}/evil` },
  ];
  for (const { name, hostOrigin } of lookAlikes) {
    test(`hostOrigin set to ${name} is refused and nothing is sent`, async ({ page }) => {
      const { widget, errors } = await openWidget(page, { params: { hostOrigin, accountNumber: '5|3|1|0|0|44|1' } });
      await expect(widget.getByRole('alert')).toContainText(REFUSAL_TEXT);
      await expect(widget.getByRole('button', { name: 'Schedule callback' })).toHaveCount(0);
      // Had the widget started, it would have asked for modes at once.
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as HostWindow).received.length)).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});

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

      await page.evaluate(() => (window as unknown as HostWindow).reloadWidget());
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

test('messages from browser tooling are ignored without errors', async ({ page }) => {
  const { widget, logs, errors } = await openWidget(page, { params: { debug: '1' } });
  await expect(widget.getByLabel('Comments')).toBeVisible();
  const tooling: unknown[] = [
    { source: 'react-devtools-content-script', hello: true },
    { source: 'react-devtools-bridge', payload: { event: 'operations', payload: [1, 2, 3] } },
    { source: 'react-devtools-detector', reactBuildType: 'production' },
    { source: 'react-devtools-inject-backend' },
    { type: 'vite:beforeUpdate', updates: [{ type: 'js-update', path: '/src/app/main.tsx' }] },
    { type: 'full-reload', path: '*' },
    'webpackHotUpdate5a1b',
    { target: 'metamask-inpage', data: { name: 'metamask-provider', data: { jsonrpc: '2.0', method: 'eth_chainId' } } },
    { source: '@devtools-page', payload: { type: 'INIT_INSTANCE' } },
    { type: 'FROM_PAGE', text: 'hello from an extension' },
    'setImmediate$0.5$1',
    '{"not":"closed"',
    null,
    42,
    [],
  ];
  // Content scripts and devtools post on the widget's own window...
  const frame = page.frames().find((candidate) => candidate.url().startsWith(WIDGET));
  if (!frame) throw new Error('widget frame not found');
  await frame.evaluate((messages) => {
    for (const message of messages) window.postMessage(message, '*');
  }, tooling);
  // ...and a careless host may broadcast everything to its frames.
  for (const message of tooling) await reply(page, message);
  await waitForLog(logs, new RegExp(`ignored\\s+${escapeRegExp(WIDGET)} \\(wrong source\\)`), tooling.length);
  await waitForLog(logs, /in {2}← \S+ unrecognised/, tooling.length);

  await fillAndSubmit(widget);
  await expect.poll(() => sentCount(page, 'SetCallbackWithComments')).toBe(1);
  await reply(page, result(CALLID, { success: true }));
  await expect(scheduled(widget)).toBeVisible();
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
