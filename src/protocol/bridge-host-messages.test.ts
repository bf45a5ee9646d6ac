import { expect, test, vi } from 'vitest';
import type { BridgeEvent } from './bridge';
import { BridgeError } from './bridge-error';
import { callbackData, fakeTimersInEachTest, flush, HOST_ORIGIN, result, setup, track, wsError } from '../test/bridge-setup';

/**
 * What the host posts back through the bridge: answers settle the callback request they name,
 * call events reach every subscriber, and nothing from another origin or window is heard.
 */

fakeTimersInEachTest();

test('resolves when the host confirms success, including a packet-wrapped answer', async () => {
  const { bridge, deliver } = setup();
  const first = track(bridge.scheduleCallback(callbackData, false));
  deliver(JSON.stringify(result('12345', { success: true })));
  await flush();
  expect(first.status).toBe('resolved');

  const second = track(bridge.scheduleCallback({ ...callbackData, callid: '678' }, false));
  deliver({ channel: 'LCM', topic: '', subTopic: '', message: result('678', { success: 'TRUE' }), SubscriberID: 'x' });
  await flush();
  expect(second.status).toBe('resolved');
});

test('rejects with REJECTED and the host\'s text when the host answers success: false', async () => {
  const { bridge, deliver } = setup();
  const outcome = bridge.scheduleCallback(callbackData, false).catch((error: unknown) => error);
  deliver(result('12345', { success: false, msg: 'No agent available for this campaign.' }));
  const error = await outcome;
  expect(error).toBeInstanceOf(BridgeError);
  expect(error).toMatchObject({ code: 'REJECTED', message: 'No agent available for this campaign.' });
});

test('puts the technical text of a failed result in the error details', async () => {
  const { bridge, deliver } = setup();
  const outcome = bridge.scheduleCallback(callbackData, false).catch((error: unknown) => error);
  deliver(result('12345', { success: false, errorType: 'WS_Error', errorMessage: 'Invalid Call ID:12345', msg: 'Invalid Call ID.' }));
  expect(await outcome).toMatchObject({ code: 'REJECTED', message: 'Invalid Call ID.', details: 'WS_Error: Invalid Call ID:12345' });
});

test('rejects with REJECTED and a generic text when a failed result carries none', async () => {
  const { bridge, deliver } = setup();
  const outcome = bridge.scheduleCallback(callbackData, false).catch((error: unknown) => error);
  deliver(result('12345', { success: 'yes' }));
  expect(await outcome).toMatchObject({ code: 'REJECTED', message: 'The agent desktop could not schedule the callback.' });
});

test('rejects with HOST_ERROR "Invalid Call ID." on a WS_Error, technical text in details', async () => {
  const { bridge, deliver } = setup();
  const outcome = bridge.scheduleCallback(callbackData, false).catch((error: unknown) => error);
  deliver(wsError({ callid: '12345', errorType: 'WS_Error', errorMessage: 'Invalid Call ID:12345', msg: 'Invalid Call ID.' }));
  const error = await outcome;
  expect(error).toBeInstanceOf(BridgeError);
  expect(error).toMatchObject({ code: 'HOST_ERROR', message: 'Invalid Call ID.', details: 'WS_Error: Invalid Call ID:12345' });
});

test('ignores an error that names a different call', async () => {
  const { bridge, deliver } = setup();
  const state = track(bridge.scheduleCallback(callbackData, false));
  deliver(wsError({ callid: '999', errorMessage: 'Invalid Call ID:999', msg: 'Invalid Call ID.' }));
  deliver(wsError({ callid: '999', errorMessage: 'Invalid Call ID:999', msg: null }));
  await flush();
  expect(state.status).toBe('pending');
  deliver(result('12345', { success: true }));
  await flush();
  expect(state.status).toBe('resolved');
});

test('settles the pending request with an error that names no call', async () => {
  const { bridge, deliver } = setup();
  const outcome = bridge.scheduleCallback(callbackData, false).catch((error: unknown) => error);
  deliver({ channel: 'LCM', topic: 'Error', data: { errorType: 'WS_Error', errorMessage: 'Callid is empty', msg: 'Invalid Call ID.' } });
  expect(await outcome).toMatchObject({ code: 'HOST_ERROR', message: 'Invalid Call ID.' });
});

test('settles the pending request with a WS_Error that is a plain string', async () => {
  const { bridge, deliver } = setup();
  const outcome = bridge.scheduleCallback(callbackData, false).catch((error: unknown) => error);
  deliver({ subtopic: 'WS_Error', 'data ': 'Invalid Call ID:12345' });
  expect(await outcome).toMatchObject({ code: 'HOST_ERROR', message: 'Invalid Call ID:12345' });
});

test('ignores a result for another call', async () => {
  const { bridge, deliver, events } = setup();
  const state = track(bridge.scheduleCallback(callbackData, false));
  deliver(result('54321', { success: true }));
  deliver(result('123456', { success: false }));
  await flush();
  expect(state.status).toBe('pending');
  expect(events).toEqual([]);
});

test('matches the call id as a trimmed string, whatever type the host used', async () => {
  const { bridge, deliver } = setup();
  const state = track(bridge.scheduleCallback({ ...callbackData, callid: ' 12345 ' }, false));
  deliver({ subtopic: 'SetCallbackWithCommentsResult', message: { callid: 12345, response: { success: true } } });
  await flush();
  expect(state.status).toBe('resolved');
});

test('ignores a message from the right window but the wrong origin', async () => {
  const { bridge, deliver, traffic } = setup();
  const state = track(bridge.scheduleCallback(callbackData, false));
  deliver(result('12345', { success: true }), { origin: 'https://evil.test' });
  await flush();
  expect(state.status).toBe('pending');
  expect(traffic).toContainEqual({ direction: 'ignored', origin: 'https://evil.test', reason: 'origin' });
});

test('ignores look-alike origins: other scheme, other port, suffixed host, trailing slash', async () => {
  const { bridge, deliver } = setup();
  const state = track(bridge.scheduleCallback(callbackData, false));
  for (const origin of [
    'http://desk.example.com',
    'https://desk.example.com:8443',
    'https://desk.example.com.evil.test',
    'https://evil-desk.example.com',
    'https://desk.example.com/',
    'HTTPS://DESK.EXAMPLE.COM',
    'null',
  ]) {
    deliver(result('12345', { success: true }), { origin });
  }
  await flush();
  expect(state.status).toBe('pending');
});

test('ignores a message with the host origin from another window', async () => {
  const { bridge, deliver, traffic } = setup();
  const state = track(bridge.scheduleCallback(callbackData, false));
  deliver(result('12345', { success: true }), { source: { postMessage: () => undefined } });
  deliver(result('12345', { success: true }), { source: null });
  await flush();
  expect(state.status).toBe('pending');
  expect(traffic.filter((entry) => entry.direction === 'ignored')).toEqual([
    { direction: 'ignored', origin: HOST_ORIGIN, reason: 'source' },
    { direction: 'ignored', origin: HOST_ORIGIN, reason: 'source' },
  ]);
});

test('delivers call events to every subscriber until it unsubscribes', () => {
  const { bridge, deliver, events } = setup();
  const other = vi.fn();
  const unsubscribe = bridge.subscribe(other);
  const callEvent = {
    channel: 'Amazon',
    topic: 'Outbound',
    subtopic: 'OutboundCallStateChange',
    data: { call: { id: 'C-1', CallVariables: { AccountNumber: '5|3|1|0|0|44|1', LeadScore: 12 }, User: { UserId: 'agent7' } } },
  };
  deliver(callEvent);
  const expected: BridgeEvent = {
    type: 'call',
    context: { callid: 'C-1', accountNumber: '5|3|1|0|0|44|1', userId: 'agent7', leadScore: 12, targetAmount: null },
  };
  expect(events).toEqual([expected]);
  expect(other).toHaveBeenCalledWith(expected);

  unsubscribe();
  deliver(callEvent);
  expect(events).toHaveLength(2);
  expect(other).toHaveBeenCalledTimes(1);
});
