import { expect, test } from 'vitest';
import { buildCallEvent } from '../simulator/wire';
import { clockTime, lineOf, prettyJson, viewOf } from './log-view';

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

test('the log clock shows milliseconds, zero-padded', () => {
  expect(clockTime(new Date(2026, 0, 2, 3, 4, 5, 6))).toBe('03:04:05.006');
});

const answer = (data: unknown) => ({ direction: 'to-widget' as const, data, request: null });

test('the one-line summary names the call and the outcome the widget reads from an answer', () => {
  const result = (success: unknown) => ({ channel: 'LCM', topic: 'WebService', subtopic: ' SetCallbackWithCommentsResult', message: { callid: '12345', response: { success } } });
  expect(lineOf(answer(result(true)), [])).toEqual({ callid: '12345', badge: 'success' });
  expect(lineOf(answer(JSON.stringify(result(false))), ['JSON string'])).toEqual({ callid: '12345', badge: 'failed' });
  expect(lineOf(answer({ subtopic: 'CallbackModes', message: { callid: 9, response: [{ ModeID: '1' }] } }), [])).toEqual({ callid: '9', badge: '1 mode' });
  expect(lineOf(answer({ subtopic: 'WS_Error', data: { callid: '12345', msg: 'Invalid Call ID.' } }), [])).toEqual({ callid: '12345', badge: 'error' });
  expect(lineOf(answer(buildCallEvent({ callid: '777', accountNumber: '1', userId: 'a', leadScore: '', targetAmount: '' })), [])).toEqual({ callid: '777', badge: 'new call' });
  expect(lineOf(answer('{"broken'), ['not valid JSON'])).toEqual({ callid: null, badge: 'not valid JSON' });
  const list = (response: unknown) => answer({ subtopic: 'GetPersonalCallbackListResult', message: { response } });
  expect(lineOf(list([]), [])).toEqual({ callid: null, badge: '0 entries' });
  expect(lineOf(list([{ CallbackID: '1' }]), [])).toEqual({ callid: null, badge: '1 entry' });
  expect(lineOf(list('Access denied'), [])).toEqual({ callid: null, badge: 'error' });
});

test('the one-line summary of a widget request names its call, and a packet', () => {
  const request = { kind: 'schedule' as const, subtopic: 'SetCallbackWithComments', callid: '12345', packet: null };
  expect(lineOf({ direction: 'from-widget', data: {}, request }, [])).toEqual({ callid: '12345', badge: null });
  expect(lineOf({ direction: 'from-widget', data: {}, request: { ...request, packet: { subscriberId: 's', responseUrl: 'u' } } }, ['packet'])).toEqual({ callid: '12345', badge: 'packet' });
});
