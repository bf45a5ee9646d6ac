import { expect, test, vi } from 'vitest';
import { callbackData, fakeTimersInEachTest, flush, HOST_ORIGIN, result, setup, track, wsError } from '../test/bridge-setup';

/** GetCallBackModes and GetPersonalCallbackList through the bridge: sent, answered, kept apart from callbacks, timed out. */

fakeTimersInEachTest();

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
