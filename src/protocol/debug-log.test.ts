import { expect, test, vi } from 'vitest';
import type { TrafficEntry } from './bridge';
import { createTrafficLogger, describeTraffic } from './debug-log';
import { normalizeIncoming } from './incoming';
import type { SetCallbackData } from './outgoing';
import { buildMessage } from './outgoing';
import { SAMPLE_CALLBACK_DATA } from '../test/fixtures';

const HOST = 'https://desk.example.com';
const COMMENT = 'Customer asked about the renewal';
const PHONE = '6591462346';

const data: SetCallbackData = { ...SAMPLE_CALLBACK_DATA, CallbackModeId: 3, AgentComments: COMMENT };

const outgoing = (subscriberId: string | null = null): TrafficEntry => ({
  direction: 'out',
  origin: HOST,
  message: buildMessage('SetCallbackWithComments', data, { source: 'set-callback-widget', subscriberId, ownOrigin: 'https://widget.example.net' }),
});

const incoming = (raw: unknown): TrafficEntry => ({ direction: 'in', origin: HOST, data: raw, message: normalizeIncoming(raw) });

const modesAnswer = {
  channel: 'LCM',
  topic: 'Webservice',
  subtopic: 'CallbackModes',
  message: { callid: '12345', response: [{ ModeID: '3', Description: 'Mobile', Cvalue: PHONE }] },
};

const traffic: TrafficEntry[] = [
  outgoing(),
  incoming(modesAnswer),
  incoming(JSON.stringify({ subtopic: 'WS_Error', message: { msg: `Cannot dial ${PHONE}`, comment: COMMENT } })),
  { direction: 'ignored', origin: 'https://desk.example.com.evil.test', reason: 'origin' },
];

test('the debug log counts what went out, what came in and what was ignored', () => {
  const logger = createTrafficLogger(() => undefined);
  for (const entry of traffic) logger(entry);
  expect(logger.counts).toEqual({ sent: 1, received: 2, ignored: 1 });
});

test('with debug, each message in and out gets one line naming its direction, origin and subtopic or kind', () => {
  const lines: string[] = [];
  const logger = createTrafficLogger((line) => lines.push(line));
  for (const entry of traffic) logger(entry);
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/^\[set-callback\] out → https:\/\/desk\.example\.com SetCallbackWithComments \{/);
  expect(lines[1]).toMatch(/^\[set-callback\] in {2}← https:\/\/desk\.example\.com modes \{/);
  expect(lines[2]).toMatch(/^\[set-callback\] in {2}← https:\/\/desk\.example\.com error \{/);
  expect(lines[3]).toBe('[set-callback] ignored  https://desk.example.com.evil.test (wrong origin)');
});

test('with debug, the default sink is console.info', () => {
  const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
  createTrafficLogger()(outgoing());
  expect(info).toHaveBeenCalledTimes(1);
  expect(info.mock.calls[0]?.[0]).toContain('SetCallbackWithComments');
});

test('a packet is logged by its inner subtopic and marked as a packet', () => {
  expect(describeTraffic(outgoing('sub-1'))).toMatch(/^out → https:\/\/desk\.example\.com SetCallbackWithComments \(packet\) \{/);
});

test('a line stays one compact line: pretty-printed JSON strings are flattened, huge data is cut', () => {
  const pretty = describeTraffic(incoming(JSON.stringify(modesAnswer, null, 2)));
  expect(pretty).not.toMatch(/[\r\n\u2028\u2029]/);
  expect(pretty).toContain('"subtopic": "CallbackModes"');
  const huge = describeTraffic(incoming({ ...modesAnswer, pad: 'x'.repeat(1024 * 1024) }));
  expect(huge.length).toBeLessThan(2_100);
  expect(huge.endsWith('…')).toBe(true);
  // Without catastrophic backtracking: this would hang the test on a quadratic pattern.
  expect(describeTraffic(incoming(`${' '.repeat(1024 * 1024)}x`))).toMatch(/^in {2}← \S+ unrecognised\s+/);
  const multiline = describeTraffic(outgoing());
  expect(multiline).not.toMatch(/[\r\n]/);
});

test('data that cannot be serialised is logged as such, never thrown', () => {
  const cyclic: Record<string, unknown> = { subtopic: 'x' };
  cyclic.self = cyclic;
  const hostile = {
    toJSON() {
      throw new Error('hostile');
    },
  };
  for (const raw of [cyclic, hostile, BigInt(1), Symbol('x'), undefined, () => 1]) {
    expect(() => describeTraffic({ direction: 'in', origin: HOST, data: raw, message: null })).not.toThrow();
    expect(describeTraffic({ direction: 'in', origin: HOST, data: raw, message: null })).toMatch(/^in {2}← https:\/\/desk\.example\.com unrecognised /);
  }
  expect(describeTraffic({ direction: 'in', origin: HOST, data: cyclic, message: null })).toContain('[unserialisable]');
});
