import { expect, test, vi } from 'vitest';
import { callbackData, fakeTimersInEachTest, flush, HOST_ORIGIN, OWN_ORIGIN, result, setup, TIMEOUT_MS, track } from '../test/bridge-setup';

/** What the bridge posts to the host: the exact messages, to the exact origin, one per call at a time. */

fakeTimersInEachTest();

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
