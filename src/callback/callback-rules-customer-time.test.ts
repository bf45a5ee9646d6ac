import { describe, expect, test } from 'vitest';
import { readTimeSettings } from '../time/time-settings';
import { MESSAGES } from './callback-rules';
import { toSetCallbackData } from './schedule-callback';
import { issues, parse, valid } from '../test/callback-rules-setup';

/** The window in the customer's zone (SPEC §11): clock changes, calling hours, instants compared, maxDaysAhead, an unknown zone. */

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
