import { afterEach, expect, test, vi } from 'vitest';
import type { BridgeEvent } from '../protocol/bridge';
import { BridgeError } from '../protocol/bridge-error';
import type { SetCallbackData } from '../protocol/outgoing';
import { SAMPLE_CALLBACK_DATA } from '../test/fixtures';
import type { InMemoryOptions } from './in-memory';
import { connectInMemory, SIMULATED_HOST_ORIGIN, SIMULATED_WIDGET_ORIGIN } from './in-memory';

const data: SetCallbackData = { ...SAMPLE_CALLBACK_DATA, CallbackModeId: 3 };

const connections: ReturnType<typeof connectInMemory>[] = [];
function connect(options: InMemoryOptions = {}) {
  const connection = connectInMemory(options);
  connections.push(connection);
  return connection;
}

afterEach(() => {
  for (const connection of connections.splice(0)) connection.close();
  vi.useRealTimers();
});

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof BridgeError ? `${error.code}: ${error.message}` : String(error);
  }
}

test('a double submit reaches the desktop through the real bridge exactly once, and its answer resolves both', async () => {
  const { bridge, desktop, posts } = connect();
  const first = bridge.scheduleCallback(data, false);
  const second = bridge.scheduleCallback(data, false);
  expect(await outcome(first)).toBe('resolved');
  expect(await outcome(second)).toBe('resolved');
  const request = { channel: 'LCM', topic: 'Webservice', subtopic: 'SetCallbackWithComments', source: 'set-callback-widget', data };
  expect(posts).toEqual([{ message: request, targetOrigin: SIMULATED_HOST_ORIGIN }]);
  expect(desktop.requests()).toEqual([{ kind: 'schedule', subtopic: 'SetCallbackWithComments', callid: '12345', packet: null }]);
});

test('the desktop records both directions, in order, with origins and subtopics', async () => {
  const { bridge, desktop } = connect();
  await bridge.scheduleCallback(data, false);
  expect(desktop.traffic().map(({ direction, origin, subtopic }) => [direction, origin, subtopic])).toEqual([
    ['from-widget', SIMULATED_WIDGET_ORIGIN, 'SetCallbackWithComments'],
    ['to-widget', SIMULATED_WIDGET_ORIGIN, 'SetCallbackWithCommentsResult'],
  ]);
  desktop.clearTraffic();
  expect(desktop.traffic()).toEqual([]);
});

test('modes come back from the scenario as the form needs them', async () => {
  const modes = await connect().bridge.loadModes({ callid: '12345', AccountNumber: '5|3|1|0|0|44|1' });
  expect(modes.map((mode) => mode.id)).toEqual([1, 3, 4]);
  expect(await connect({ scenario: { modes: 'empty' } }).bridge.loadModes({ callid: '1', AccountNumber: 'x' })).toEqual([]);
});

test('failure, WS_Error and silence reject the way the form expects', async () => {
  expect(await outcome(connect({ scenario: { schedule: 'failure' } }).bridge.scheduleCallback(data, false))).toBe(
    'REJECTED: The agent desktop could not schedule the callback.',
  );
  expect(await outcome(connect({ scenario: { schedule: 'ws-error' } }).bridge.scheduleCallback(data, false))).toBe(
    'HOST_ERROR: Invalid Call ID.',
  );
  vi.useFakeTimers();
  const silent = outcome(connect({ scenario: { schedule: 'silent' }, timeoutMs: 1_000 }).bridge.scheduleCallback(data, false));
  await vi.advanceTimersByTimeAsync(1_000);
  expect(await silent).toBe('TIMEOUT: The agent desktop did not answer.');
});

test('a scenario change applies to the next request', async () => {
  const { bridge, desktop } = connect({ scenario: { schedule: 'failure' } });
  expect(await outcome(bridge.scheduleCallback(data, false))).toMatch(/^REJECTED/);
  desktop.setScenario({ schedule: 'success' });
  expect(await outcome(bridge.scheduleCallback(data, false))).toBe('resolved');
});

test('with a subscriber id both sides speak in packets', async () => {
  const { bridge, desktop } = connect({ subscriberId: 'sub-7' });
  expect(await outcome(bridge.scheduleCallback(data, true))).toBe('resolved');
  expect(desktop.requests('personal')[0]?.packet).toEqual({ subscriberId: 'sub-7', responseUrl: SIMULATED_WIDGET_ORIGIN });
  expect(desktop.traffic()[1]?.data).toMatchObject({ topic: '', subTopic: '', SubscriberID: 'sub-7', ResponseUrl: SIMULATED_HOST_ORIGIN });
});

test('reply answers the last request at once, as the given scenario says', async () => {
  const { bridge, desktop } = connect({ scenario: { schedule: 'silent' } });
  const pending = outcome(bridge.scheduleCallback(data, false));
  desktop.reply('schedule', { scenario: { schedule: 'ws-error' } });
  expect(await pending).toBe('HOST_ERROR: Invalid Call ID.');
});

test('reply answers a call whose request this desktop never received, and refuses to guess a call', () => {
  const { bridge, desktop } = connect();
  const events: BridgeEvent[] = [];
  bridge.subscribe((event) => events.push(event));
  bridge.expectLateResult('12345', Date.now());
  desktop.reply('schedule', { callid: '12345' });
  expect(events).toEqual([{ type: 'late-result', callid: '12345', outcome: { success: true } }]);
  expect(() => desktop.reply('modes')).toThrow('The desktop received no GetCallBackModes to answer.');
});

test('a pushed call reaches subscribers as a call event', () => {
  const { bridge, desktop } = connect();
  const events: BridgeEvent[] = [];
  bridge.subscribe((event) => events.push(event));
  desktop.pushCall({ callid: '67890', accountNumber: '137|1|3|0|0|84|', userId: 'agent7', leadScore: '5', targetAmount: '0' });
  expect(events).toEqual([
    { type: 'call', context: { callid: '67890', accountNumber: '137|1|3|0|0|84|', userId: 'agent7', leadScore: 5, targetAmount: 0 } },
  ]);
  expect(desktop.traffic().at(-1)).toMatchObject({ direction: 'to-widget', subtopic: 'OutboundCallStateChange', note: 'call 67890' });
});

test('close drops the answers not sent yet and ends what is pending as closed', async () => {
  vi.useFakeTimers();
  const connection = connect();
  const pending = outcome(connection.bridge.scheduleCallback(data, false));
  connection.close();
  await vi.advanceTimersByTimeAsync(1_000);
  expect(await pending).toBe('DESTROYED: The widget was closed.');
  expect(connection.desktop.traffic().map((entry) => entry.direction)).toEqual(['from-widget']);
});
