import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { BridgeEvent, MessageSource, PostMessageBridgeOptions, TrafficEntry } from './bridge';
import { createPostMessageBridge, LATE_ANSWER_WINDOW_MS } from './bridge';
import { BridgeError } from './bridge-error';
import type { SetCallbackData } from './outgoing';
import { SAMPLE_CALLBACK_DATA } from '../test/fixtures';

const HOST_ORIGIN = 'https://desk.example.com';
const OWN_ORIGIN = 'https://widget.example.net';
const TIMEOUT_MS = 15_000;

const callbackData: SetCallbackData = SAMPLE_CALLBACK_DATA;

type Listener = (event: MessageEvent) => void;

function setup(overrides: Partial<PostMessageBridgeOptions> = {}) {
  const listeners = new Set<Listener>();
  const self: MessageSource = {
    addEventListener(_type, listener) {
      listeners.add(listener);
    },
    removeEventListener(_type, listener) {
      listeners.delete(listener);
    },
  };
  const host = { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };
  const traffic: TrafficEntry[] = [];
  const bridge = createPostMessageBridge({
    self,
    host,
    hostOrigin: HOST_ORIGIN,
    envelope: { source: 'set-callback-widget', subscriberId: null, ownOrigin: OWN_ORIGIN },
    timeoutMs: TIMEOUT_MS,
    onTraffic: (entry) => traffic.push(entry),
    ...overrides,
  });
  const events: BridgeEvent[] = [];
  bridge.subscribe((event) => events.push(event));

  /** Delivers what a `message` event from the host frame (or an impostor) would carry. */
  function deliver(data: unknown, from: { origin?: string; source?: unknown } = {}) {
    const event = { data, origin: from.origin ?? HOST_ORIGIN, source: 'source' in from ? from.source : host };
    for (const listener of [...listeners]) listener(event as unknown as MessageEvent);
  }
  return { bridge, host, deliver, listeners, events, traffic };
}

/** Observes a promise without awaiting it, so a test can assert it is still pending. */
function track(promise: Promise<unknown>) {
  const state: { status: 'pending' | 'resolved' | 'rejected'; value: unknown } = { status: 'pending', value: undefined };
  promise.then(
    (value) => Object.assign(state, { status: 'resolved', value }),
    (error: unknown) => Object.assign(state, { status: 'rejected', value: error }),
  );
  return state;
}

const flush = () => vi.advanceTimersByTimeAsync(0);

const result = (callid: string, response: unknown, subtopic = ' SetCallbackWithCommentsResult') => ({
  channel: 'LCM',
  topic: 'WebService',
  subtopic,
  message: { callid, response },
});

const wsError = (payload: unknown) => ({ channel: 'LCM', topic: 'Webservice', subtopic: 'WS_Error', message: payload });

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

test('sends the exact SetCallbackWithComments message to the exact host origin', () => {
  const { bridge, host } = setup();
  void bridge.scheduleCallback(callbackData, false).catch(() => undefined);
  expect(host.postMessage.mock.calls).toStrictEqual([
    [
      {
        channel: 'LCM',
        topic: 'Webservice',
        subtopic: 'SetCallbackWithComments',
        source: 'set-callback-widget',
        data: { ...callbackData },
      },
      HOST_ORIGIN,
    ],
  ]);
});

test('sends SetPersonalCallbackWithComments for a personal callback, with the same data', () => {
  const { bridge, host } = setup();
  void bridge.scheduleCallback(callbackData, true).catch(() => undefined);
  expect(host.postMessage).toHaveBeenCalledTimes(1);
  expect(host.postMessage).toHaveBeenCalledWith(
    expect.objectContaining({ subtopic: 'SetPersonalCallbackWithComments', data: callbackData }),
    HOST_ORIGIN,
  );
});

test('never posts with target origin "*"', async () => {
  const { bridge, host } = setup();
  void bridge.scheduleCallback(callbackData, false).catch(() => undefined);
  void bridge.loadModes({ callid: '12345', AccountNumber: '5|3|1|0|0|44|1' }).catch(() => undefined);
  await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
  void bridge.scheduleCallback(callbackData, true).catch(() => undefined);
  expect(host.postMessage).toHaveBeenCalledTimes(3);
  for (const [, targetOrigin] of host.postMessage.mock.calls) expect(targetOrigin).toBe(HOST_ORIGIN);
});

test('wraps the message in a packet when a subscriber id is set', () => {
  const { bridge, host } = setup({
    envelope: { source: 'crm-widget', subscriberId: 'sub-42', ownOrigin: OWN_ORIGIN },
  });
  void bridge.scheduleCallback(callbackData, false).catch(() => undefined);
  expect(host.postMessage.mock.calls).toStrictEqual([
    [
      {
        channel: 'LCM',
        topic: '',
        subTopic: '',
        message: {
          channel: 'LCM',
          topic: 'Webservice',
          subtopic: 'SetCallbackWithComments',
          source: 'crm-widget',
          data: { ...callbackData },
        },
        ResponseUrl: OWN_ORIGIN,
        SubscriberID: 'sub-42',
      },
      HOST_ORIGIN,
    ],
  ]);
});

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

test('sends one message for two schedule calls on the same call id, and both share the outcome', async () => {
  const { bridge, host, deliver } = setup();
  const first = track(bridge.scheduleCallback(callbackData, false));
  const second = track(bridge.scheduleCallback({ ...callbackData }, false));
  expect(host.postMessage).toHaveBeenCalledTimes(1);
  deliver(result('12345', { success: false, msg: 'Slot is full' }));
  await flush();
  expect(first).toMatchObject({ status: 'rejected', value: { code: 'REJECTED', message: 'Slot is full' } });
  expect(second).toEqual(first);
});

test('sends a new message for a retry once the previous request has settled', async () => {
  const { bridge, host } = setup();
  void bridge.scheduleCallback(callbackData, false).catch(() => undefined);
  await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
  void bridge.scheduleCallback(callbackData, false).catch(() => undefined);
  expect(host.postMessage).toHaveBeenCalledTimes(2);
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

test('loads modes: sends GetCallBackModes and resolves with the host\'s list', async () => {
  const { bridge, host, deliver } = setup();
  const modes = bridge.loadModes({ callid: '12345', AccountNumber: '5|3|1|0|0|44|1' });
  expect(host.postMessage.mock.calls).toStrictEqual([
    [
      {
        channel: 'LCM',
        topic: 'Webservice',
        subtopic: 'GetCallBackModes',
        source: 'set-callback-widget',
        data: { callid: '12345', AccountNumber: '5|3|1|0|0|44|1' },
      },
      HOST_ORIGIN,
    ],
  ]);
  deliver({
    channel: 'LCM',
    topic: 'Webservice',
    subtopic: 'CallbackModes',
    message: { callid: '12345', response: [{ ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' }] },
  });
  await expect(modes).resolves.toEqual([{ id: 3, description: 'Mobile', value: '6591462346' }]);
});

test('a modes answer does not settle a schedule request for the same call, nor the reverse', async () => {
  const { bridge, deliver } = setup();
  const schedule = track(bridge.scheduleCallback(callbackData, false));
  const modes = track(bridge.loadModes({ callid: '12345', AccountNumber: '1' }));
  deliver({ subtopic: 'CallbackModes', message: { callid: '12345', response: [] } });
  await flush();
  expect(schedule.status).toBe('pending');
  expect(modes).toEqual({ status: 'resolved', value: [] });

  const modesAgain = track(bridge.loadModes({ callid: '12345', AccountNumber: '1' }));
  deliver(result('12345', { success: true }));
  await flush();
  expect(schedule.status).toBe('resolved');
  expect(modesAgain.status).toBe('pending');
});

test('rejects a modes request with TIMEOUT after modesTimeoutMs', async () => {
  const { bridge } = setup({ modesTimeoutMs: 2000 });
  const modes = track(bridge.loadModes({ callid: '12345', AccountNumber: '1' }));
  await vi.advanceTimersByTimeAsync(2000);
  expect(modes).toMatchObject({ status: 'rejected', value: { code: 'TIMEOUT' } });
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

test('rejects with HOST_ERROR when posting to the host throws, and lets a retry send again', async () => {
  const { bridge, host } = setup();
  host.postMessage.mockImplementationOnce(() => {
    throw new DOMException('Failed to execute postMessage', 'DataCloneError');
  });
  const first = track(bridge.scheduleCallback(callbackData, false));
  await flush();
  expect(first).toMatchObject({ status: 'rejected', value: { code: 'HOST_ERROR' } });
  void bridge.scheduleCallback(callbackData, false).catch(() => undefined);
  expect(host.postMessage).toHaveBeenCalledTimes(2);
});

const listData = { UserID: 'testagent', FromDate: '24/11/2026', ToDate: '24/12/2026', StartingNo: 1, NoOfRecords: 100 };
const listAnswer = (response: unknown) => ({ channel: 'LCM', topic: 'Webservice', subtopic: 'GetPersonalCallbackListResult', message: { response } });

test('asks for the callback list with GetPersonalCallbackList and resolves with its entries, unread', async () => {
  const { bridge, host, deliver } = setup();
  const list = track(bridge.loadCallbackList(listData));
  expect(host.postMessage.mock.calls).toStrictEqual([
    [{ channel: 'LCM', topic: 'Webservice', subtopic: 'GetPersonalCallbackList', source: 'set-callback-widget', data: listData }, HOST_ORIGIN],
  ]);
  deliver(listAnswer([{ CValue: '6591462346' }]));
  await flush();
  expect(list).toEqual({ status: 'resolved', value: [{ cvalue: '6591462346' }] });
});

test('one list request at a time, and a list answer settles neither modes nor a callback', async () => {
  const { bridge, host, deliver } = setup();
  const schedule = track(bridge.scheduleCallback(callbackData, false));
  const modes = track(bridge.loadModes({ callid: '12345', AccountNumber: '1' }));
  const list = track(bridge.loadCallbackList(listData));
  const again = track(bridge.loadCallbackList(listData));
  expect(host.postMessage).toHaveBeenCalledTimes(3);
  deliver(listAnswer([]));
  await flush();
  expect([schedule.status, modes.status, list.status, again.status]).toEqual(['pending', 'pending', 'resolved', 'resolved']);
});

test('a list answer without a list rejects the list request with HOST_ERROR', async () => {
  const { bridge, deliver } = setup();
  const list = track(bridge.loadCallbackList(listData));
  deliver(listAnswer({ success: false }));
  await flush();
  expect(list).toMatchObject({ status: 'rejected', value: { code: 'HOST_ERROR' } });
});

test('an error that names no call settles a pending callback first (SPEC §3), and the list when nothing else is pending', async () => {
  const { bridge, deliver } = setup();
  const list = track(bridge.loadCallbackList(listData));
  const schedule = track(bridge.scheduleCallback(callbackData, false));
  deliver(wsError({ errorType: 'WS_Error', errorMessage: 'Invalid Call ID:12345', msg: 'Invalid Call ID.' }));
  await flush();
  expect(schedule).toMatchObject({ status: 'rejected', value: { code: 'HOST_ERROR', message: 'Invalid Call ID.' } });
  expect(list.status).toBe('pending');
  deliver(wsError({ errorType: 'WS_Error', errorMessage: 'Callid is empty', msg: 'Invalid Call ID.' }));
  await flush();
  expect(list).toMatchObject({ status: 'rejected', value: { code: 'HOST_ERROR' } });
});

test('an error naming the call goes to that call, not to the list', async () => {
  const { bridge, deliver } = setup();
  const list = track(bridge.loadCallbackList(listData));
  const schedule = track(bridge.scheduleCallback(callbackData, false));
  deliver(wsError({ callid: '12345', errorType: 'WS_Error', errorMessage: 'Invalid Call ID:12345', msg: 'Invalid Call ID.' }));
  await flush();
  expect(schedule).toMatchObject({ status: 'rejected', value: { code: 'HOST_ERROR' } });
  expect(list.status).toBe('pending');
});

test('a list request times out after modesTimeoutMs, as modes do', async () => {
  const { bridge } = setup({ modesTimeoutMs: 2000 });
  const list = track(bridge.loadCallbackList(listData));
  await vi.advanceTimersByTimeAsync(1999);
  expect(list.status).toBe('pending');
  await vi.advanceTimersByTimeAsync(1);
  expect(list).toMatchObject({ status: 'rejected', value: { code: 'TIMEOUT' } });
});
