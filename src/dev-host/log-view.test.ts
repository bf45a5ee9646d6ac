import { expect, test } from 'vitest';
import { clockTime, prettyJson, viewOf } from './log-view';

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
