import { expect, test } from 'vitest';
import { normalizeIncoming } from './incoming';

/**
 * normalizeIncoming on the answer to a callback request, and through it how any message is
 * read: an object or a JSON string, in a packet or not, keys in any case, the payload anywhere.
 */

const resultMessage = (response: unknown, callid: unknown = '12345') => ({
  channel: 'LCM',
  topic: 'WebService',
  subtopic: 'SetCallbackWithCommentsResult',
  message: { callid, response },
});

test('reads a result sent as an object and as a JSON string alike', () => {
  const expected = { kind: 'result', callid: '12345', success: true, errorText: null, technical: null };
  const message = resultMessage({ success: true });
  expect(normalizeIncoming(message)).toEqual(expected);
  expect(normalizeIncoming(JSON.stringify(message))).toEqual(expected);
});

test('ignores data that is unparseable, not an object, or names no known subtopic', () => {
  for (const raw of [
    '{"subtopic": "SetCallbackWithCommentsResult", ',
    'SetCallbackWithCommentsResult',
    '',
    42,
    true,
    null,
    undefined,
    [resultMessage({ success: true })],
    JSON.stringify([resultMessage({ success: true })]),
    { channel: 'LCM', topic: 'Webservice', subtopic: 'SomethingElse', message: { callid: '12345' } },
    () => resultMessage({ success: true }),
  ]) {
    expect(normalizeIncoming(raw)).toBeNull();
  }
});

test('accepts the vendor sample answer verbatim, leading space in the subtopic included', () => {
  const sample = `{
    "channel": "LCM",
    "topic": "WebService",
    "subtopic": " SetCallbackWithCommentsResult",
    "message": { "callid": "12345", "response": { "success": true } }
  }`;
  expect(normalizeIncoming(sample)).toEqual({
    kind: 'result',
    callid: '12345',
    success: true,
    errorText: null,
    technical: null,
  });
});

test('unwraps a packet envelope to the message inside it', () => {
  const packet = {
    channel: 'LCM',
    topic: '',
    subTopic: '',
    message: resultMessage({ success: true }, '777'),
    ResponseUrl: 'https://desk.example.com',
    SubscriberID: 'sub-1',
  };
  expect(normalizeIncoming(packet)).toMatchObject({ kind: 'result', callid: '777', success: true });
  expect(normalizeIncoming({ ...packet, message: JSON.stringify(packet.message) })).toMatchObject({
    kind: 'result',
    callid: '777',
  });
});

test('compares key names and topic/subtopic values case-insensitively', () => {
  const shouty = {
    CHANNEL: 'LCM',
    Topic: 'WEBSERVICE',
    SubTopic: 'setCALLBACKwithCOMMENTSresult',
    Message: { CallID: ' 12345 ', Response: { Success: true } },
  };
  expect(normalizeIncoming(shouty)).toEqual({
    kind: 'result',
    callid: '12345',
    success: true,
    errorText: null,
    technical: null,
  });
});

test('finds the payload under message, data, or the vendor\'s "data " key with a trailing space', () => {
  const payload = { callid: '12345', response: { success: true } };
  const base = { channel: 'LCM', topic: 'Webservice', subtopic: 'SetCallbackWithCommentsResult' };
  for (const key of ['message', 'data', 'data ']) {
    expect(normalizeIncoming({ ...base, [key]: payload }), key).toMatchObject({ kind: 'result', success: true });
  }
});

test('parses a payload that is itself a JSON string', () => {
  const message = {
    channel: 'LCM',
    topic: 'Webservice',
    subtopic: 'SetCallbackWithCommentsResult',
    message: JSON.stringify({ callid: 12345, response: JSON.stringify({ success: 'true' }) }),
  };
  expect(normalizeIncoming(message)).toMatchObject({ kind: 'result', callid: '12345', success: true });
});

test('counts only true or the string "true" in any case as success', () => {
  for (const success of [true, 'true', 'TRUE', ' True ']) {
    expect(normalizeIncoming(resultMessage({ success })), String(success)).toMatchObject({ kind: 'result', success: true });
  }
  for (const success of [false, 'false', 'yes', 1, 0, null, '', {}]) {
    expect(normalizeIncoming(resultMessage({ success })), String(success)).toMatchObject({ kind: 'result', success: false });
  }
  expect(normalizeIncoming(resultMessage({}))).toMatchObject({ success: false });
  expect(normalizeIncoming(resultMessage(undefined))).toMatchObject({ success: false });
});

test('ignores a result that names no call', () => {
  expect(normalizeIncoming(resultMessage({ success: true }, ''))).toBeNull();
  expect(normalizeIncoming(resultMessage({ success: true }, null))).toBeNull();
  expect(normalizeIncoming({ subtopic: 'SetCallbackWithCommentsResult', message: { response: { success: true } } })).toBeNull();
});

test('reads the answer to a personal callback as a result', () => {
  const message = { ...resultMessage({ success: true }), subtopic: 'SetPersonalCallbackWithCommentsResult' };
  expect(normalizeIncoming(message)).toEqual({
    kind: 'result',
    callid: '12345',
    success: true,
    errorText: null,
    technical: null,
  });
});

test('keeps the host\'s error text from a failed result, preferring msg', () => {
  expect(
    normalizeIncoming(
      resultMessage({ success: false, errorType: 'WS_Error', errorMessage: 'Invalid Call ID:12345', msg: 'Invalid Call ID.' }),
    ),
  ).toMatchObject({ kind: 'result', success: false, errorText: 'Invalid Call ID.', technical: 'WS_Error: Invalid Call ID:12345' });
  expect(normalizeIncoming(resultMessage({ success: false, errorMessage: 'Invalid Call ID:12345' }))).toMatchObject({
    errorText: 'Invalid Call ID:12345',
  });
  expect(normalizeIncoming(resultMessage({ success: false, error: 'Slot is full' }))).toMatchObject({ errorText: 'Slot is full' });
  expect(normalizeIncoming(resultMessage({ success: false }))).toMatchObject({ success: false, errorText: null, technical: null });
});
