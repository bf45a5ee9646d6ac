import { expect, test, vi } from 'vitest';
import { LATE_ANSWER_WINDOW_MS } from './bridge';
import { BridgeError } from './bridge-error';
import { callbackData, fakeTimersInEachTest, flush, result, setup, TIMEOUT_MS, track, wsError } from '../test/bridge-setup';

/** How a callback request ends without one timely answer: TIMEOUT, late answers as events, duplicates, destroy. */

fakeTimersInEachTest();

test('rejects with TIMEOUT when the host does not answer within timeoutMs', async () => {
  const { bridge } = setup();
  const state = track(bridge.scheduleCallback(callbackData, false));
  await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
  expect(state.status).toBe('pending');
  await vi.advanceTimersByTimeAsync(1);
  expect(state.status).toBe('rejected');
  expect(state.value).toBeInstanceOf(BridgeError);
  expect(state.value).toMatchObject({ code: 'TIMEOUT' });
});

test('reports a late success within 5 minutes of the timeout as a late-result event', async () => {
  const { bridge, deliver, events } = setup();
  const state = track(bridge.scheduleCallback(callbackData, false));
  await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
  expect(state.status).toBe('rejected');
  await vi.advanceTimersByTimeAsync(LATE_ANSWER_WINDOW_MS - 1000);
  deliver(result('12345', { success: true }));
  expect(events).toEqual([{ type: 'late-result', callid: '12345', outcome: { success: true } }]);
});

test('reports a late WS_Error for the same call as a failed late-result', async () => {
  const { bridge, deliver, events } = setup();
  void bridge.scheduleCallback(callbackData, false).catch(() => undefined);
  await vi.advanceTimersByTimeAsync(TIMEOUT_MS + 60_000);
  deliver(wsError({ callid: '12345', errorType: 'WS_Error', errorMessage: 'Invalid Call ID:12345', msg: 'Invalid Call ID.' }));
  expect(events).toEqual([
    {
      type: 'late-result',
      callid: '12345',
      outcome: { success: false, message: 'Invalid Call ID.', details: 'WS_Error: Invalid Call ID:12345' },
    },
  ]);
});

test('drops an answer that arrives more than 5 minutes after the timeout', async () => {
  const { bridge, deliver, events } = setup();
  void bridge.scheduleCallback(callbackData, false).catch(() => undefined);
  await vi.advanceTimersByTimeAsync(TIMEOUT_MS + LATE_ANSWER_WINDOW_MS + 1);
  deliver(result('12345', { success: true }));
  expect(events).toEqual([]);
});

test('settles once: a duplicate answer neither settles again nor emits an event', async () => {
  const { bridge, deliver, events } = setup();
  const onSettled = vi.fn();
  bridge.scheduleCallback(callbackData, false).then(onSettled, onSettled);
  deliver(result('12345', { success: true }));
  deliver(result('12345', { success: true }));
  deliver(result('12345', { success: false, msg: 'Already scheduled' }));
  await flush();
  expect(onSettled).toHaveBeenCalledTimes(1);
  expect(events).toEqual([]);
});

test('reports a late answer only once, however often the host repeats it', async () => {
  const { bridge, deliver, events } = setup();
  void bridge.scheduleCallback(callbackData, false).catch(() => undefined);
  await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
  deliver(result('12345', { success: true }));
  deliver(result('12345', { success: true }));
  expect(events).toHaveLength(1);
});

test('destroy removes the listener and rejects what is pending with DESTROYED', async () => {
  const { bridge, host, deliver, listeners, events } = setup();
  const state = track(bridge.scheduleCallback(callbackData, false));
  const modes = track(bridge.loadModes({ callid: '12345', AccountNumber: '1' }));
  expect(listeners.size).toBe(1);
  bridge.destroy();
  expect(listeners.size).toBe(0);
  await flush();
  expect(state).toMatchObject({ status: 'rejected', value: { code: 'DESTROYED' } });
  expect(modes).toMatchObject({ status: 'rejected', value: { code: 'DESTROYED' } });

  deliver({ topic: 'Outbound', subtopic: 'OutboundCallStateChange', data: { call: { id: 'C-9' } } });
  await vi.advanceTimersByTimeAsync(TIMEOUT_MS * 2);
  expect(events).toEqual([]);

  const after = track(bridge.scheduleCallback(callbackData, false));
  await flush();
  expect(after).toMatchObject({ status: 'rejected', value: { code: 'DESTROYED' } });
  expect(host.postMessage).toHaveBeenCalledTimes(2);
});
