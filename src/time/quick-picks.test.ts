import { expect, test } from 'vitest';
import type { CallingHours } from './calling-hours';
import { parseCallingHours } from './calling-hours';
import { moveIntoHours, quickPick, quickPickWindow } from './quick-picks';
import { readTimeSettings } from './time-settings';
import { windowInputs } from './zoned-time';

const CHICAGO = 'America/Chicago';
const HOURS = parseCallingHours('08:00-21:00') as CallingHours;

function pick(id: Parameters<typeof quickPickWindow>[0], nowIso: string, days = 30) {
  const now = Temporal.Instant.from(nowIso);
  const latest = now.toZonedDateTimeISO(CHICAGO).add({ days }).toInstant();
  const window = quickPickWindow(id, now, CHICAGO, HOURS, { earliest: now, latest });
  return window && windowInputs(window);
}

test('In 1 hour and In 2 hours are rounded up to the quarter hour on the customer clock', () => {
  // 16:07 UTC is 10:07 in Chicago (CST, UTC-6).
  expect(pick('in-1-hour', '2026-12-02T16:07:00Z')).toEqual({ startDate: '2026-12-02', startTime: '11:15', endDate: '2026-12-02', endTime: '12:15' });
  expect(pick('in-2-hours', '2026-12-02T16:07:00Z')).toMatchObject({ startTime: '12:15', endTime: '13:15' });
  expect(pick('in-1-hour', '2026-12-02T16:00:00Z')).toMatchObject({ startTime: '11:00' });
});

test('Tomorrow 09:00 and 14:00 are the customer tomorrow, whatever the agent date', () => {
  // 03:30 UTC on 3 Dec is still 21:30 on 2 Dec in Chicago.
  expect(pick('tomorrow-0900', '2026-12-03T03:30:00Z')).toEqual({ startDate: '2026-12-03', startTime: '09:00', endDate: '2026-12-03', endTime: '10:00' });
  expect(pick('tomorrow-1400', '2026-12-03T03:30:00Z')).toMatchObject({ startDate: '2026-12-03', startTime: '14:00' });
});

test('a pick outside calling hours moves to the next allowed time', () => {
  // 20:30 in Chicago: in 1 hour is 21:30, past 21:00, so tomorrow 08:00.
  expect(pick('in-1-hour', '2026-12-03T02:30:00Z')).toEqual({ startDate: '2026-12-03', startTime: '08:00', endDate: '2026-12-03', endTime: '09:00' });
});

test('a pick past the horizon gives nothing', () => {
  // 1 day ahead from 08:00 on 2 Dec: tomorrow 14:00 is past 08:00 on 3 Dec.
  expect(pick('tomorrow-1400', '2026-12-02T14:00:00Z', 1)).toBeNull();
  expect(pick('tomorrow-0900', '2026-12-02T16:00:00Z', 1)).toMatchObject({ startDate: '2026-12-03', startTime: '09:00' });
});

test('a one-click fix says why it sets nothing, in the agent words', () => {
  const time = readTimeSettings({ maxDaysAhead: '1' }, CHICAGO);
  const now = Temporal.Instant.from('2026-12-02T14:00:00Z'); // 08:00 in Chicago
  expect(quickPick('in-1-hour', 'In 1 hour', now, 'Nowhere/Special', time)).toEqual({ note: "Choose the customer's time zone first." });
  expect(quickPick('tomorrow-1400', 'Tomorrow 14:00', now, CHICAGO, time)).toEqual({ note: 'Tomorrow 14:00 is past the 1-day limit: choose a time by hand.' });
  const late = { start: Temporal.ZonedDateTime.from('2026-12-03T22:00[America/Chicago]'), end: Temporal.ZonedDateTime.from('2026-12-03T23:00[America/Chicago]') };
  expect(moveIntoHours(late, now, time)).toEqual({ note: 'There is no allowed time within 1 day: choose a time by hand.' });
});

test('Move to next allowed time keeps the window length, on the customer clock', () => {
  const time = readTimeSettings({}, CHICAGO);
  const now = Temporal.Instant.from('2026-12-02T14:00:00Z');
  const evening = { start: Temporal.ZonedDateTime.from('2026-12-02T20:30[America/Chicago]'), end: Temporal.ZonedDateTime.from('2026-12-02T22:00[America/Chicago]') };
  const fix = moveIntoHours(evening, now, time);
  expect('window' in fix && windowInputs(fix.window)).toEqual({ startDate: '2026-12-03', startTime: '08:00', endDate: '2026-12-03', endTime: '09:30' });
});
