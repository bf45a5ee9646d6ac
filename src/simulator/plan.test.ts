import { expect, test } from 'vitest';
import { normalizeIncoming } from '../protocol/incoming';
import { buildMessage } from '../protocol/outgoing';
import { SAMPLE_CALLBACK_DATA } from '../test/fixtures';
import { planAnswers } from './plan';
import type { ResultScenario, Scenario } from './scenario';
import { DEFAULT_SCENARIO } from './scenario';
import type { HostRequest } from './wire';
import { buildCallEvent, DEFAULT_CALL, readRequest } from './wire';

const HOST = 'http://localhost:5173';
const plain = { source: 'set-callback-widget', subscriberId: null, ownOrigin: 'http://127.0.0.1:5173' };
const packed = { ...plain, subscriberId: 'sub-7' };
const data = SAMPLE_CALLBACK_DATA;

function read(message: unknown): HostRequest {
  const request = readRequest(message);
  if (!request) throw new Error('not read');
  return request;
}

const scheduleRequest = (personal = false) =>
  read(buildMessage(personal ? 'SetPersonalCallbackWithComments' : 'SetCallbackWithComments', data, plain));
const modesRequest = () => read(buildMessage('GetCallBackModes', { callid: '1', AccountNumber: 'x' }, plain));

const plan = (schedule: ResultScenario, overrides: Partial<Scenario> = {}) =>
  planAnswers(scheduleRequest(), { ...DEFAULT_SCENARIO, schedule, ...overrides }, HOST);

/** What the widget makes of an answer: the real normaliser is the judge. */
const widgetReads = (answer: unknown) => normalizeIncoming(answer);

test('the desktop reads the widget requests, plain and in packets, and nothing else', () => {
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

test('success is one result the widget reads as success for the same call', () => {
  const [answer, extra] = plan('success');
  expect(extra).toBeUndefined();
  expect(widgetReads(answer?.data)).toMatchObject({ kind: 'result', callid: '12345', success: true });
});

test('personal requests get the personal result', () => {
  const [answer] = planAnswers(scheduleRequest(true), DEFAULT_SCENARIO, HOST);
  expect(answer?.subtopic).toBe('SetPersonalCallbackWithCommentsResult');
  expect(widgetReads(answer?.data)).toMatchObject({ kind: 'result', success: true });
});

test('failure answers success: false, with the desktop text when the scenario gives one', () => {
  expect(widgetReads(plan('failure')[0]?.data)).toMatchObject({ kind: 'result', success: false, errorText: null });
  expect(widgetReads(plan('failure', { failureText: 'Campaign is closed.' })[0]?.data)).toMatchObject({
    kind: 'result',
    success: false,
    errorText: 'Campaign is closed.',
  });
});

test("WS_Error carries the vendor's user message and technical text", () => {
  expect(widgetReads(plan('ws-error')[0]?.data)).toEqual({
    kind: 'error',
    callid: '12345',
    userMessage: 'Invalid Call ID.',
    technical: 'WS_Error: Invalid Call ID:12345',
  });
});

test('a silent desktop plans no answer, for callbacks and for modes', () => {
  expect(plan('silent')).toEqual([]);
  expect(planAnswers(modesRequest(), { ...DEFAULT_SCENARIO, modes: 'silent' }, HOST)).toEqual([]);
});

test('modes answer with the three demo modes by default and with none when empty', () => {
  const list = planAnswers(modesRequest(), DEFAULT_SCENARIO, HOST)[0];
  expect(widgetReads(list?.data)).toMatchObject({ kind: 'modes', callid: '1', modes: [{ id: 1 }, { id: 3, description: 'Mobile', value: '6591462346' }, { id: 4 }] });
  const empty = planAnswers(modesRequest(), { ...DEFAULT_SCENARIO, modes: 'empty' }, HOST)[0];
  expect(widgetReads(empty?.data)).toEqual({ kind: 'modes', callid: '1', modes: [] });
});

test('modes answer with the list the scenario gives', () => {
  const modeList = [{ ModeID: '7', Description: 'Office', Cvalue: '1' }];
  const [answer] = planAnswers(modesRequest(), { ...DEFAULT_SCENARIO, modeList }, HOST);
  expect(widgetReads(answer?.data)).toEqual({ kind: 'modes', callid: '1', modes: [{ id: 7, description: 'Office', value: '1' }] });
});

test('a late answer is a success after the chosen delay, capped at ten minutes', () => {
  const [answer] = plan('late', { lateAfterMs: 3_000 });
  expect(answer?.delayMs).toBe(3_000);
  expect(answer?.note).toBe('answered after 3 s');
  expect(widgetReads(answer?.data)).toMatchObject({ success: true });
  expect(plan('late', { lateAfterMs: 10 ** 9 })[0]?.delayMs).toBe(600_000);
});

test('a well-behaved answer takes the scenario reply time', () => {
  expect(plan('success', { replyAfterMs: 0 })[0]?.delayMs).toBe(0);
  expect(plan('success')[0]?.delayMs).toBe(250);
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

test('a desktop spoken to in packets answers in packets', () => {
  const request = read(buildMessage('SetCallbackWithComments', data, packed));
  const [answer] = planAnswers(request, DEFAULT_SCENARIO, HOST);
  expect(answer?.data).toMatchObject({ topic: '', subTopic: '', SubscriberID: 'sub-7', ResponseUrl: HOST });
  expect(widgetReads(answer?.data)).toMatchObject({ success: true });
});

test('the call event maps to the call the desktop holds', () => {
  const event = buildCallEvent({ ...DEFAULT_CALL, callid: '777', leadScore: '42', targetAmount: '10.5' });
  expect(event).toMatchObject({ channel: 'Genesys', topic: 'OutboundCall', subtopic: 'OutboundCallStateChange' });
  expect(widgetReads(event)).toEqual({
    kind: 'call',
    context: { callid: '777', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: 42, targetAmount: 10.5 },
  });
});
