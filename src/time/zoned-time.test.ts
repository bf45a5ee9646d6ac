import { expect, test } from 'vitest';
import {
  defaultWindow,
  describeWindow,
  latestStart,
  parseDateInput,
  parseTimeInput,
  toTimeInput,
  vendorDate,
  vendorTime,
  windowInputs,
  zonedAt,
} from './zoned-time';

// Fixed instants in named zones: no test depends on the machine's clock or zone.
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const instant = (iso: string) => Temporal.Instant.from(iso);
const berlin = (date: string, time: string) => {
  const at = zonedAt(date, time, BERLIN);
  if (!at) throw new Error(`not a time: ${date} ${time}`);
  return at;
};

test('writes the vendor DD/MM/YYYY and HH:mm, zero-padded', () => {
  expect(vendorDate(berlin('2020-07-03', '13:45'))).toBe('03/07/2020');
  expect(vendorDate(berlin('2026-01-09', '07:05'))).toBe('09/01/2026');
  expect(vendorDate(berlin('0999-01-09', '00:00'))).toBe('09/01/0999');
  expect(vendorTime(berlin('2026-01-09', '07:05'))).toBe('07:05');
});

test('rejects dates that are not on the calendar and accepts a leap day in a leap year', () => {
  for (const value of ['2026-02-31', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10']) {
    expect(parseDateInput(value)).toBeNull();
  }
  expect(parseDateInput('2028-02-29')?.toString()).toBe('2028-02-29');
  expect(zonedAt('2026-02-31', '13:45', BERLIN)).toBeNull();
});

test('rejects date strings that are not YYYY-MM-DD', () => {
  for (const value of ['', '03/07/2020', '2020-7-3', '2020-07-03T00:00', ' 2020-07-03', '+002020-07-03']) {
    expect(parseDateInput(value)).toBeNull();
  }
});

test('accepts times from 00:00 to 23:59 and rejects 24:00, out-of-range minutes and other shapes', () => {
  expect(parseTimeInput('00:00')?.toString()).toBe('00:00:00');
  expect(parseTimeInput('23:59')?.toString()).toBe('23:59:00');
  for (const value of ['24:00', '12:60', '9:05', '', '1345', 'T13:45']) expect(parseTimeInput(value)).toBeNull();
  expect(zonedAt('2026-06-10', '24:00', BERLIN)).toBeNull();
});

test('drops the seconds a browser may add to a time input', () => {
  expect(parseTimeInput('13:45:00')?.toString()).toBe('13:45:00');
  expect(parseTimeInput('07:05:59.123')?.toString()).toBe('07:05:00');
  expect(toTimeInput(instant('2026-06-10T05:05:59Z').toZonedDateTimeISO(BERLIN))).toBe('07:05');
});

test('a date and time in a zone name one instant, whatever the zone of the machine', () => {
  expect(berlin('2026-06-10', '13:45').toInstant().toString()).toBe('2026-06-10T11:45:00Z');
  expect(zonedAt('2026-06-10', '13:45', NEW_YORK)?.toInstant().toString()).toBe('2026-06-10T17:45:00Z');
});

test('the default window starts 30 minutes from now when that is already a quarter hour', () => {
  expect(defaultWindow(instant('2026-06-10T08:00:00Z'), BERLIN)).toEqual({
    startDate: '2026-06-10',
    startTime: '10:30',
    endDate: '2026-06-10',
    endTime: '11:30',
  });
});

test('the default window rounds now + 30 minutes up to the next quarter hour, seconds included', () => {
  expect(defaultWindow(instant('2026-06-10T08:00:01Z'), BERLIN).startTime).toBe('10:45');
  expect(defaultWindow(instant('2026-06-10T08:14:59Z'), BERLIN).startTime).toBe('10:45');
  // 10:15:30 + 30 min = 10:45:30, which is past 10:45.
  expect(defaultWindow(instant('2026-06-10T08:15:30Z'), BERLIN)).toMatchObject({ startTime: '11:00', endTime: '12:00' });
});

test('the default window lands on a quarter of the local clock in a zone with a half-hour offset', () => {
  // Kolkata is UTC+05:30: 04:50Z is 10:20 there; + 30 min = 10:50, rounded up to 11:00.
  expect(defaultWindow(instant('2026-06-10T04:50:00Z'), 'Asia/Kolkata')).toMatchObject({ startTime: '11:00', endTime: '12:00' });
});

test('the default window ends one hour after it starts, on the next day when it crosses midnight', () => {
  expect(defaultWindow(instant('2026-06-10T21:10:00Z'), BERLIN)).toEqual({
    startDate: '2026-06-10',
    startTime: '23:45',
    endDate: '2026-06-11',
    endTime: '00:45',
  });
  expect(defaultWindow(instant('2026-06-30T21:40:00Z'), BERLIN)).toEqual({
    startDate: '2026-07-01',
    startTime: '00:15',
    endDate: '2026-07-01',
    endTime: '01:15',
  });
});

test('the default window rounds on the wall clock just after the EU clocks go back', () => {
  // 25 Oct 2026, Berlin: 03:00 CEST becomes 02:00 CET. 01:40Z + 30 min = 02:10 CET.
  const window = defaultWindow(instant('2026-10-25T00:40:00Z'), BERLIN);
  expect(window).toMatchObject({ startDate: '2026-10-25', startTime: '02:15' });
});

test('30 days ahead keeps the wall-clock time across a DST change', () => {
  const now = instant('2026-10-20T10:00:00Z'); // 12:00 CEST
  expect(latestStart(now, BERLIN).toZonedDateTimeISO(BERLIN).toPlainTime().toString()).toBe('12:00:00');
  expect(latestStart(now, BERLIN).toString()).toBe('2026-11-19T11:00:00Z');
});

test('describes a same-day window with one date and a multi-day window with both', () => {
  expect(describeWindow({ start: berlin('2020-07-03', '13:45'), end: berlin('2020-07-03', '14:45') })).toBe('03/07/2020 13:45 – 14:45');
  expect(describeWindow({ start: berlin('2026-06-10', '23:45'), end: berlin('2026-06-11', '00:45') })).toBe(
    '10/06/2026 23:45 – 11/06/2026 00:45',
  );
});

test('a window converts back to the same input values', () => {
  const window = { start: berlin('2026-06-10', '23:45'), end: berlin('2026-06-11', '00:45') };
  expect(windowInputs(window)).toEqual({ startDate: '2026-06-10', startTime: '23:45', endDate: '2026-06-11', endTime: '00:45' });
});
