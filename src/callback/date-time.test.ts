import { expect, test } from 'vitest';
import { defaultWindow, toDateInput, toTimeInput } from './date-time';
import { combineLocal, describeWindow, parseDateInput, parseTimeInput, toVendorDate, toVendorTime } from './window-rules';

// Local constructors throughout: the widget works on the agent's local clock, and June
// keeps these tests clear of daylight-saving switches in any time zone.
const at = (day: number, hours: number, minutes: number, seconds = 0) => new Date(2026, 5, day, hours, minutes, seconds);

test('converts an ISO date input to the vendor DD/MM/YYYY, zero-padded', () => {
  expect(toVendorDate('2020-07-03')).toBe('03/07/2020');
  expect(toVendorDate('2026-12-31')).toBe('31/12/2026');
  expect(toVendorDate('0999-01-09')).toBe('09/01/0999');
});

test('converts a local date back to a zero-padded ISO date input', () => {
  expect(toDateInput(new Date(2020, 6, 3))).toBe('2020-07-03');
  expect(toDateInput(new Date(2026, 0, 9))).toBe('2026-01-09');
  expect(toDateInput(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
});

test('rejects dates that are not on the calendar and accepts a leap day in a leap year', () => {
  expect(parseDateInput('2026-02-31')).toBeNull();
  expect(parseDateInput('2026-02-29')).toBeNull();
  expect(parseDateInput('2026-04-31')).toBeNull();
  expect(parseDateInput('2026-13-01')).toBeNull();
  expect(parseDateInput('2026-00-10')).toBeNull();
  expect(parseDateInput('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  expect(() => toVendorDate('2026-02-31')).toThrow(RangeError);
  expect(toVendorDate('2028-02-29')).toBe('29/02/2028');
});

test('rejects date strings that are not YYYY-MM-DD', () => {
  for (const value of ['', '03/07/2020', '2020-7-3', '2020-07-03T00:00', ' 2020-07-03']) {
    expect(parseDateInput(value)).toBeNull();
  }
});

test('accepts times from 00:00 to 23:59 and rejects 24:00 and out-of-range minutes', () => {
  expect(parseTimeInput('00:00')).toEqual({ hours: 0, minutes: 0 });
  expect(parseTimeInput('23:59')).toEqual({ hours: 23, minutes: 59 });
  expect(parseTimeInput('24:00')).toBeNull();
  expect(parseTimeInput('12:60')).toBeNull();
  expect(parseTimeInput('9:05')).toBeNull();
  expect(parseTimeInput('')).toBeNull();
  expect(() => toVendorTime('24:00')).toThrow(RangeError);
});

test('drops the seconds a browser may add to a time input', () => {
  expect(toVendorTime('13:45')).toBe('13:45');
  expect(toVendorTime('13:45:00')).toBe('13:45');
  expect(toVendorTime('07:05:59.123')).toBe('07:05');
  expect(toTimeInput(at(10, 7, 5, 59))).toBe('07:05');
});

test('combines a date and a time input into the local moment they name', () => {
  expect(combineLocal('2026-06-10', '13:45')).toEqual(at(10, 13, 45));
  expect(combineLocal('2026-02-31', '13:45')).toBeNull();
  expect(combineLocal('2026-06-10', '24:00')).toBeNull();
});

test('the default window starts 30 minutes from now when that is already a quarter hour', () => {
  expect(defaultWindow(at(10, 10, 0, 0))).toEqual({
    startDate: '2026-06-10',
    startTime: '10:30',
    endDate: '2026-06-10',
    endTime: '11:30',
  });
});

test('the default window rounds now + 30 minutes up to the next quarter hour, seconds included', () => {
  expect(defaultWindow(at(10, 10, 1)).startTime).toBe('10:45');
  expect(defaultWindow(at(10, 10, 14, 59)).startTime).toBe('10:45');
  // 10:15:30 + 30 min = 10:45:30, which is past 10:45.
  expect(defaultWindow(at(10, 10, 15, 30))).toMatchObject({ startTime: '11:00', endTime: '12:00' });
});

test('the default window ends one hour after it starts, on the next day when it crosses midnight', () => {
  expect(defaultWindow(at(10, 23, 10))).toEqual({
    startDate: '2026-06-10',
    startTime: '23:45',
    endDate: '2026-06-11',
    endTime: '00:45',
  });
  expect(defaultWindow(at(30, 23, 40))).toEqual({
    startDate: '2026-07-01',
    startTime: '00:15',
    endDate: '2026-07-01',
    endTime: '01:15',
  });
});

test('describes a same-day window with one date and a multi-day window with both', () => {
  expect(describeWindow({ startDate: '2020-07-03', startTime: '13:45', endDate: '2020-07-03', endTime: '14:45' })).toBe(
    '03/07/2020 13:45 – 14:45',
  );
  expect(describeWindow({ startDate: '2026-06-10', startTime: '23:45:00', endDate: '2026-06-11', endTime: '00:45' })).toBe(
    '10/06/2026 23:45 – 11/06/2026 00:45',
  );
});
