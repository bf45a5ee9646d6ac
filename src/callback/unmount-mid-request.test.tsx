import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import type { BridgeEvent, HostBridge, TrafficEntry } from '../protocol/bridge';
import { openWidget } from '../test/open-widget';

/**
 * The widget torn down while a request is in flight (issue #5): the real postMessage bridge
 * on jsdom's `window`, the simulated desktop as its parent frame, and the app's StrictMode.
 * Once unmounted, the desktop's answer updates no form (a confirmation is still recorded for
 * the call); once destroyed, the bridge must not hear it at all. (src/test/setup.ts turns any React warning into a failure.)
 */

// user-event in jsdom is slow on a loaded machine, and one case waits out a 1 s timeout.
vi.setConfig({ testTimeout: 15_000 });

const NOW = new Date(2026, 10, 24, 10, 0, 0);
const CALLID = '12345';
const COMMENT = 'Customer asked for a callback after lunch';

function setup() {
  const addListener = vi.spyOn(window, 'addEventListener');
  const removeListener = vi.spyOn(window, 'removeEventListener');
  const traffic = vi.fn<(entry: TrafficEntry) => void>();

  // Counts what the React tree holds on the bridge, so an unmount can be seen to release it.
  let subscriptions = 0;
  const counted = (bridge: HostBridge): HostBridge => ({
    ...bridge,
    subscribe(listener) {
      subscriptions += 1;
      const off = bridge.subscribe(listener);
      return () => {
        subscriptions -= 1;
        off();
      };
    },
  });

  const widget = openWidget({
    // No account number: the desktop is not asked for modes, so the one message sent is the callback.
    context: { callid: CALLID, accountNumber: '', userId: 'testagent', leadScore: null, targetAmount: null },
    now: () => NOW,
    strict: true,
    widgetWindow: window,
    timeoutMs: 1_000,
    onTraffic: traffic,
    wrapBridge: counted,
    // The desktop answers only when a test says so.
    scenario: { schedule: 'silent' },
  });
  const onMessage = addListener.mock.calls.filter(([type]) => type === 'message').at(-1)?.[1];
  const recorded = { saveRecord: vi.spyOn(widget.drafts, 'saveRecord'), clearDraft: vi.spyOn(widget.drafts, 'clearDraft') };

  /** The desktop confirms the callback, now. */
  const confirm = () => widget.desktop.reply('schedule', { scenario: { schedule: 'success' } });
  const submit = async () => {
    const user = userEvent.setup();
    await user.type(await screen.findByRole('spinbutton', { name: 'Callback mode' }), '3');
    await user.click(screen.getByRole('textbox', { name: 'Comments' }));
    await user.paste(COMMENT);
    await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
    await waitFor(() => expect(widget.sent()).toHaveLength(1));
  };
  /** What a form that settled the callback would have changed: the draft and the sent record gone, a scheduled record. */
  const expectUnsettled = () => {
    expect(widget.drafts.loadDraft(CALLID)?.comments).toBe(COMMENT);
    expect(widget.drafts.loadRecord('sent', CALLID)).not.toBeNull();
    expect(widget.drafts.loadRecord('scheduled', CALLID)).toBeNull();
    expect(recorded.saveRecord).not.toHaveBeenCalledWith('scheduled', expect.anything(), expect.anything());
    expect(recorded.clearDraft).not.toHaveBeenCalled();
  };
  const subscribed = () => subscriptions;
  return { ...widget, confirm, submit, subscribed, recorded, traffic, onMessage, removeListener, expectUnsettled };
}

test('unmounted mid-request (the agent switched calls): the tree lets go of the bridge, and a confirmation that follows is still recorded', async () => {
  const widget = setup();
  const { bridge, confirm, submit, subscribed, view, recorded, traffic, onMessage, removeListener } = widget;
  await submit();
  expect(subscribed()).toBeGreaterThan(0);

  view.unmount();
  expect(subscribed()).toBe(0);
  recorded.saveRecord.mockClear();
  recorded.clearDraft.mockClear();

  confirm();
  // The bridge heard the confirmation for this call and read it as a success…
  expect(traffic).toHaveBeenCalledWith(
    expect.objectContaining({ direction: 'in', message: expect.objectContaining({ kind: 'result', callid: CALLID, success: true }) }),
  );
  // …and recorded it: a return to the call shows "Callback scheduled", not a draft that invites a duplicate.
  await waitFor(() => expect(widget.drafts.loadRecord('scheduled', CALLID)?.summary).toMatch(/^Regular callback, /));
  expect(widget.drafts.loadDraft(CALLID)).toBeNull();
  expect(widget.drafts.loadRecord('sent', CALLID)).toBeNull();

  // pagehide destroys the bridge: its window listener goes, and nothing is heard after.
  bridge.destroy();
  expect(onMessage).toBeTypeOf('function');
  expect(removeListener).toHaveBeenCalledWith('message', onMessage);
  traffic.mockClear();
  confirm();
  expect(traffic).not.toHaveBeenCalled();
});

test('unmounted after a timeout: a late answer does not settle a form that is gone', async () => {
  const { bridge, confirm, submit, subscribed, view, recorded, expectUnsettled } = setup();
  await submit();
  expect(await screen.findByRole('alert', {}, { timeout: 3_000 })).toHaveTextContent('The agent desktop did not answer.');

  view.unmount();
  expect(subscribed()).toBe(0);
  recorded.saveRecord.mockClear();
  recorded.clearDraft.mockClear();
  const events: BridgeEvent[] = [];
  bridge.subscribe((event) => events.push(event));

  // Within the late-answer window the bridge still reports it; no form is there to take it.
  confirm();
  expect(events).toEqual([{ type: 'late-result', callid: CALLID, outcome: { success: true } }]);
  expectUnsettled();
});

test('destroyed mid-request while still mounted: the request ends as "closed", never as scheduled', async () => {
  const { bridge, confirm, submit, recorded } = setup();
  await submit();
  act(() => bridge.destroy());
  confirm();
  expect(await screen.findByRole('alert')).toHaveTextContent('The widget was closed.');
  expect(screen.queryByText('Callback scheduled')).not.toBeInTheDocument();
  expect(recorded.saveRecord).not.toHaveBeenCalledWith('scheduled', expect.anything(), expect.anything());
});
