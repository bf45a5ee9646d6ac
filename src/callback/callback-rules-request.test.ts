import { expect, test } from 'vitest';
import { parseCallback } from './callback-rules';
import { toSetCallbackData } from './schedule-callback';
import { initialValues } from './form-values';
import { MODES, parse, TIME, valid, ZONE } from '../test/callback-rules-setup';

/** From form values to the request and the wire: a valid form parsed, its SetCallbackWithComments data, and the values a fresh form starts with. */

test('a complete form parses into a request with numbers, trimmed text and the window as instants', () => {
  const result = parse(valid({ leadScore: '42', targetAmount: '1250.50', modeId: ' 3 ', comments: '  Call back \n', callbackType: 'personal' }));
  if (!result.success) throw new Error('expected a valid form');
  expect(result.data).toMatchObject({ modeId: 3, leadScore: 42, targetAmount: 1250.5, comments: 'Call back', personal: true });
  expect(result.data.window.start.timeZoneId).toBe(ZONE);
  expect(result.data.window.start.toPlainDateTime().toString()).toBe('2026-06-11T13:45:00');
  expect(result.data.window.end.epochMilliseconds - result.data.window.start.epochMilliseconds).toBe(60 * 60 * 1000);
  expect(toSetCallbackData(result.data, ZONE)).toMatchObject({ CallbackModeId: 3, LeadScore: 42, TargetAmount: 1250.5 });
});

test('a valid form maps to exactly the data of SetCallbackWithComments', () => {
  const result = parse(
    valid({
      callid: ' 12345 ',
      userId: ' testagent ',
      startDate: '2026-07-03',
      startTime: '09:05:00',
      endDate: '2026-07-03',
      endTime: '14:45',
      modeId: '3',
      leadScore: '7',
      targetAmount: '1250.50',
      comments: '  Call after lunch \n',
    }),
  );
  if (!result.success) throw new Error('expected a valid form');
  const data = toSetCallbackData(result.data, ZONE);
  expect(data).toStrictEqual({
    callid: '12345',
    AccountNumber: '5|3|1|0|0|44|1',
    StartDate: '03/07/2026',
    EndDate: '03/07/2026',
    StartTime: '09:05',
    EndTime: '14:45',
    CallbackModeId: 3,
    UserID: 'testagent',
    AgentComments: 'Call after lunch',
    LeadScore: 7,
    TargetAmount: 1250.5,
  });
  expect(JSON.stringify(data)).toContain('"CallbackModeId":3,');
  expect(JSON.stringify(data)).toContain('"LeadScore":7,"TargetAmount":1250.5}');
});

test('the window is written on the clock of the schedule zone, on the right day across midnight', () => {
  const result = parseCallback(
    valid({ customerZone: 'America/Chicago', startDate: '2026-06-11', startTime: '16:30', endDate: '2026-06-11', endTime: '17:30' }),
    { now: () => new Date('2026-06-10T08:00:00Z'), modes: MODES, time: TIME },
  );
  if (!result.success) throw new Error('expected a valid form');
  // 16:30 in Chicago (UTC-5 in June) is 23:30 in Berlin; 17:30 is 00:30 the next day.
  expect(toSetCallbackData(result.data, 'Europe/Berlin')).toMatchObject({
    StartDate: '11/06/2026',
    StartTime: '23:30',
    EndDate: '12/06/2026',
    EndTime: '00:30',
  });
});

test('fresh values take the lead score and target amount from the context, else 0', () => {
  const window = { startDate: '2026-06-10', startTime: '10:30', endDate: '2026-06-10', endTime: '11:30' };
  const context = { callid: '12345', accountNumber: '137|1|3|0|0|84|', userId: 'agent7', leadScore: 55, targetAmount: 99.5 };
  expect(initialValues(context, 'Asia/Singapore', window, MODES)).toEqual({
    callid: '12345',
    customerZone: 'Asia/Singapore',
    accountNumber: '137|1|3|0|0|84|',
    userId: 'agent7',
    ...window,
    modeId: '',
    callbackType: 'regular',
    leadScore: '55',
    targetAmount: '99.5',
    comments: '',
  });
  expect(initialValues({ ...context, leadScore: null, targetAmount: null }, ZONE, window, null)).toMatchObject({
    leadScore: '0',
    targetAmount: '0',
    modeId: '',
  });
});

test('fresh values preselect the mode when the host offers exactly one', () => {
  const window = { startDate: '2026-06-10', startTime: '10:30', endDate: '2026-06-10', endTime: '11:30' };
  const context = { callid: '12345', accountNumber: '', userId: '', leadScore: null, targetAmount: null };
  expect(initialValues(context, ZONE, window, [{ id: 3, description: 'Mobile', value: '6591462346' }]).modeId).toBe('3');
});
