import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { expect, test, vi } from 'vitest';
import type { HostBridge, TrafficEntry } from '../protocol/bridge';
import { createPostMessageBridge } from '../protocol/bridge';
import { CallbackScreen } from './callback-screen';
import { createDraftStore, memoryBackend } from './draft-store';

/**
 * The widget torn down while a request is in flight (issue #5): the real postMessage bridge
 * on jsdom's `window`, a fake parent frame, and the app's StrictMode. Once unmounted, the
 * host's answer must change nothing; once destroyed, the bridge must not hear it at all.
 * (src/test/setup.ts turns any React warning into a failure.)
 */

// user-event in jsdom is slow on a loaded machine, and one case waits out a 1 s timeout.
vi.setConfig({ testTimeout: 15_000 });

const HOST_ORIGIN = 'http://localhost:4174';
const NOW = new Date(2026, 10, 24, 10, 0, 0);
const CALLID = '12345';

const success = {
  channel: 'LCM',
  topic: 'WebService',
  subtopic: ' SetCallbackWithCommentsResult',
  message: { callid: CALLID, response: { success: true } },
};

function setup() {
  const parent = { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };
  const addListener = vi.spyOn(window, 'addEventListener');
  const removeListener = vi.spyOn(window, 'removeEventListener');
  const traffic = vi.fn<(entry: TrafficEntry) => void>();
  const bridge = createPostMessageBridge({
    self: window,
    host: parent,
    hostOrigin: HOST_ORIGIN,
    envelope: { source: 'set-callback-widget', subscriberId: null, ownOrigin: 'http://127.0.0.1:4173' },
    timeoutMs: 1_000,
    onTraffic: traffic,
  });
  const onMessage = addListener.mock.calls.filter(([type]) => type === 'message').at(-1)?.[1];

  // Counts what the React tree holds on the bridge, so an unmount can be seen to release it.
  let subscriptions = 0;
  const counted: HostBridge = {
    ...bridge,
    subscribe(listener) {
      subscriptions += 1;
      const off = bridge.subscribe(listener);
      return () => {
        subscriptions -= 1;
        off();
      };
    },
  };

  const drafts = createDraftStore(memoryBackend());
  const recorded = { saveRecord: vi.spyOn(drafts, 'saveRecord'), clearDraft: vi.spyOn(drafts, 'clearDraft') };
  const view = render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        {/* No account number: the host is not asked for modes, so the one message sent is the callback. */}
        <CallbackScreen
          config={{ context: { callid: CALLID, accountNumber: '', userId: 'testagent', leadScore: null, targetAmount: null }, userId: 'testagent' }}
          bridge={counted}
          drafts={drafts}
          now={() => NOW}
        />
      </QueryClientProvider>
    </StrictMode>,
  );

  const deliver = (data: unknown) =>
    act(() => {
      window.dispatchEvent(Object.assign(new Event('message'), { data, origin: HOST_ORIGIN, source: parent }));
    });
  const submit = async () => {
    const user = userEvent.setup();
    await user.type(screen.getByRole('spinbutton', { name: 'Callback mode' }), '3');
    await user.click(screen.getByRole('textbox', { name: 'Comments' }));
    await user.paste('Customer asked for a callback after lunch');
    await user.click(screen.getByRole('button', { name: 'Schedule callback' }));
    await waitFor(() => expect(parent.postMessage).toHaveBeenCalledTimes(1));
  };
  const subscribed = () => subscriptions;
  return { bridge, parent, deliver, submit, subscribed, view, recorded, traffic, onMessage, removeListener };
}

test('unmounted mid-request: the tree lets go of the bridge and the answer that follows changes nothing', async () => {
  const { bridge, deliver, submit, subscribed, view, recorded, traffic, onMessage, removeListener } = setup();
  await submit();
  expect(subscribed()).toBeGreaterThan(0);

  view.unmount();
  expect(subscribed()).toBe(0);
  recorded.saveRecord.mockClear();
  recorded.clearDraft.mockClear();

  await deliver(success);
  expect(traffic).toHaveBeenCalledWith(expect.objectContaining({ direction: 'in' }));
  expect(recorded.saveRecord).not.toHaveBeenCalledWith('scheduled', expect.anything(), expect.anything());
  expect(recorded.clearDraft).not.toHaveBeenCalled();

  // pagehide destroys the bridge: its window listener goes, and nothing is heard after.
  bridge.destroy();
  expect(onMessage).toBeTypeOf('function');
  expect(removeListener).toHaveBeenCalledWith('message', onMessage);
  traffic.mockClear();
  await deliver(success);
  expect(traffic).not.toHaveBeenCalled();
});

test('unmounted after a timeout: a late answer does not settle a form that is gone', async () => {
  const { bridge, deliver, submit, subscribed, view, recorded } = setup();
  await submit();
  expect(await screen.findByRole('alert', {}, { timeout: 3_000 })).toHaveTextContent('The agent desktop did not answer.');

  view.unmount();
  expect(subscribed()).toBe(0);
  recorded.saveRecord.mockClear();
  recorded.clearDraft.mockClear();

  // Within the late-answer window the bridge still reports it; no form is there to take it.
  await deliver(success);
  expect(recorded.saveRecord).not.toHaveBeenCalledWith('scheduled', expect.anything(), expect.anything());
  expect(recorded.clearDraft).not.toHaveBeenCalled();
  bridge.destroy();
});

test('destroyed mid-request while still mounted: the request ends as "closed", never as scheduled', async () => {
  const { bridge, deliver, submit, recorded } = setup();
  await submit();
  act(() => bridge.destroy());
  await deliver(success);
  expect(await screen.findByRole('alert')).toHaveTextContent('The widget was closed.');
  expect(screen.queryByText('Callback scheduled')).not.toBeInTheDocument();
  expect(recorded.saveRecord).not.toHaveBeenCalledWith('scheduled', expect.anything(), expect.anything());
});
