import { expect, test } from 'vitest';
import { normalizeIncoming } from '../protocol/incoming';
import { buildMessage } from '../protocol/outgoing';
import type { HostRequest, HostSettings, ResultScenario } from './host-scenarios';
import {
  buildCallEvent,
  buildWidgetUrl,
  DEFAULT_CALL,
  DEFAULT_SETTINGS,
  planAnswers,
  prettyJson,
  readRequest,
  viewOf,
  widgetOriginFor,
} from './host-scenarios';
import { SAMPLE_CALLBACK_DATA } from '../test/fixtures';

const HOST = 'http://localhost:5173';
const plain = { source: 'set-callback-widget', subscriberId: null, ownOrigin: 'http://127.0.0.1:5173' };
const packed = { ...plain, subscriberId: 'sub-7' };
const data = SAMPLE_CALLBACK_DATA;

const scheduleRequest = (personal = false): HostRequest => {
  const request = readRequest(buildMessage(personal ? 'SetPersonalCallbackWithComments' : 'SetCallbackWithComments', data, plain));
  if (!request) throw new Error('not read');
  return request;
};

const plan = (schedule: ResultScenario, overrides: Partial<HostSettings> = {}) =>
  planAnswers(scheduleRequest(), { ...DEFAULT_SETTINGS, schedule, ...overrides }, { hostOrigin: HOST });

/** What the widget makes of an answer: the real normaliser is the judge. */
const widgetReads = (answer: unknown) => normalizeIncoming(answer);

test('reads the widget requests, plain and in packets', () => {
  expect(readRequest(buildMessage('GetCallBackModes', { callid: '12345', AccountNumber: 'x' }, plain))).toEqual({
    kind: 'modes',
    subtopic: 'GetCallBackModes',
    callid: '12345',
    packet: null,
  });
  expect(readRequest(buildMessage('SetPersonalCallbackWithComments', data, packed))).toEqual({
    kind: 'personal',
    subtopic: 'SetPersonalCallbackWithComments',
    callid: '12345',
    packet: { subscriberId: 'sub-7', responseUrl: 'http://127.0.0.1:5173' },
  });
  expect(readRequest('{"subtopic":"x"}')).toBeNull();
  expect(readRequest({ topic: 'Webservice', subtopic: 'Hello', data: { callid: '1' } })?.kind).toBeNull();
});

test('success is a result the widget reads as success for the same call', () => {
  const [answer, extra] = plan('success');
  expect(extra).toBeUndefined();
  expect(widgetReads(answer?.data)).toMatchObject({ kind: 'result', callid: '12345', success: true });
});

test('personal requests get the personal result', () => {
  const [answer] = planAnswers(scheduleRequest(true), DEFAULT_SETTINGS, { hostOrigin: HOST });
  expect(answer?.subtopic).toBe('SetPersonalCallbackWithCommentsResult');
  expect(widgetReads(answer?.data)).toMatchObject({ kind: 'result', success: true });
});

test('failure answers success: false', () => {
  expect(widgetReads(plan('failure')[0]?.data)).toMatchObject({ kind: 'result', success: false });
});

test("WS_Error carries the vendor's user message and technical text", () => {
  expect(widgetReads(plan('ws-error')[0]?.data)).toEqual({
    kind: 'error',
    callid: '12345',
    userMessage: 'Invalid Call ID.',
    technical: 'WS_Error: Invalid Call ID:12345',
  });
});

test('no answer plans nothing; missing modes plan nothing', () => {
  expect(plan('no-answer')).toEqual([]);
  const modes = readRequest(buildMessage('GetCallBackModes', { callid: '1', AccountNumber: 'x' }, plain));
  if (!modes) throw new Error('not read');
  expect(planAnswers(modes, { ...DEFAULT_SETTINGS, modes: 'missing' }, { hostOrigin: HOST })).toEqual([]);
});

test('modes answer normal with three modes and empty with none', () => {
  const modes = readRequest(buildMessage('GetCallBackModes', { callid: '1', AccountNumber: 'x' }, plain));
  if (!modes) throw new Error('not read');
  const normal = planAnswers(modes, DEFAULT_SETTINGS, { hostOrigin: HOST })[0];
  expect(widgetReads(normal?.data)).toMatchObject({ kind: 'modes', callid: '1', modes: [{ id: 1 }, { id: 3, description: 'Mobile', value: '6591462346' }, { id: 4 }] });
  const empty = planAnswers(modes, { ...DEFAULT_SETTINGS, modes: 'empty' }, { hostOrigin: HOST })[0];
  expect(widgetReads(empty?.data)).toEqual({ kind: 'modes', callid: '1', modes: [] });
});

test('delayed answers after the chosen seconds', () => {
  const [answer] = plan('delayed', { delaySeconds: 3 });
  expect(answer?.delayMs).toBe(3000);
  expect(widgetReads(answer?.data)).toMatchObject({ success: true });
});

test('twice sends the same success twice, the second one later', () => {
  const [first, second] = plan('twice');
  expect(second?.data).toEqual(first?.data);
  expect(second?.delayMs).toBeGreaterThan(first?.delayMs ?? Infinity);
});

test('malformed is a string the widget ignores', () => {
  const [answer] = plan('malformed');
  expect(typeof answer?.data).toBe('string');
  expect(widgetReads(answer?.data)).toBeNull();
});

test('another call answers for a different call id', () => {
  expect(widgetReads(plan('other-call')[0]?.data)).toMatchObject({ kind: 'result', callid: '12346', success: true });
});

test('a JSON string answer and a packet answer both read as success', () => {
  const json = plan('json-string')[0]?.data;
  expect(typeof json).toBe('string');
  expect(widgetReads(json)).toMatchObject({ success: true, callid: '12345' });
  const packet = plan('packet')[0]?.data;
  expect(packet).toMatchObject({ topic: '', subTopic: '', ResponseUrl: HOST });
  expect(widgetReads(packet)).toMatchObject({ success: true, callid: '12345' });
});

test('a host spoken to in packets answers in packets', () => {
  const request = readRequest(buildMessage('SetCallbackWithComments', data, packed));
  if (!request) throw new Error('not read');
  const [answer] = planAnswers(request, DEFAULT_SETTINGS, { hostOrigin: HOST });
  expect(answer?.data).toMatchObject({ topic: '', subTopic: '', SubscriberID: 'sub-7', ResponseUrl: HOST });
  expect(widgetReads(answer?.data)).toMatchObject({ success: true });
});

test('the call event maps to the call the panel holds', () => {
  const event = buildCallEvent({ ...DEFAULT_CALL, callid: '777', leadScore: '42', targetAmount: '10.5' });
  expect(event).toMatchObject({ channel: 'Genesys', topic: 'OutboundCall', subtopic: 'OutboundCallStateChange' });
  expect(widgetReads(event)).toEqual({
    kind: 'call',
    context: { callid: '777', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: 42, targetAmount: 10.5 },
  });
});

test('the widget comes from the other loopback name, unless overridden', () => {
  expect(widgetOriginFor('http://localhost:5173/dev')).toBe('http://127.0.0.1:5173');
  expect(widgetOriginFor('http://127.0.0.1:4173/dev?x=1')).toBe('http://localhost:4173');
  expect(widgetOriginFor('http://localhost:5173/dev?widgetOrigin=https://widget.example.com')).toBe('https://widget.example.com');
  expect(widgetOriginFor('http://localhost:5173/dev?widgetOrigin=javascript:alert(1)')).toBe('http://127.0.0.1:5173');
});

test('the widget URL carries the call and the host origin, and skips empty options', () => {
  const url = new URL(buildWidgetUrl('http://127.0.0.1:5173', DEFAULT_CALL, { hostOrigin: HOST, subscriberId: '', timeoutMs: '2000', theme: 'system' }));
  expect(url.origin).toBe('http://127.0.0.1:5173');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    callid: '12345',
    accountNumber: '5|3|1|0|0|44|1',
    userId: 'testagent',
    leadScore: '0',
    targetAmount: '0',
    hostOrigin: HOST,
    timeoutMs: '2000',
  });
});

test('the log shows pretty JSON and names strings and packets', () => {
  expect(viewOf({ a: 1, b: { c: [1, 2] } })).toEqual({ body: '{\n  "a": 1,\n  "b": {\n    "c": [ 1, 2 ]\n  }\n}', tags: [] });
  expect(viewOf('{"topic":"","subTopic":"","message":{}}').tags).toEqual(['JSON string', 'packet']);
  expect(viewOf('{"broken').tags).toEqual(['not valid JSON']);
});

test('pretty JSON keeps small flat objects on one line and parses back to the same value', () => {
  const value = { response: [{ ModeID: '1', Description: 'Home' }], callid: '1', nested: { deep: { x: null } } };
  const text = prettyJson(value);
  expect(text).toContain('{ "ModeID": "1", "Description": "Home" }');
  expect(JSON.parse(text)).toEqual(value);
});
