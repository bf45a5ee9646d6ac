import { expect, test } from 'vitest';
import type { CallingHours } from './calling-hours';
import { describeCallingHours, nextAllowedWindow, parseCallingHours, withinCallingHours } from './calling-hours';
import type { ZonedWindow } from './zoned-time';
import { windowInputs, zonedAt } from './zoned-time';

const CHICAGO = 'America/Chicago';
const HOURS = parseCallingHours('08:00-21:00') as CallingHours;

function at(date: string, time: string, zone = CHICAGO) {
  const moment = zonedAt(date, time, zone);
  if (!moment) throw new Error(`not a time: ${date} ${time}`);
  return moment;
}
const window = (date: string, from: string, to: string, zone = CHICAGO): ZonedWindow => ({ start: at(date, from, zone), end: at(date, to, zone) });
/** Bounds for a clock at `now`, 30 days ahead. */
const bounds = (now: Temporal.ZonedDateTime) => ({ earliest: now.toInstant(), latest: now.add({ days: 30 }).toInstant() });

test('calling hours parse from HH:mm-HH:mm, switch off with "off", and refuse anything else', () => {
  expect(describeCallingHours(HOURS)).toBe('08:00 to 21:00');
  expect(describeCallingHours(parseCallingHours(' 9:30 – 17:00 ') as CallingHours)).toBe('09:30 to 17:00');
  expect(parseCallingHours('OFF')).toBeNull();
  for (const bad of ['', '8-21', '08:00', '25:00-26:00', '21:00-08:00', '08:00-08:00', 'always']) expect(parseCallingHours(bad)).toBe('invalid');
});

test('a window fits when all of it lies within one day of calling hours, ends included', () => {
  expect(withinCallingHours(window('2026-12-02', '08:00', '09:00'), HOURS)).toBe(true);
  expect(withinCallingHours(window('2026-12-02', '20:00', '21:00'), HOURS)).toBe(true);
  expect(withinCallingHours(window('2026-12-02', '07:45', '08:45'), HOURS)).toBe(false);
  expect(withinCallingHours(window('2026-12-02', '20:30', '21:30'), HOURS)).toBe(false);
  expect(withinCallingHours({ start: at('2026-12-02', '20:00'), end: at('2026-12-03', '09:00') }, HOURS)).toBe(false);
  expect(withinCallingHours(window('2026-12-02', '23:00', '23:30'), null)).toBe(true);
});

test('the next allowed window keeps the length: later the same day, or the next morning', () => {
  const now = at('2026-12-02', '06:00');
  expect(windowInputs(nextAllowedWindow(window('2026-12-02', '06:30', '07:30'), HOURS, bounds(now)) as ZonedWindow)).toEqual({
    startDate: '2026-12-02',
    startTime: '08:00',
    endDate: '2026-12-02',
    endTime: '09:00',
  });
  expect(windowInputs(nextAllowedWindow(window('2026-12-02', '20:30', '22:00'), HOURS, bounds(now)) as ZonedWindow)).toEqual({
    startDate: '2026-12-03',
    startTime: '08:00',
    endDate: '2026-12-03',
    endTime: '09:30',
  });
});

test('a window longer than the calling hours is shortened to them', () => {
  const long = { start: at('2026-12-02', '07:00'), end: at('2026-12-02', '23:00') };
  const moved = nextAllowedWindow(long, HOURS, bounds(at('2026-12-02', '06:00')));
  expect(moved && windowInputs(moved)).toMatchObject({ startTime: '08:00', endTime: '21:00' });
});

test('a window in the past moves to now, rounded up to the quarter hour, if that is inside the hours', () => {
  const now = at('2026-12-02', '10:07');
  const moved = nextAllowedWindow(window('2026-12-02', '09:00', '09:30'), HOURS, bounds(now));
  expect(moved && windowInputs(moved)).toMatchObject({ startDate: '2026-12-02', startTime: '10:15', endTime: '10:45' });
});

test('no allowed window before the horizon gives null', () => {
  const now = at('2026-12-02', '20:45');
  expect(nextAllowedWindow(window('2026-12-02', '20:45', '21:45'), HOURS, { earliest: now.toInstant(), latest: now.add({ hours: 2 }).toInstant() })).toBeNull();
});

test('the next morning after the US spring-forward is still 08:00 on the customer clock', () => {
  // 14 Mar 2027, Chicago jumps from 02:00 CST to 03:00 CDT.
  const moved = nextAllowedWindow(window('2027-03-13', '22:00', '23:00'), HOURS, bounds(at('2027-03-13', '21:30')));
  expect(moved?.start.toString()).toBe('2027-03-14T08:00:00-05:00[America/Chicago]');
  expect(moved?.end.toString()).toBe('2027-03-14T09:00:00-05:00[America/Chicago]');
});
