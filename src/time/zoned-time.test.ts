import { expect, test } from 'vitest';
import {
  defaultWindow,
  latestStart,
  parseDateInput,
  parseTimeInput,
  resolveZone,
  toTimeInput,
  vendorDate,
  vendorTime,
  wallClockIn,
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

/** The default window as the four input values. */
const defaults = (now: Temporal.Instant, zone: string) => windowInputs(defaultWindow(now, zone));

test('the default window starts 30 minutes from now when that is already a quarter hour', () => {
  expect(defaults(instant('2026-06-10T08:00:00Z'), BERLIN)).toEqual({
    startDate: '2026-06-10',
    startTime: '10:30',
    endDate: '2026-06-10',
    endTime: '11:30',
  });
});

test('the default window rounds now + 30 minutes up to the next quarter hour, seconds included', () => {
  expect(defaults(instant('2026-06-10T08:00:01Z'), BERLIN).startTime).toBe('10:45');
  expect(defaults(instant('2026-06-10T08:14:59Z'), BERLIN).startTime).toBe('10:45');
  // 10:15:30 + 30 min = 10:45:30, which is past 10:45.
  expect(defaults(instant('2026-06-10T08:15:30Z'), BERLIN)).toMatchObject({ startTime: '11:00', endTime: '12:00' });
});

test('the default window lands on a quarter of the local clock in a zone with a half-hour offset', () => {
  // Kolkata is UTC+05:30: 04:50Z is 10:20 there; + 30 min = 10:50, rounded up to 11:00.
  expect(defaults(instant('2026-06-10T04:50:00Z'), 'Asia/Kolkata')).toMatchObject({ startTime: '11:00', endTime: '12:00' });
});

test('the default window ends one hour after it starts, on the next day when it crosses midnight', () => {
  expect(defaults(instant('2026-06-10T21:10:00Z'), BERLIN)).toEqual({
    startDate: '2026-06-10',
    startTime: '23:45',
    endDate: '2026-06-11',
    endTime: '00:45',
  });
  expect(defaults(instant('2026-06-30T21:40:00Z'), BERLIN)).toEqual({
    startDate: '2026-07-01',
    startTime: '00:15',
    endDate: '2026-07-01',
    endTime: '01:15',
  });
});

test('the default window rounds on the wall clock just after the EU clocks go back', () => {
  // 25 Oct 2026, Berlin: 03:00 CEST becomes 02:00 CET. 01:40Z + 30 min = 02:10 CET.
  const window = defaults(instant('2026-10-25T00:40:00Z'), BERLIN);
  expect(window).toMatchObject({ startDate: '2026-10-25', startTime: '02:15' });
});

test('30 days ahead keeps the wall-clock time across a DST change', () => {
  const now = instant('2026-10-20T10:00:00Z'); // 12:00 CEST
  expect(latestStart(now, BERLIN, 30).toZonedDateTimeISO(BERLIN).toPlainTime().toString()).toBe('12:00:00');
  expect(latestStart(now, BERLIN, 30).toString()).toBe('2026-11-19T11:00:00Z');
});

test('a window converts back to the same input values', () => {
  const window = { start: berlin('2026-06-10', '23:45'), end: berlin('2026-06-11', '00:45') };
  expect(windowInputs(window)).toEqual({ startDate: '2026-06-10', startTime: '23:45', endDate: '2026-06-11', endTime: '00:45' });
});

test('a time the US spring-forward skips is named as skipped, with the first valid time after the jump', () => {
  // 14 Mar 2027, New York: 02:00 EST jumps to 03:00 EDT.
  const clock = wallClockIn('2027-03-14', '02:30', NEW_YORK);
  expect(clock?.kind).toBe('skipped');
  if (clock?.kind !== 'skipped') return;
  expect(toTimeInput(clock.jumpTo)).toBe('03:00');
  expect(clock.jumpTo.toInstant().toString()).toBe('2027-03-14T07:00:00Z');
  expect(wallClockIn('2027-03-14', '03:00', NEW_YORK)?.kind).toBe('exact');
  expect(wallClockIn('2027-03-14', '01:59', NEW_YORK)?.kind).toBe('exact');
});

test('a time the EU spring-forward skips is named as skipped', () => {
  // 28 Mar 2027, Berlin: 02:00 CET jumps to 03:00 CEST.
  const clock = wallClockIn('2027-03-28', '02:15', BERLIN);
  expect(clock?.kind === 'skipped' ? toTimeInput(clock.jumpTo) : clock?.kind).toBe('03:00');
});

test('a time the US fall-back repeats resolves to its first occurrence', () => {
  // 1 Nov 2026, New York: 02:00 EDT falls back to 01:00 EST, so 01:30 happens twice.
  const clock = wallClockIn('2026-11-01', '01:30', NEW_YORK);
  expect(clock?.kind).toBe('repeated');
  expect(clock?.kind === 'repeated' ? [clock.at.offset, clock.at.toInstant().toString()] : null).toEqual(['-04:00', '2026-11-01T05:30:00Z']);
  // zonedAt agrees: the form and the wire take the same instant.
  expect(zonedAt('2026-11-01', '01:30', NEW_YORK)?.toInstant().toString()).toBe('2026-11-01T05:30:00Z');
});

test('a time the EU fall-back repeats resolves to its first occurrence', () => {
  // 25 Oct 2026, Berlin: 03:00 CEST falls back to 02:00 CET.
  const clock = wallClockIn('2026-10-25', '02:30', BERLIN);
  expect(clock?.kind === 'repeated' ? clock.at.offset : clock?.kind).toBe('+02:00');
});

test('zone names resolve to the spelling of the zone database; offsets and nonsense do not', () => {
  expect(resolveZone('america/chicago')).toBe('America/Chicago');
  expect(resolveZone(' Europe/Berlin ')).toBe('Europe/Berlin');
  expect(resolveZone('UTC')).toBe('UTC');
  expect(resolveZone('+02:00')).toBeNull();
  expect(resolveZone('Mars/Olympus_Mons')).toBeNull();
  expect(resolveZone('')).toBeNull();
  expect(resolveZone(null)).toBeNull();
});

test('the default window ends an hour later on the wall clock the night a repeated hour begins', () => {
  // 1 Nov 2026, New York: 05:00Z is 01:00 EDT; + 30 min = 01:30 EDT, the first 01:30.
  const window = defaultWindow(instant('2026-11-01T05:00:00Z'), NEW_YORK);
  expect(windowInputs(window)).toEqual({ startDate: '2026-11-01', startTime: '01:30', endDate: '2026-11-01', endTime: '02:30' });
  // Read back from the fields, the window is the one meant: 01:30 EDT to 02:30 EST.
  expect(zonedAt('2026-11-01', '01:30', NEW_YORK)?.toInstant().toString()).toBe(window.start.toInstant().toString());
  expect(zonedAt('2026-11-01', '02:30', NEW_YORK)?.toInstant().toString()).toBe(window.end.toInstant().toString());
});
