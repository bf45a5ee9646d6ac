import { expect, test } from 'vitest';
import { normalizeIncoming } from './incoming';

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

test('maps a call event from any channel and topic, with the call id from CallId, callid, CallVariables.CallId or id', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['Amazon', 'Outbound', { CallId: 'A-1', id: 'ignored' }, 'A-1'],
    ['Genesys', 'OutboundCall', { callid: 'G-2', CallVariables: { CallId: 'ignored' } }, 'G-2'],
    ['Five9', 'Outbound', { CallVariables: { CallId: 'F-3' }, id: 'ignored' }, 'F-3'],
    ['Webex cc', 'OutboundCall', { id: 'W-4' }, 'W-4'],
    ['Finesse', 'Outbound', { ID: 5005 }, '5005'],
    ['LCM', 'OutboundCall', { CallId: '  ', id: 'L-6' }, 'L-6'],
  ];
  for (const [channel, topic, call, callid] of cases) {
    const event = { channel, topic, subtopic: 'OutboundCallStateChange', data: { call } };
    expect(normalizeIncoming(event), channel).toMatchObject({ kind: 'call', context: { callid } });
  }
});

test('maps account number, agent and lead score from a call event, keys in any case', () => {
  const event = {
    channel: 'Genesys',
    topic: 'OutboundCall',
    subTopic: 'outboundCallStateChange',
    message: JSON.stringify({
      CALL: {
        Id: 'C-1',
        callVariables: { ACCOUNTNUMBER: '5|3|1|0|0|44|1', LCMKey: 'ignored', leadscore: '42', TargetAmount: 10.5 },
        user: { USERID: 'agent7', loginName: 'ignored' },
      },
    }),
  };
  expect(normalizeIncoming(event)).toEqual({
    kind: 'call',
    context: { callid: 'C-1', accountNumber: '5|3|1|0|0|44|1', userId: 'agent7', leadScore: 42, targetAmount: 10.5 },
  });
});

test("reads the customer's zone from CallVariables.TimeZone, key in any case, unchecked (SPEC §11)", () => {
  const event = (variables: Record<string, unknown>) => ({
    subtopic: 'OutboundCallStateChange',
    data: { call: { id: 'C-2', CallVariables: variables } },
  });
  expect(normalizeIncoming(event({ TIMEZONE: ' America/Chicago ' }))).toMatchObject({ kind: 'call', context: { callid: 'C-2', timeZone: 'America/Chicago' } });
  // Checked where it is used: a name that is no zone still arrives, so the form can say what it got.
  expect(normalizeIncoming(event({ timeZone: 'Mars/Base' }))).toMatchObject({ context: { timeZone: 'Mars/Base' } });
  expect(normalizeIncoming(event({ TimeZone: '' }))).toEqual({
    kind: 'call',
    context: { callid: 'C-2', accountNumber: '', userId: '', leadScore: null, targetAmount: null },
  });
});

test('falls back to LCMKey for the account and loginName for the agent', () => {
  const event = {
    channel: 'Five9',
    topic: 'Outbound',
    subtopic: 'OutboundCallStateChange',
    data: { call: { id: 'C-2', CallVariables: { LCMKey: '137|1|3|0|0|84|', LeadScore: 'n/a' }, User: { loginName: 'jdoe' } } },
  };
  expect(normalizeIncoming(event)).toEqual({
    kind: 'call',
    context: { callid: 'C-2', accountNumber: '137|1|3|0|0|84|', userId: 'jdoe', leadScore: null, targetAmount: null },
  });
});

test('ignores a call event that names no call', () => {
  const base = { channel: 'Amazon', topic: 'Outbound', subtopic: 'OutboundCallStateChange' };
  expect(normalizeIncoming({ ...base, data: { call: { CallVariables: { AccountNumber: '1' } } } })).toBeNull();
  expect(normalizeIncoming({ ...base, data: { id: 'not-inside-call' } })).toBeNull();
  expect(normalizeIncoming({ ...base, data: 'a plain string' })).toBeNull();
  expect(normalizeIncoming(base)).toBeNull();
});

test('returns null for subtopics that are names of Object.prototype members', () => {
  for (const subtopic of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
    const message = { channel: 'LCM', topic: 'Webservice', subtopic, message: { callid: '12345', response: { success: true } } };
    expect(normalizeIncoming(message), subtopic).toBeNull();
    expect(normalizeIncoming(JSON.stringify(message)), subtopic).toBeNull();
  }
});

test('never lets a __proto__ key from the wire reach Object.prototype or stand in for a field', () => {
  const hostile =
    '{"__proto__": {"polluted": "yes", "subtopic": "SetCallbackWithCommentsResult"},' +
    ' "topic": "Outbound", "subtopic": "OutboundCallStateChange",' +
    ' "data": {"call": {"__proto__": {"CallId": "inherited"}, "constructor": {"prototype": {"polluted": "yes"}}}}}';
  expect(normalizeIncoming(hostile)).toBeNull();
  expect(normalizeIncoming(JSON.parse(hostile))).toBeNull();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

test('never throws, whatever the host posts', () => {
  const cyclic: Record<string, unknown> = { subtopic: 'OutboundCallStateChange' };
  cyclic.data = cyclic;
  const hostile = {
    get subtopic(): string {
      throw new Error('boom');
    },
  };
  const deep = JSON.parse('{"a":'.repeat(5000) + '1' + '}'.repeat(5000)) as unknown;
  for (const raw of [cyclic, hostile, deep, Symbol('x'), 10n, 'x'.repeat(1_000_000), { subtopic: 'WS_Error', message: cyclic }]) {
    expect(() => normalizeIncoming(raw)).not.toThrow();
  }
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
