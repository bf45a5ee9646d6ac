import { afterEach, expect, test, vi } from 'vitest';
import type { BridgeEvent } from '../protocol/bridge';
import { BridgeError } from '../protocol/bridge-error';
import type { SetCallbackData } from '../protocol/outgoing';
import type { FakeHostOptions } from './fake-host';
import { createFakeHost } from './fake-host';
import { SAMPLE_CALLBACK_DATA } from '../test/fixtures';

const data: SetCallbackData = { ...SAMPLE_CALLBACK_DATA, CallbackModeId: 3 };

const hosts: ReturnType<typeof createFakeHost>[] = [];
function host(options: FakeHostOptions = {}) {
  const created = createFakeHost(options);
  hosts.push(created);
  return created;
}

afterEach(() => {
  for (const created of hosts.splice(0)) created.destroy();
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

test('the widget message reaches the host through the real bridge, exactly once for a double submit', async () => {
  const fake = host();
  const first = fake.bridge.scheduleCallback(data, false);
  const second = fake.bridge.scheduleCallback(data, false);
  expect(await outcome(first)).toBe('resolved');
  await second;
  expect(fake.received).toEqual([
    { channel: 'LCM', topic: 'Webservice', subtopic: 'SetCallbackWithComments', source: 'set-callback-widget', data },
  ]);
});

test('modes come back as the form needs them', async () => {
  const modes = await host().bridge.loadModes({ callid: '12345', AccountNumber: '5|3|1|0|0|44|1' });
  expect(modes.map((mode) => mode.id)).toEqual([1, 3, 4]);
  expect(await host({ settings: { modes: 'empty' } }).bridge.loadModes({ callid: '1', AccountNumber: 'x' })).toEqual([]);
});

test('failure, WS_Error and silence reject the way the form expects', async () => {
  expect(await outcome(host({ settings: { schedule: 'failure' } }).bridge.scheduleCallback(data, false))).toBe(
    'REJECTED: The agent desktop could not schedule the callback.',
  );
  expect(await outcome(host({ settings: { schedule: 'ws-error' } }).bridge.scheduleCallback(data, false))).toBe(
    'HOST_ERROR: Invalid Call ID.',
  );
  vi.useFakeTimers();
  const silent = outcome(host({ settings: { schedule: 'no-answer' }, timeoutMs: 1_000 }).bridge.scheduleCallback(data, false));
  await vi.advanceTimersByTimeAsync(1_000);
  expect(await silent).toBe('TIMEOUT: The agent desktop did not answer.');
});

test('a delivered call reaches subscribers as a call event', () => {
  const fake = host();
  const events: BridgeEvent[] = [];
  fake.bridge.subscribe((event) => events.push(event));
  fake.deliverCall({ callid: '67890', accountNumber: '137|1|3|0|0|84|', userId: 'agent7', leadScore: '5', targetAmount: '0' });
  expect(events).toEqual([
    { type: 'call', context: { callid: '67890', accountNumber: '137|1|3|0|0|84|', userId: 'agent7', leadScore: 5, targetAmount: 0 } },
  ]);
});

test('destroy stops pending answers', async () => {
  vi.useFakeTimers();
  const fake = host();
  const pending = outcome(fake.bridge.scheduleCallback(data, false));
  fake.destroy();
  await vi.advanceTimersByTimeAsync(1_000);
  expect(await pending).toBe('DESTROYED: The widget was closed.');
});
