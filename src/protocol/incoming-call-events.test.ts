import { expect, test } from 'vitest';
import { normalizeIncoming } from './incoming';

/** normalizeIncoming on call events: the call id, account, agent, lead score and zone, whichever CRM sends them. */

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
