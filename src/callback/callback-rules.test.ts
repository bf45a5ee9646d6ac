import { describe, expect, test } from 'vitest';
import type { CallbackMode } from '../protocol/incoming';
import { readTimeSettings } from '../time/time-settings';
import { agentZone } from '../time/zoned-time';
import type { SchemaOptions } from './callback-rules';
import { createCallbackSchema, MESSAGES, parseCallback } from './callback-rules';
import { toSetCallbackData } from './schedule-callback';
import type { CallbackFormValues } from './form-values';
import { initialValues } from './form-values';
import { SAMPLE_FORM_VALUES } from '../test/fixtures';

// 10 June 2026, 10:00:30 on the agent's local clock, and the window entered in the agent's zone.
const NOW = new Date(2026, 5, 10, 10, 0, 30);
const ZONE = agentZone();
/** A URL without SPEC §11 parameters: calling hours 08:00 to 21:00, 30 days ahead. */
const TIME = readTimeSettings({}, ZONE);

const MODES: CallbackMode[] = [
  { id: 1, description: 'Home', value: '6512345678' },
  { id: 3, description: 'Mobile', value: '6591462346' },
];

const valid = (overrides: Partial<CallbackFormValues> = {}): CallbackFormValues => ({ ...SAMPLE_FORM_VALUES, ...overrides });

function parse(values: CallbackFormValues, options: Partial<SchemaOptions> = {}) {
  return parseCallback(values, { now: () => NOW, modes: MODES, time: TIME, ...options });
}

/** Every issue as `path: message`, so a test states exactly what the agent would see. */
function issues(values: CallbackFormValues, options: Partial<SchemaOptions> = {}): string[] {
  const result = parse(values, options);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('a complete form parses into a request with numbers, trimmed text and the window as instants', () => {
  const result = parse(valid({ leadScore: '42', targetAmount: '1250.50', modeId: ' 3 ', comments: '  Call back \n', callbackType: 'personal' }));
  if (!result.success) throw new Error('expected a valid form');
  expect(result.data).toMatchObject({ modeId: 3, leadScore: 42, targetAmount: 1250.5, comments: 'Call back', personal: true });
  expect(result.data.window.start.timeZoneId).toBe(ZONE);
  expect(result.data.window.start.toPlainDateTime().toString()).toBe('2026-06-11T13:45:00');
  expect(result.data.window.end.epochMilliseconds - result.data.window.start.epochMilliseconds).toBe(60 * 60 * 1000);
  expect(toSetCallbackData(result.data, ZONE)).toMatchObject({ CallbackModeId: 3, LeadScore: 42, TargetAmount: 1250.5 });
});

test('the agent ID is required, and blanks do not count', () => {
  expect(issues(valid({ userId: '' }))).toEqual([`userId: ${MESSAGES.userId}`]);
  expect(issues(valid({ userId: '   ' }))).toEqual([`userId: ${MESSAGES.userId}`]);
});

test('a form without a call cannot be valid', () => {
  expect(issues(valid({ callid: '' }))).toEqual([`callid: ${MESSAGES.callid}`]);
});

test('each date and time is required, with its own message on its own field', () => {
  expect(issues(valid({ startDate: '' }))).toEqual([`startDate: ${MESSAGES.startDate}`]);
  expect(issues(valid({ startTime: '' }))).toEqual([`startTime: ${MESSAGES.startTime}`]);
  expect(issues(valid({ endDate: '' }))).toEqual([`endDate: ${MESSAGES.endDate}`]);
  expect(issues(valid({ endTime: '' }))).toEqual([`endTime: ${MESSAGES.endTime}`]);
});

test('dates must be real calendar dates and times must exist on the clock', () => {
  expect(issues(valid({ startDate: '2026-02-31' }))).toContain(`startDate: ${MESSAGES.realDate}`);
  expect(issues(valid({ endDate: '2026-06-31' }))).toContain(`endDate: ${MESSAGES.realDate}`);
  expect(issues(valid({ endTime: '24:00' }))).toContain(`endTime: ${MESSAGES.realTime}`);
});

test('a start within the minute of grace is accepted, an earlier one is in the past', () => {
  const today = { startDate: '2026-06-10', endDate: '2026-06-10', endTime: '11:00' };
  // now is 10:00:30, so the earliest start is 09:59:30.
  expect(issues(valid({ ...today, startTime: '10:00' }))).toEqual([]);
  expect(issues(valid({ ...today, startTime: '09:59' }))).toEqual([`startTime: ${MESSAGES.startPast}`]);
  expect(issues(valid({ ...today, startTime: '09:58' }))).toEqual([`startTime: ${MESSAGES.startPast}`]);
});

test('a start on an earlier day is flagged on the start date', () => {
  expect(issues(valid({ startDate: '2026-06-09', startTime: '15:00' }))).toEqual([`startDate: ${MESSAGES.startPast}`]);
});

test('the schema reads the clock at validation time, so a form left open goes stale', () => {
  let now = NOW;
  const schema = createCallbackSchema({ now: () => now, modes: MODES, time: TIME });
  const values = valid({ startDate: '2026-06-10', startTime: '10:30', endDate: '2026-06-10', endTime: '11:30' });
  expect(schema.safeParse(values).success).toBe(true);
  now = new Date(2026, 5, 10, 10, 45);
  expect(schema.safeParse(values).success).toBe(false);
});

test('the end may equal the start but not come before it', () => {
  expect(issues(valid({ endTime: '13:45' }))).toEqual([]);
  expect(issues(valid({ endTime: '13:44' }))).toEqual([`endTime: ${MESSAGES.endBeforeStart}`]);
  expect(issues(valid({ startDate: '2026-06-12', endDate: '2026-06-11', endTime: '23:00' }))).toEqual([
    `endDate: ${MESSAGES.endBeforeStart}`,
  ]);
});

test('the start may be exactly 30 days ahead but not a minute more', () => {
  const now = () => new Date(2026, 5, 10, 10, 0, 0);
  const window = { startDate: '2026-07-10', endDate: '2026-07-10', endTime: '12:00' };
  expect(issues(valid({ ...window, startTime: '10:00' }), { now })).toEqual([]);
  expect(issues(valid({ ...window, startTime: '10:01' }), { now })).toEqual([`startDate: ${MESSAGES.startTooFar(30)}`]);
});

test('the callback mode is required', () => {
  expect(issues(valid({ modeId: '' }))).toEqual([`modeId: ${MESSAGES.modeRequired}`]);
  expect(issues(valid({ modeId: '' }), { modes: null })).toEqual([`modeId: ${MESSAGES.modeRequired}`]);
});

test('the mode must be one the host offered when it sent modes', () => {
  expect(issues(valid({ modeId: '1' }))).toEqual([]);
  expect(issues(valid({ modeId: '2' }))).toEqual([`modeId: ${MESSAGES.modeNotOffered}`]);
});

test('a typed mode ID must be a whole number when the host sent no modes', () => {
  for (const modes of [null, []]) {
    expect(issues(valid({ modeId: '7' }), { modes })).toEqual([]);
    expect(issues(valid({ modeId: '1.5' }), { modes })).toEqual([`modeId: ${MESSAGES.modeNumber}`]);
    expect(issues(valid({ modeId: '-1' }), { modes })).toEqual([`modeId: ${MESSAGES.modeNumber}`]);
    expect(issues(valid({ modeId: 'mobile' }), { modes })).toEqual([`modeId: ${MESSAGES.modeNumber}`]);
  }
});

test('the lead score is a whole number from 0 to 100', () => {
  expect(issues(valid({ leadScore: '0' }))).toEqual([]);
  expect(issues(valid({ leadScore: '100' }))).toEqual([]);
  for (const leadScore of ['-1', '101', '5.5', '', '  ', 'high']) {
    expect(issues(valid({ leadScore })), leadScore).toEqual([`leadScore: ${MESSAGES.leadScore}`]);
  }
});

test('the target amount accepts 0, cents and the maximum', () => {
  for (const targetAmount of ['0', '1250.5', '1250.50', '999999999.99', '.5', '10', '100.00']) {
    expect(issues(valid({ targetAmount })), targetAmount).toEqual([]);
  }
});

test('trailing zeros are not decimals of meaning: 1.230 is sent as 1.23', () => {
  const result = parse(valid({ targetAmount: '1.230' }));
  if (!result.success) throw new Error('expected 1.230 to be accepted');
  expect(toSetCallbackData(result.data, ZONE).TargetAmount).toBe(1.23);
  expect(issues(valid({ targetAmount: '1.2300000' }))).toEqual([]);
  expect(issues(valid({ targetAmount: '1.2301' }))).toEqual([`targetAmount: ${MESSAGES.targetDecimals}`]);
});

test('the target amount rejects blanks, negatives, a third decimal, text and values over the maximum', () => {
  const cases: [string, string][] = [
    ['', MESSAGES.targetRequired],
    ['   ', MESSAGES.targetRequired],
    ['-1', MESSAGES.targetNegative],
    ['1.234', MESSAGES.targetDecimals],
    ['1000000000', MESSAGES.targetTooLarge],
    ['999999999.991', MESSAGES.targetDecimals],
    ['12,50', MESSAGES.targetNumber],
    ['abc', MESSAGES.targetNumber],
  ];
  for (const [targetAmount, message] of cases) {
    expect(issues(valid({ targetAmount })), targetAmount).toEqual([`targetAmount: ${message}`]);
  }
});

test('comments are required and whitespace alone does not count', () => {
  expect(issues(valid({ comments: '' }))).toEqual([`comments: ${MESSAGES.commentsRequired}`]);
  expect(issues(valid({ comments: '   \n ' }))).toEqual([`comments: ${MESSAGES.commentsRequired}`]);
});

test('comments may have 1000 characters and a longer one says how long it is', () => {
  expect(issues(valid({ comments: 'x'.repeat(1000) }))).toEqual([]);
  expect(issues(valid({ comments: 'x'.repeat(1001) }))).toEqual([
    'comments: Shorten the comment to 1000 characters (it has 1001).',
  ]);
});

test('an empty form reports every missing field at once', () => {
  const empty = valid({
    userId: '',
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    modeId: '',
    leadScore: '',
    targetAmount: '',
    comments: '',
  });
  expect(
    issues(empty)
      .map((issue) => issue.split(':')[0])
      .sort(),
  ).toEqual(['comments', 'endDate', 'endTime', 'leadScore', 'modeId', 'startDate', 'startTime', 'targetAmount', 'userId']);
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

describe('the customer time (SPEC §11)', () => {
  const NY = 'America/New_York';
  const CALLS = { now: () => new Date('2026-10-30T12:00:00Z'), time: readTimeSettings({ maxDaysAhead: '180' }, 'Europe/Berlin') };
  const inNewYork = (date: string, start: string, end: string) =>
    valid({ customerZone: NY, startDate: date, startTime: start, endDate: date, endTime: end });

  test('a start the US spring-forward skips names the jump and the first valid time', () => {
    expect(issues(inNewYork('2027-03-14', '02:30', '09:00'), { ...CALLS, time: readTimeSettings({ maxDaysAhead: '180', callingHours: 'off' }, 'Europe/Berlin') })).toEqual([
      'startTime: 02:30 does not exist on 14 March 2027 in America/New_York: clocks jump to 03:00.',
    ]);
  });

  test('an end the EU spring-forward skips is an error on the end', () => {
    const values = valid({ customerZone: 'Europe/Berlin', startDate: '2027-03-28', startTime: '01:00', endDate: '2027-03-28', endTime: '02:30' });
    expect(issues(values, { ...CALLS, time: readTimeSettings({ maxDaysAhead: '180', callingHours: 'off' }, 'Europe/Berlin') })).toEqual([
      'endTime: 02:30 does not exist on 28 March 2027 in Europe/Berlin: clocks jump to 03:00.',
    ]);
  });

  test('a time the US fall-back repeats is valid and sent as its first occurrence', () => {
    const result = parse(inNewYork('2026-11-01', '01:30', '02:30'), { ...CALLS, time: readTimeSettings({ callingHours: 'off' }, 'UTC') });
    if (!result.success) throw new Error(`expected a valid form: ${JSON.stringify(result.error.issues)}`);
    // 01:30 EDT (UTC-4) is 05:30 UTC; 02:30 EST (after the change) is 07:30 UTC.
    expect(toSetCallbackData(result.data, 'UTC')).toMatchObject({ StartDate: '01/11/2026', StartTime: '05:30', EndTime: '07:30' });
  });

  test('a window outside calling hours says so in the customer time, on the field that is outside', () => {
    const outside = `Outside calling hours: the customer can be called from 08:00 to 21:00, their time (${NY}).`;
    expect(issues(inNewYork('2026-11-02', '07:30', '08:30'), CALLS)).toEqual([`startTime: ${outside}`]);
    expect(issues(inNewYork('2026-11-02', '20:30', '21:30'), CALLS)).toEqual([`endTime: ${outside}`]);
    expect(issues(inNewYork('2026-11-02', '20:00', '21:00'), CALLS)).toEqual([]);
    const result = parse(inNewYork('2026-11-02', '07:30', '08:30'), CALLS);
    expect(result.success ? null : result.error.issues[0]?.params).toEqual({ rule: 'callingHours' });
  });

  test('rules compare instants: the customer is in the past even when the agent clock reads later', () => {
    // 12:00 UTC is 08:00 in New York: 07:45 there has passed, although it is 13:45 in Berlin.
    expect(issues(inNewYork('2026-10-30', '07:45', '08:45'), { ...CALLS, time: readTimeSettings({ callingHours: 'off' }, 'Europe/Berlin') })).toEqual([
      `startTime: ${MESSAGES.startPast}`,
    ]);
  });

  test('the horizon follows maxDaysAhead', () => {
    const time = readTimeSettings({ maxDaysAhead: '7' }, NY);
    // Now is 08:00 in New York on 30 Oct: the last start is 08:00 on 6 Nov, across the US fall-back.
    expect(issues(inNewYork('2026-11-06', '08:00', '09:00'), { ...CALLS, time })).toEqual([]);
    expect(issues(inNewYork('2026-11-06', '08:15', '09:15'), { ...CALLS, time })).toEqual([
      `startDate: ${MESSAGES.startTooFar(7)}`,
    ]);
  });

  test('an unknown customer zone is an error that suggests the zone the text names', () => {
    expect(issues(valid({ customerZone: 'chicago' }), CALLS)).toEqual(['customerZone: “chicago” is not a time zone: did you mean America/Chicago?']);
    expect(issues(valid({ customerZone: 'Mars/Base' }), CALLS)).toEqual([
      'customerZone: “Mars/Base” is not a time zone: choose one from the list, for example America/Chicago.',
    ]);
    expect(issues(valid({ customerZone: ' ' }), CALLS)).toEqual([`customerZone: ${MESSAGES.zoneRequired}`]);
  });
});
