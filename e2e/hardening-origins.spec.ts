import { expect, test } from './support/test';
import { CROSS_SITE_HOST, HOST_PORT, OTHER_HOST_PORT, SAME_SITE_HOST, WIDGET_ORIGIN as WIDGET } from './support/ports';
import type { HostWindow } from './support/hardening-host';
import { CALLID, escapeRegExp, fillAndSubmit, openWidget, reply, result, scheduled, sentCount, timeoutToast, waitForLog } from './support/hardening-host';

/**
 * Hostile neighbours, across real origins (issue #5): whom the widget listens to. Spoofs
 * from other frames settle nothing, a hostOrigin that only looks like the parent's is
 * refused, and the chatter of browser tooling is ignored without errors. The widget runs on
 * 127.0.0.1:E2E_WIDGET_PORT; the hosts on E2E_HOST_PORT, as `localhost` (cross-site) or as
 * `127.0.0.1` (same-site, cross-origin).
 */

const REFUSAL_TEXT = 'This widget must be opened inside the agent desktop at an allowed origin';

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
