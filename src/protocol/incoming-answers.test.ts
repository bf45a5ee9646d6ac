import { expect, test } from 'vitest';
import { normalizeIncoming } from './incoming';

/** normalizeIncoming on the desktop's other answers: callback modes, errors (WS_Error, topic "Error"), the personal callback list. */

test('reads callback modes, turning the string ModeID into a number', () => {
  const message = {
    channel: 'LCM',
    topic: 'Webservice',
    subtopic: 'CallBackModes',
    message: {
      callid: '12345',
      response: [
        { ModeID: '3', Description: 'Mobile', Cvalue: '6591462346', Extra: 'ignored' },
        { modeid: 5, description: 'Home', cvalue: 6512345678 },
      ],
    },
  };
  expect(normalizeIncoming(message)).toEqual({
    kind: 'modes',
    callid: '12345',
    modes: [
      { id: 3, description: 'Mobile', value: '6591462346' },
      { id: 5, description: 'Home', value: '6512345678' },
    ],
  });
  expect(normalizeIncoming({ ...message, subtopic: 'CallbackModes' })).toMatchObject({ kind: 'modes' });
});

test('skips mode entries without a whole-number ModeID and keeps the rest', () => {
  const message = {
    subtopic: 'CallbackModes',
    message: {
      callid: '12345',
      response: [
        { ModeID: 'abc', Description: 'Bad' },
        { ModeID: '', Description: 'Empty' },
        { ModeID: '2.5', Description: 'Fraction' },
        { Description: 'Missing' },
        { ModeID: { id: 1 }, Description: 'Object' },
        'not an object',
        null,
        { ModeID: ' 7 ', Description: 'Work' },
      ],
    },
  };
  expect(normalizeIncoming(message)).toEqual({
    kind: 'modes',
    callid: '12345',
    modes: [{ id: 7, description: 'Work', value: '' }],
  });
});

test('keeps a mode whose optional fields are null rather than dropping it', () => {
  const message = {
    subtopic: 'CallbackModes',
    message: { callid: '12345', response: [{ ModeID: '3', Description: 'Mobile', Cvalue: null }] },
  };
  expect(normalizeIncoming(message)).toMatchObject({ modes: [{ id: 3, description: 'Mobile', value: '' }] });
});

test('reads a WS_Error subtopic whose payload is an object, with msg as the user text', () => {
  const message = {
    channel: 'LCM',
    topic: 'Webservice',
    subtopic: 'WS_Error',
    data: { callid: '12345', errorType: 'WS_Error', errorMessage: 'Invalid Call ID:12345', msg: 'Invalid Call ID.' },
  };
  expect(normalizeIncoming(message)).toEqual({
    kind: 'error',
    callid: '12345',
    userMessage: 'Invalid Call ID.',
    technical: 'WS_Error: Invalid Call ID:12345',
  });
});

test('falls back to errorMessage when a WS_Error has no msg', () => {
  const message = { subtopic: 'ws_error', message: { errorType: 'WS_Error', errorMessage: 'Callid is empty' } };
  expect(normalizeIncoming(message)).toEqual({
    kind: 'error',
    callid: null,
    userMessage: 'Callid is empty',
    technical: 'WS_Error: Callid is empty',
  });
});

test('reads a WS_Error whose payload is a plain string, under message or "data "', () => {
  const expected = { kind: 'error', callid: null, userMessage: 'Invalid Call ID:12345', technical: 'Invalid Call ID:12345' };
  expect(normalizeIncoming({ subtopic: 'WS_Error', message: ' Invalid Call ID:12345 ' })).toEqual(expected);
  expect(normalizeIncoming({ subTopic: 'WS_Error', 'data ': 'Invalid Call ID:12345' })).toEqual(expected);
});

test('reads an error sent with topic "Error" and the error type inside data', () => {
  const message = {
    channel: 'LCM',
    topic: 'Error',
    subtopic: 'SetCallbackWithComments',
    'data ': { errorType: 'WS_Error', errorMessage: 'Invalid Call ID:12345', msg: 'Invalid Call ID.' },
  };
  expect(normalizeIncoming(message)).toEqual({
    kind: 'error',
    callid: null,
    userMessage: 'Invalid Call ID.',
    technical: 'WS_Error: Invalid Call ID:12345',
  });
});

test('keeps the call id of an error even when another of its fields is null', () => {
  const message = {
    subtopic: 'WS_Error',
    message: { callid: '999', errorType: 'WS_Error', errorMessage: 'Invalid Call ID:999', msg: null },
  };
  expect(normalizeIncoming(message)).toEqual({
    kind: 'error',
    callid: '999',
    userMessage: 'Invalid Call ID:999',
    technical: 'WS_Error: Invalid Call ID:999',
  });
});

test('reads a GetPersonalCallbackList answer under either subtopic, keys in any case, leaving its entries for the feature to check', () => {
  const entries = [{ CValue: '6591462346', CallStartDate: '03/07/2026' }, 'junk'];
  const canonical = [{ cvalue: '6591462346', callstartdate: '03/07/2026' }, 'junk'];
  for (const subtopic of ['GetPersonalCallbackListResult', ' personalCallbackList ', 'PERSONALCALLBACKLIST']) {
    expect(normalizeIncoming({ Channel: 'LCM', TOPIC: 'WebService', subTopic: subtopic, Message: { Response: entries } })).toEqual({
      kind: 'callback-list',
      entries: canonical,
    });
  }
  // As a JSON string, in a packet, the payload under `data ` or as a bare list.
  const inPacket = { channel: 'LCM', topic: '', subTopic: '', message: JSON.stringify({ subtopic: 'PersonalCallbackList', 'data ': { response: entries } }) };
  expect(normalizeIncoming(inPacket)).toEqual({ kind: 'callback-list', entries: canonical });
  expect(normalizeIncoming({ subtopic: 'PersonalCallbackList', data: entries })).toEqual({ kind: 'callback-list', entries: canonical });
});

test('a GetPersonalCallbackList answer that holds no list is a refusal, not an empty list', () => {
  for (const message of [{ response: { success: false, msg: 'No access' } }, {}, 'nothing', null]) {
    expect(normalizeIncoming({ subtopic: 'GetPersonalCallbackListResult', message })).toEqual({ kind: 'callback-list', entries: null });
  }
  expect(normalizeIncoming({ subtopic: 'GetPersonalCallbackListResult', message: { response: [] } })).toEqual({ kind: 'callback-list', entries: [] });
});
